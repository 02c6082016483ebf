import { listRecentArticles } from '@/lib/cms/machine-readable';
import { getEnv } from '@/lib/env';
import { buildNewsSitemap, NEWS_WINDOW_HOURS } from '@/lib/seo/sitemaps';
import { xmlHeaders } from '@/lib/seo/xml';

// Rendered per request from the CMS reads' data cache (tagged, so publishing expires it): a
// prerendered route would need the CMS at build time.
export const dynamic = 'force-dynamic';

export async function GET() {
  const since = new Date(Date.now() - NEWS_WINDOW_HOURS * 3_600_000);
  const { site, articles } = await listRecentArticles(since);
  return new Response(buildNewsSitemap(getEnv().siteUrl, site.name, articles), { headers: xmlHeaders(600) });
}
