import { articlePageQuery, homePageQuery, isValidSlug, reviewArticleQuery } from '@newsroom/shared';
import { getEnv } from '../env';
import { cmsQuery } from './query';
import { reshapeArticle, reshapeArticleSummary, reshapePage, reshapeReadingOn, reshapeSite } from './reshape';
import { articlePageTags, listingPageTags } from './tags';
import type { Article, ArticleSummary, Paged, ReadingOn, Site } from './types';

export const LATEST_PAGE_SIZE = 12;

/**
 * The article at `slug` with the site settings, or null when there is none. Readers get the
 * published version (cached); an editor in draft mode gets the latest draft (never cached).
 */
export async function getArticle(
  slug: string,
  { draft = false } = {},
): Promise<{ article: Article; readingOn: ReadingOn; site: Site } | null> {
  if (!isValidSlug(slug)) return null;
  const data = await cmsQuery(
    articlePageQuery,
    { slug, status: draft ? 'DRAFT' : 'PUBLISHED' },
    draft ? { mode: 'draft' } : { mode: 'published', tags: articlePageTags(slug) },
  );
  const node = data.articles[0];
  if (!node) return null;
  const { cmsMediaUrl } = getEnv();
  return {
    article: reshapeArticle(node, cmsMediaUrl),
    readingOn: reshapeReadingOn(node, cmsMediaUrl),
    site: reshapeSite(data.siteSetting, cmsMediaUrl, data.navigation),
  };
}

/** The draft a review link grants, with its current review revision; null when it no longer exists. */
export async function getReviewArticle(
  documentId: string,
): Promise<{ article: Article; site: Site; revision: number } | null> {
  const data = await cmsQuery(reviewArticleQuery, { documentId }, { mode: 'draft' });
  if (!data.article) return null;
  return {
    article: reshapeArticle(data.article, getEnv().cmsMediaUrl),
    site: reshapeSite(data.siteSetting, getEnv().cmsMediaUrl, data.navigation),
    revision: data.article.reviewRevision ?? 0,
  };
}

/** A section's block on the front page: its newest articles. */
export type SectionBlock = { name: string; slug: string; articles: ArticleSummary[] };

/**
 * One page of the latest published articles, newest publication date first, with the site
 * settings; page 1 also carries a block of each section's newest articles.
 */
export async function listLatestArticles(
  page = 1,
): Promise<{ articles: Paged<ArticleSummary>; sections: SectionBlock[]; site: Site }> {
  const data = await cmsQuery(
    homePageQuery,
    { page, pageSize: LATEST_PAGE_SIZE, withSections: page === 1 },
    { mode: 'published', tags: listingPageTags() },
  );
  const { cmsMediaUrl } = getEnv();
  return {
    site: reshapeSite(data.siteSetting, cmsMediaUrl, data.navigation),
    articles: reshapePage(data.articles_connection, page, (node) => reshapeArticleSummary(node, cmsMediaUrl)),
    sections: (data.sectionBlocks ?? []).flatMap((section) => {
      if (!section) return [];
      const articles = section.articles.flatMap((node) => (node ? [reshapeArticleSummary(node, cmsMediaUrl)] : []));
      return articles.length > 0 ? [{ name: section.name, slug: section.slug, articles }] : [];
    }),
  };
}
