import { feedQuery, newsSitemapQuery, routes, sitemapPagesQuery, sitemapQuery } from '@newsroom/shared';
import { getEnv } from '../env';
import { cmsQuery } from './query';
import { reshapeArticleSummary, reshapeSite } from './reshape';
import { listingPageTags, tags } from './tags';
import type { ArticleSummary, Site } from './types';

// Reads for feeds and sitemaps. They list articles with their bylines and sections, so they carry
// the listings' tags and are expired with the front page whenever any of those changes
// (reader-tags.test.ts checks each reader against what its query selects).
const listing = { mode: 'published' as const, tags: listingPageTags() };

export const FEED_SIZE = 50;

/** The newest published articles for the RSS feed. */
export async function listFeedArticles(): Promise<{ site: Site; articles: ArticleSummary[] }> {
  const data = await cmsQuery(feedQuery, { limit: FEED_SIZE }, listing);
  const { cmsMediaUrl } = getEnv();
  return {
    site: reshapeSite(data.siteSetting, getEnv().cmsMediaUrl),
    articles: data.articles.flatMap((node) => (node ? [reshapeArticleSummary(node, cmsMediaUrl)] : [])),
  };
}

/** One page of article paths for the sitemaps, with the number of pages. */
export async function listSitemapArticles(
  page: number,
  pageSize: number,
): Promise<{ entries: { slug: string; updatedAt: string | null }[]; pageCount: number }> {
  const data = await cmsQuery(sitemapQuery, { page, pageSize }, listing);
  const connection = data.articles_connection;
  return {
    entries: (connection?.nodes ?? []).map((node) => ({ slug: node.slug, updatedAt: node.updatedAt ?? null })),
    pageCount: connection?.pageInfo.pageCount ?? 0,
  };
}

/** Articles first published since `since`, for the Google News sitemap. */
export async function listRecentArticles(
  since: Date,
): Promise<{ site: Site; articles: { title: string; slug: string; publishedAt: string }[] }> {
  // Rounded to the hour so the cache key (and the cached sitemap) holds for an hour at most.
  const hour = new Date(Math.floor(since.getTime() / 3_600_000) * 3_600_000).toISOString();
  const data = await cmsQuery(newsSitemapQuery, { since: hour }, listing);
  return {
    site: reshapeSite(data.siteSetting, getEnv().cmsMediaUrl),
    articles: data.articles.flatMap((node) =>
      node?.publishedAt ? [{ title: node.title, slug: node.slug, publishedAt: node.publishedAt }] : [],
    ),
  };
}

/**
 * One page of the site's own pages for the pages sitemaps: the front page (on page 1), then up to
 * `pageSize` each of sections, authors and tags. `pageCount` is that of the longest of the three.
 */
export async function listSitemapPages(
  page: number,
  pageSize: number,
): Promise<{ entries: { path: string; lastModified: string | null }[]; pageCount: number }> {
  const data = await cmsQuery(
    sitemapPagesQuery,
    { page, pageSize },
    {
      mode: 'published',
      tags: [tags.collection('section'), tags.collection('author'), tags.collection('tag')],
    },
  );
  type Connection = { nodes: { slug: string; updatedAt?: string | null }[]; pageInfo: { pageCount: number } };
  const listed: [Connection | null | undefined, (slug: string) => string][] = [
    [data.sections_connection, routes.section],
    [data.authors_connection, routes.author],
    [data.tags_connection, routes.tag],
  ];
  const entries = listed.flatMap(([connection, path]) =>
    (connection?.nodes ?? []).map((node) => ({ path: path(node.slug), lastModified: node.updatedAt ?? null })),
  );
  return {
    entries: page === 1 ? [{ path: routes.home(), lastModified: null }, ...entries] : entries,
    pageCount: Math.max(1, ...listed.map(([connection]) => connection?.pageInfo.pageCount ?? 0)),
  };
}
