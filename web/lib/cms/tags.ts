// Every cache tag the website uses, built in one place: the fetchers tag their reads with these,
// and on-demand revalidation (the CMS's publish notifications) expires the same strings.
import { CONTENT_TYPE_NAMES, isValidSlug, type ContentChange, type ContentTypeName } from '@newsroom/shared';

export type { ContentChange };
/** Every registered content type has a collection tag (see the content registry in @newsroom/shared). */
export type CollectionName = ContentTypeName;

export const tags = {
  /** One article, by document id (stable across slug changes). */
  article: (documentId: string) => `article:${documentId}`,
  /** The page at one article slug, known before the document is (also tags 404s for that slug). */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  /** Anything that lists or embeds documents of a type. */
  collection: (name: CollectionName) => `collection:${name}`,
  /** Every article page: the fallback when a change cannot be narrowed to slugs. */
  allArticlePages: () => 'article-pages',
} as const;

/**
 * Tags of an article page: its slug, and the types whose edits show on it (byline, section, tags,
 * site name, and other articles: its related articles and its neighbours in the section).
 */
export function articlePageTags(slug: string): string[] {
  return [
    tags.articleSlug(slug),
    tags.allArticlePages(),
    tags.collection('article'),
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

/** The tags to expire for a change: exactly the pages that show it. */
export function tagsForChange(change: ContentChange): string[] {
  switch (change.type) {
    case 'article': {
      const slugs = (change.slugs ?? []).filter(isValidSlug);
      const pages = slugs.length > 0 ? slugs.map(tags.articleSlug) : [tags.allArticlePages()];
      return [...pages, ...(change.documentId ? [tags.article(change.documentId)] : []), tags.collection('article')];
    }
    case 'media':
      // A replaced picture or new alt text shows on article pages and in listings; a logo in every header.
      return [tags.allArticlePages(), tags.collection('article'), tags.collection('site-setting')];
    default:
      return [tags.collection(change.type)];
  }
}

/**
 * The tags of the page at `pathname`, sent to caching proxies in front of the site (the
 * Surrogate-Key header; Varnish keeps them as xkeys) so that a revalidation's tags purge there
 * exactly what they expire here. An article page carries its own tags; every other page (front,
 * listings, search, feeds, sitemaps) carries every collection's, so no change can leave one stale.
 */
export function pageCacheTags(pathname: string): string[] {
  const article = /^\/articles\/([^/]+)\/?$/.exec(pathname);
  if (article) {
    const slug = safeDecode(article[1]!);
    if (slug && isValidSlug(slug)) return articlePageTags(slug);
    return [tags.allArticlePages(), ...CONTENT_TYPE_NAMES.map(tags.collection)];
  }
  return CONTENT_TYPE_NAMES.map(tags.collection);
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
