import { routes } from '@newsroom/shared';
import { escapeXml } from './xml';

/** URLs per sitemap file: one GraphQL page (the CMS caps pages at 100); the index scales to millions. */
export const SITEMAP_PAGE_SIZE = 100;
/** How far back the Google News sitemap looks. */
export const NEWS_WINDOW_HOURS = 48;

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The sitemap index: one file per page of the site's own pages, then one per page of articles. */
export function buildSitemapIndex(siteUrl: string, articlePages: number, pagesPages = 1): string {
  const numbered = (name: string, count: number) =>
    Array.from({ length: count }, (_, i) => `/sitemaps/${name}-${i + 1}.xml`);
  const files = [...numbered('pages', Math.max(pagesPages, 1)), ...numbered('articles', articlePages)];
  const entries = files.map((file) => `  <sitemap><loc>${escapeXml(siteUrl + file)}</loc></sitemap>`).join('\n');
  return `${XML}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}

export type SitemapEntry = { path: string; lastModified?: string | null };

/** A urlset of site paths. */
export function buildUrlSet(siteUrl: string, entries: SitemapEntry[]): string {
  const urls = entries
    .map(({ path, lastModified }) => {
      const lastmod = lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : '';
      return `  <url><loc>${escapeXml(siteUrl + path)}</loc>${lastmod}</url>`;
    })
    .join('\n');
  return `${XML}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export type NewsEntry = { title: string; slug: string; publishedAt: string };

/** A Google News sitemap: publication name and language, date and title of each recent article. */
export function buildNewsSitemap(siteUrl: string, publication: string, articles: NewsEntry[]): string {
  const urls = articles
    .map(
      (article) => `  <url>
    <loc>${escapeXml(siteUrl + routes.article(article.slug))}</loc>
    <news:news>
      <news:publication><news:name>${escapeXml(publication)}</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>${escapeXml(article.publishedAt)}</news:publication_date>
      <news:title>${escapeXml(article.title)}</news:title>
    </news:news>
  </url>`,
    )
    .join('\n');
  return `${XML}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls}\n</urlset>\n`;
}

/**
 * Reads "articles-3.xml" as page 3 of the articles and "pages-2.xml" as page 2 of the site's own
 * pages ("pages.xml", the name before pages were numbered, is page 1); anything else is null (a 404).
 */
export function parseSitemapName(name: string): { list: 'articles' | 'pages'; page: number } | null {
  if (name === 'pages.xml') return { list: 'pages', page: 1 };
  const match = /^(articles|pages)-([1-9]\d{0,6})\.xml$/.exec(name);
  return match ? { list: match[1] as 'articles' | 'pages', page: Number(match[2]) } : null;
}
