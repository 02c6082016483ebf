import { blocksToPlainText } from './plain-text';
import { MAX_SLUG_LENGTH } from './slug';

/** Longest headline the admin accepts. */
export const MAX_TITLE_LENGTH = 200;

/** The fields of an article that editorial rules look at, as the CMS holds them before saving. */
export type ArticleDraft = {
  title?: string | null;
  dek?: string | null;
  body?: unknown;
  /** Set when the article has a hero picture (the file itself is not looked at). */
  heroImage?: object | number | string | null;
  /** The article's own description of its hero picture, for readers who cannot see it. */
  heroAlt?: string | null;
  imageSource?: string | null;
};

/** The fields a rule can name; the admin shows each message beside that field. */
export type ArticleRuleField = 'title' | 'slug' | 'dek' | 'body' | 'heroImage' | 'heroAlt' | 'imageSource';

/** A rule broken by a field, named so the admin can show it beside that field. */
export type ArticleFieldError = { field: ArticleRuleField; message: string };

const isBlank = (value: string | null | undefined) => !value || value.trim() === '';

/**
 * Rules every saved article satisfies, drafts included: what an editor could not mean. An
 * incomplete draft is fine; `checkBeforePublish` says what it lacks before it goes live.
 */
export function validateArticle(article: ArticleDraft): ArticleFieldError[] {
  const errors: ArticleFieldError[] = [];
  if (typeof article.title === 'string' && article.title.length > MAX_TITLE_LENGTH) {
    errors.push({
      field: 'title',
      message: `The headline is ${article.title.length} characters long; it may have at most ${MAX_TITLE_LENGTH}.`,
    });
  }
  if (article.heroImage && isBlank(article.imageSource)) {
    errors.push({ field: 'imageSource', message: 'Image source is required when a hero image is set (e.g. "AFP").' });
  }
  return errors;
}

/** What must be true before an article goes live, each broken rule named against its field in plain words. */
export function checkBeforePublish(article: ArticleDraft): ArticleFieldError[] {
  const errors = validateArticle(article);
  if (isBlank(article.title)) errors.push({ field: 'title', message: 'The article needs a headline.' });
  if (isBlank(article.dek)) {
    errors.push({ field: 'dek', message: 'The standfirst (dek) is missing: one paragraph under the headline.' });
  }
  if (blocksToPlainText(article.body).trim() === '') {
    errors.push({ field: 'body', message: 'The body has no text yet: an article cannot go live empty.' });
  }
  if (article.heroImage && isBlank(article.heroAlt)) {
    errors.push({
      field: 'heroAlt',
      message: 'The hero image needs alt text: describe the picture for readers who cannot see it.',
    });
  }
  return errors;
}

type InlineNode = { type?: unknown; text?: unknown; children?: unknown };
type BlockNode = { type?: unknown; children?: unknown };

/** True when an inline node shows nothing: whitespace-only text (a link or anything else always shows). */
function isEmptyInline(node: unknown): boolean {
  const inline = node as InlineNode;
  return inline?.type === 'text' && typeof inline.text === 'string' && inline.text.trim() === '';
}

/**
 * The body as saved: paragraphs with no visible text (what pasting plain text leaves between the
 * real ones) are dropped; everything else — quotation marks, line breaks inside a paragraph,
 * headings, quotes, lists, pictures — is kept exactly. Anything that is not a list of blocks is
 * returned unchanged for Strapi's own validation to judge.
 */
export function normalizeBody<T>(body: T): T {
  if (!Array.isArray(body)) return body;
  const kept = body.filter((block: BlockNode) => {
    if (block?.type !== 'paragraph' || !Array.isArray(block.children)) return true;
    return !block.children.every(isEmptyInline);
  });
  return (kept.length === body.length ? body : kept) as T;
}

/**
 * The slug a headline or name reads as: lower-case ASCII words joined by hyphens ("Catch-22 in
 * São Paulo" → "catch-22-in-sao-paulo"), at most MAX_SLUG_LENGTH characters, cut at a word.
 * Empty when nothing in the text can be spelled in a URL.
 */
export function slugFromText(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, MAX_SLUG_LENGTH);
}
