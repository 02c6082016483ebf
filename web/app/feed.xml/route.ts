import { listFeedArticles } from '@/lib/cms/machine-readable';
import { getEnv } from '@/lib/env';
import { buildRssFeed } from '@/lib/seo/feed';
import { xmlHeaders } from '@/lib/seo/xml';

// Rendered per request from the CMS reads' data cache (tagged, so publishing expires it): a
// prerendered route would need the CMS at build time.
export const dynamic = 'force-dynamic';

export async function GET() {
  const { site, articles } = await listFeedArticles();
  return new Response(buildRssFeed(site, articles, getEnv().siteUrl), {
    headers: { ...xmlHeaders(300), 'content-type': 'application/rss+xml; charset=utf-8' },
  });
}
