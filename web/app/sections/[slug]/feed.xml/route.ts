import { routes } from '@newsroom/shared';
import { getSectionListing } from '@/lib/cms/listings';
import { getEnv } from '@/lib/env';
import { buildRssFeed } from '@/lib/seo/feed';
import { xmlHeaders } from '@/lib/seo/xml';

// A section's own feed. Per request from the tagged data cache, like /feed.xml.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const listing = await getSectionListing((await params).slug, 1);
  if (!listing) return new Response('Not found', { status: 404 });
  const { siteUrl } = getEnv();
  const site = {
    ...listing.site,
    name: `${listing.site.name}: ${listing.subject.name}`,
    description: listing.subject.description,
  };
  return new Response(buildRssFeed(site, listing.articles.items, siteUrl, routes.sectionFeed(listing.subject.slug)), {
    headers: { ...xmlHeaders(300), 'content-type': 'application/rss+xml; charset=utf-8' },
  });
}
