import {
  authorPageQuery,
  blocksToPlainText,
  isValidSlug,
  searchQuery,
  sectionPageQuery,
  tagPageQuery,
  type ArticleCardPageFragment,
  type SiteFieldsFragment,
} from '@newsroom/shared';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getEnv } from '../env';
import { searchExcerpt, type ExcerptPart } from '../search';
import { LATEST_PAGE_SIZE } from './articles';
import { cmsQuery } from './query';
import { reshapeArticleSummary, reshapePage, reshapePicture, reshapeSite } from './reshape';
import { listingPageTags, tags } from './tags';
import type { ArticleSummary, AuthorProfile, Paged, Site } from './types';

export type Listing<T> = { subject: T; articles: Paged<ArticleSummary>; site: Site };
type Connection = ArticleCardPageFragment | null | undefined;
type ListedType = 'section' | 'author' | 'tag';
type ListingVariables = { slug: string; page: number; pageSize: number };
/** What every listing query answers besides its subject: one page of articles and the site's chrome. */
type ListingData = {
  articles_connection?: Connection;
  siteSetting?: SiteFieldsFragment | null;
  navigation: ({ name: string; slug: string } | null)[];
};

function paged(connection: Connection, page: number): Paged<ArticleSummary> {
  const { cmsMediaUrl } = getEnv();
  return reshapePage(connection, page, (node) => reshapeArticleSummary(node, cmsMediaUrl));
}

/**
 * The reader of one listed type's pages: its query, and how to find its subject in the answer.
 * Tagged with the listings and the listed type, so a renamed section, author or tag is fresh.
 * Returns null when the slug cannot exist or no such subject is published.
 */
export function listingReader<TData extends ListingData, Subject>(
  type: ListedType,
  document: TypedDocumentNode<TData, ListingVariables>,
  subjectOf: (data: TData, mediaOrigin: string) => Subject | null,
) {
  const tagsOfReader = [...new Set([...listingPageTags(), tags.collection(type), tags.collection('tag')])];
  return async (slug: string, page: number): Promise<Listing<Subject> | null> => {
    if (!isValidSlug(slug)) return null;
    const data = await cmsQuery(
      document,
      { slug, page, pageSize: LATEST_PAGE_SIZE },
      {
        mode: 'published',
        tags: tagsOfReader,
      },
    );
    const { cmsMediaUrl } = getEnv();
    const subject = subjectOf(data, cmsMediaUrl);
    if (subject === null) return null;
    return {
      subject,
      articles: paged(data.articles_connection, page),
      site: reshapeSite(data.siteSetting, cmsMediaUrl, data.navigation),
    };
  };
}

/** A section with one page of its articles. */
export const getSectionListing = listingReader('section', sectionPageQuery, ({ sections: [section] }) =>
  section ? { name: section.name, slug: section.slug, description: section.description ?? null } : null,
);

/** An author's profile with one page of their articles. */
export const getAuthorListing = listingReader(
  'author',
  authorPageQuery,
  ({ authors: [author] }, mediaOrigin): AuthorProfile | null =>
    author
      ? {
          name: author.name,
          slug: author.slug,
          role: author.role ?? null,
          bio: author.bio ?? null,
          avatar: reshapePicture(author.avatar, mediaOrigin),
        }
      : null,
);

/** A tag with one page of its articles. */
export const getTagListing = listingReader('tag', tagPageQuery, ({ tags: [tag] }) =>
  tag ? { name: tag.name, slug: tag.slug } : null,
);

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
): Promise<{ articles: Paged<SearchResult> & { totalCapped: boolean }; site: Site }> {
  const data = await cmsQuery(
    searchQuery,
    { terms, page, pageSize: LATEST_PAGE_SIZE },
    { mode: 'published', tags: listingPageTags(), revalidate: SEARCH_REVALIDATE_SECONDS },
  );
  const { cmsMediaUrl } = getEnv();
  return {
    articles: {
      ...reshapePage(data.articleSearch, page, (node) => ({
        ...reshapeArticleSummary(node, cmsMediaUrl),
        excerpt: searchExcerpt(blocksToPlainText(node.body), terms),
      })),
      // More match than the CMS counts (it ranks the newest 1,000 matches).
      totalCapped: data.articleSearch.pageInfo.totalCapped,
    },
    site: reshapeSite(data.siteSetting, cmsMediaUrl, data.navigation),
  };
}
