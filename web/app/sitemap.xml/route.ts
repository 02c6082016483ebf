import { listSitemapArticles, listSitemapPages } from '@/lib/cms/machine-readable';
import { getEnv } from '@/lib/env';
import { buildSitemapIndex, SITEMAP_PAGE_SIZE } from '@/lib/seo/sitemaps';
import { xmlHeaders } from '@/lib/seo/xml';

// Rendered per request from the CMS reads' data cache (tagged, so publishing expires it): a
// prerendered route would need the CMS at build time.
export const dynamic = 'force-dynamic';

/** The sitemap index: one sitemap per page of the site's own pages, then per page of articles. */
export async function GET() {
  const [articles, pages] = await Promise.all([
    listSitemapArticles(1, SITEMAP_PAGE_SIZE),
    listSitemapPages(1, SITEMAP_PAGE_SIZE),
  ]);
  return new Response(buildSitemapIndex(getEnv().siteUrl, articles.pageCount, pages.pageCount), {
    headers: xmlHeaders(300),
  });
}
