import { routes } from '@newsroom/shared';
import { listSitemapArticles, listSitemapPages } from '@/lib/cms/machine-readable';
import { getEnv } from '@/lib/env';
import { buildUrlSet, parseArticleSitemapName, SITEMAP_PAGE_SIZE } from '@/lib/seo/sitemaps';
import { xmlHeaders } from '@/lib/seo/xml';

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const notFound = () => new Response('Not found', { status: 404 });

/** /sitemaps/pages.xml (front, section, author and tag pages) and /sitemaps/articles-N.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const { siteUrl } = getEnv();
  if (file === 'pages.xml')
    return new Response(buildUrlSet(siteUrl, await listSitemapPages()), { headers: xmlHeaders(300) });
  const page = parseArticleSitemapName(file);
  if (page === null) return notFound();
  const { entries, pageCount } = await listSitemapArticles(page, SITEMAP_PAGE_SIZE);
  if (page > Math.max(pageCount, 1)) return notFound();
  const urls = entries.map((entry) => ({ path: routes.article(entry.slug), lastModified: entry.updatedAt }));
  return new Response(buildUrlSet(siteUrl, urls), { headers: xmlHeaders(300) });
}
