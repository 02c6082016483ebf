import {
  authorPageQuery,
  blocksToPlainText,
  isValidSlug,
  searchFilters,
  searchQuery,
  sectionPageQuery,
  tagPageQuery,
  type ArticleCardPageFragment,
} from '@newsroom/shared';
import { getEnv } from '../env';
import { searchExcerpt, type ExcerptPart } from '../search';
import { LATEST_PAGE_SIZE } from './articles';
import { cmsQuery } from './query';
import { reshapeArticleSummary, reshapePage, reshapePicture, reshapeSite } from './reshape';
import { listingPageTags, tags } from './tags';
import type { ArticleSummary, AuthorProfile, Paged, Site } from './types';

export type Listing<T> = { subject: T; articles: Paged<ArticleSummary>; site: Site };
type Connection = ArticleCardPageFragment | null | undefined;

const read = (collection: 'section' | 'author' | 'tag') => ({
  mode: 'published' as const,
  tags: [...new Set([...listingPageTags(), tags.collection(collection), tags.collection('tag')])],
});

function paged(connection: Connection, page: number): Paged<ArticleSummary> {
  const { cmsMediaUrl } = getEnv();
  return reshapePage(connection, page, (node) => reshapeArticleSummary(node, cmsMediaUrl));
}

/** A section with one page of its articles; null when no such section exists. */
export async function getSectionListing(
  slug: string,
  page: number,
): Promise<Listing<{ name: string; slug: string; description: string | null }> | null> {
  if (!isValidSlug(slug)) return null;
  const data = await cmsQuery(sectionPageQuery, { slug, page, pageSize: LATEST_PAGE_SIZE }, read('section'));
  const section = data.sections[0];
  if (!section) return null;
  return {
    subject: { name: section.name, slug: section.slug, description: section.description ?? null },
    articles: paged(data.articles_connection, page),
    site: reshapeSite(data.siteSetting, getEnv().cmsMediaUrl, data.navigation),
  };
}

/** An author's profile with one page of their articles; null when no such author exists. */
export async function getAuthorListing(slug: string, page: number): Promise<Listing<AuthorProfile> | null> {
  if (!isValidSlug(slug)) return null;
  const data = await cmsQuery(authorPageQuery, { slug, page, pageSize: LATEST_PAGE_SIZE }, read('author'));
  const author = data.authors[0];
  if (!author) return null;
  return {
    subject: {
      name: author.name,
      slug: author.slug,
      role: author.role ?? null,
      bio: author.bio ?? null,
      avatar: reshapePicture(author.avatar, getEnv().cmsMediaUrl),
    },
    articles: paged(data.articles_connection, page),
    site: reshapeSite(data.siteSetting, getEnv().cmsMediaUrl, data.navigation),
  };
}

/** A tag with one page of its articles; null when no such tag exists. */
export async function getTagListing(
  slug: string,
  page: number,
): Promise<Listing<{ name: string; slug: string }> | null> {
  if (!isValidSlug(slug)) return null;
  const data = await cmsQuery(tagPageQuery, { slug, page, pageSize: LATEST_PAGE_SIZE }, read('tag'));
  const tag = data.tags[0];
  if (!tag) return null;
  return {
    subject: { name: tag.name, slug: tag.slug },
    articles: paged(data.articles_connection, page),
    site: reshapeSite(data.siteSetting, getEnv().cmsMediaUrl, data.navigation),
  };
}

/** How long a page of search results may be served from the cache before it is asked again. */
export const SEARCH_REVALIDATE_SECONDS = 60;

/** A search result: the article's card and, when the words are in its body, where. */
export type SearchResult = ArticleSummary & { excerpt: ExcerptPart[] | null };

/**
 * One page of the published articles containing every term (newest first), with the site's
 * chrome. Cached briefly and expired with the listings whenever an article changes.
 */
export async function searchArticles(
  terms: string[],
  page: number,
): Promise<{ articles: Paged<SearchResult>; site: Site }> {
  const data = await cmsQuery(
    searchQuery,
    { filters: searchFilters(terms), page, pageSize: LATEST_PAGE_SIZE },
    { mode: 'published', tags: listingPageTags(), revalidate: SEARCH_REVALIDATE_SECONDS },
  );
  const { cmsMediaUrl } = getEnv();
  return {
    articles: reshapePage(data.articles_connection, page, (node) => ({
      ...reshapeArticleSummary(node, cmsMediaUrl),
      excerpt: searchExcerpt(blocksToPlainText(node.body), terms),
    })),
    site: reshapeSite(data.siteSetting, cmsMediaUrl, data.navigation),
  };
}
