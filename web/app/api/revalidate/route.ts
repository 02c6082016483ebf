import { revalidateTag } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { expireMovedArticles } from '@/lib/cms/moved-articles';
import { tagsForChange } from '@/lib/cms/tags';
import { getEnv } from '@/lib/env';
import { purgeProxies } from '@/lib/revalidation/purge-proxies';
import { parseContentChange, secretMatches } from '@/lib/revalidation/request';

// The CMS calls this after every change that readers can see (see cms/src/document-middlewares/notify-website.ts).
export async function POST(request: NextRequest) {
  if (!secretMatches(request.headers.get('x-revalidate-secret'), getEnv().revalidateSecret)) {
    return NextResponse.json({ error: 'Invalid or missing x-revalidate-secret' }, { status: 401 });
  }
  const change = parseContentChange(await request.json().catch(() => null));
  if (!change) {
    return NextResponse.json(
      { error: 'Body must be {"type": "article"|"author"|…, "documentId"?, "slugs"?}' },
      { status: 400 },
    );
  }
  const expired = tagsForChange(change);
  // `{ expire: 0 }` makes the very next request render fresh; the 'max' profile would serve
  // the old page once more while regenerating (measured: STALE, then fresh).
  for (const tag of expired) revalidateTag(tag, { expire: 0 });
  // A published slug change (or an unpublish) changes which old URLs redirect where.
  if (change.type === 'article') expireMovedArticles();
  // Then the caching proxies in front drop the pages with those tags (after Next, so a proxy that
  // fetches again at once gets the fresh page). A proxy that is down does not fail the revalidation.
  const env = getEnv();
  const purged = await purgeProxies(expired, { urls: env.proxyPurgeUrls, secret: env.proxyPurgeSecret });
  return NextResponse.json({ revalidated: expired, purged, at: new Date().toISOString() });
}
