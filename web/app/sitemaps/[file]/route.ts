import { routes } from '@newsroom/shared';
import { listSitemapArticles, listSitemapPages } from '@/lib/cms/machine-readable';
import { getEnv } from '@/lib/env';
import { buildUrlSet, parseSitemapName, SITEMAP_PAGE_SIZE } from '@/lib/seo/sitemaps';
import { xmlHeaders } from '@/lib/seo/xml';

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const notFound = () => new Response('Not found', { status: 404 });

/** /sitemaps/pages-N.xml (front, section, author and tag pages) and /sitemaps/articles-N.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = parseSitemapName((await params).file);
  if (name === null) return notFound();
  const { siteUrl } = getEnv();
  if (name.list === 'pages') {
    const { entries, pageCount } = await listSitemapPages(name.page, SITEMAP_PAGE_SIZE);
    if (name.page > pageCount) return notFound();
    return new Response(buildUrlSet(siteUrl, entries), { headers: xmlHeaders(300) });
  }
  const { entries, pageCount } = await listSitemapArticles(name.page, SITEMAP_PAGE_SIZE);
  if (name.page > Math.max(pageCount, 1)) return notFound();
  const urls = entries.map((entry) => ({ path: routes.article(entry.slug), lastModified: entry.updatedAt }));
  return new Response(buildUrlSet(siteUrl, urls), { headers: xmlHeaders(300) });
}
