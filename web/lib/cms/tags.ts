// Every cache tag the website uses, built in one place: the fetchers tag their reads with these,
// and on-demand revalidation (the publish webhook) expires the same strings.

export type CollectionName = 'article' | 'author' | 'section' | 'tag' | 'site-setting';

export const tags = {
  /** One article, by document id (stable across slug changes). */
  article: (documentId: string) => `article:${documentId}`,
  /** The page at one article slug, known before the document is (also tags 404s for that slug). */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  /** Anything that lists or embeds documents of a type. */
  collection: (name: CollectionName) => `collection:${name}`,
} as const;

/** Tags of an article page: its slug, and the types whose edits show on it (byline, section, tags, site name). */
export function articlePageTags(slug: string): string[] {
  return [
    tags.articleSlug(slug),
    tags.collection('author'),
    tags.collection('section'),
    tags.collection('tag'),
    tags.collection('site-setting'),
  ];
}

/** Tags of a page listing articles. */
export function listingPageTags(): string[] {
  return [
    tags.collection('article'),
    tags.collection('author'),
    tags.collection('section'),
    tags.collection('site-setting'),
  ];
}
