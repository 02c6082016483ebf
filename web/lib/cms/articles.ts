import { articlePageQuery, homePageQuery, isValidSlug } from '@newsroom/shared';
import { getEnv } from '../env';
import { cmsQuery } from './query';
import { reshapeArticle, reshapeArticleSummary, reshapeSite } from './reshape';
import { articlePageTags, listingPageTags } from './tags';
import type { Article, ArticleSummary, Paged, Site } from './types';

export const LATEST_PAGE_SIZE = 12;

/** The published article at `slug` with the site settings, or null when there is none. */
export async function getArticle(slug: string): Promise<{ article: Article; site: Site } | null> {
  if (!isValidSlug(slug)) return null;
  const data = await cmsQuery(articlePageQuery, { slug }, { tags: articlePageTags(slug) });
  const node = data.articles[0];
  if (!node) return null;
  const { cmsMediaUrl } = getEnv();
  return { article: reshapeArticle(node, cmsMediaUrl), site: reshapeSite(data.siteSetting) };
}

/** One page of the latest published articles, newest publication date first, with the site settings. */
export async function listLatestArticles(page = 1): Promise<{ articles: Paged<ArticleSummary>; site: Site }> {
  const data = await cmsQuery(homePageQuery, { page, pageSize: LATEST_PAGE_SIZE }, { tags: listingPageTags() });
  const { cmsMediaUrl } = getEnv();
  const connection = data.articles_connection;
  return {
    site: reshapeSite(data.siteSetting),
    articles: {
      items: (connection?.nodes ?? []).map((node) => reshapeArticleSummary(node, cmsMediaUrl)),
      page: connection?.pageInfo.page ?? page,
      pageCount: connection?.pageInfo.pageCount ?? 0,
      total: connection?.pageInfo.total ?? 0,
    },
  };
}
