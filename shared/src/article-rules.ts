/** Longest headline the admin accepts. */
export const MAX_TITLE_LENGTH = 200;

/** The fields of an article that editorial rules look at, as the CMS holds them before saving. */
export type ArticleDraft = {
  title?: string | null;
  heroImage?: { alternativeText?: string | null } | null;
  imageSource?: string | null;
};

/** A rule broken by a field, named so the admin can show it beside that field. */
export type ArticleFieldError = { field: 'title' | 'heroImage' | 'imageSource'; message: string };

const isBlank = (value: string | null | undefined) => !value || value.trim() === '';

/** Editorial rules every saved article must satisfy; returns one error per broken rule. */
export function validateArticle(article: ArticleDraft): ArticleFieldError[] {
  const errors: ArticleFieldError[] = [];
  if (typeof article.title === 'string' && article.title.length > MAX_TITLE_LENGTH) {
    errors.push({ field: 'title', message: `Headline must be at most ${MAX_TITLE_LENGTH} characters.` });
  }
  if (article.heroImage) {
    if (isBlank(article.imageSource)) {
      errors.push({ field: 'imageSource', message: 'Image source is required when a hero image is set (e.g. "AFP").' });
    }
    if (isBlank(article.heroImage.alternativeText)) {
      errors.push({
        field: 'heroImage',
        message: 'The hero image needs alternative text: describe the picture in the media library.',
      });
    }
  }
  return errors;
}
