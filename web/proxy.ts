import { NextResponse, type NextRequest } from 'next/server';
import { routes } from '@newsroom/shared';
import { movedArticleSlug } from '@/lib/cms/moved-articles';
import { pageCacheTags } from '@/lib/cms/tags';
import { getSiteAnalyticsId } from '@/lib/cms/site-analytics';
import { getEnv } from '@/lib/env';
import { isReadablePath, unreadablePathPage } from '@/lib/request-path';
import { checkReviewLink, reviewRefusalPage } from '@/lib/review/check';
import { fetchReviewRevision } from '@/lib/cms/review-revision';
import { pageSecurityHeaders } from '@/lib/security-headers';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex',
};

// Runs before every page and route of the site (not Next's own files under /_next/):
// - an address whose percent escapes do not decode gets a 400 here; Next would answer 500;
// - review links are checked before their page, so a refusal gets its proper status;
// - an article's former URL answers 308 to its current one (from a map kept in memory: the page
//   itself cannot, as Next replays a cached redirect with its Location header twice, #82117);
// - every response gets the Content-Security-Policy (and HSTS on https). They are sent from here,
//   not from next.config.ts headers() like the fixed headers, because they depend on run-time
//   configuration: whether the policy allows the Google tag depends on Site settings, which
//   editors change at any time. Cached (ISR) pages stay cached: the proxy only adds headers to
//   whatever Next serves, and no nonce is involved.
export async function proxy(request: NextRequest) {
  const response = await answer(request);
  for (const [name, value] of Object.entries(await securityHeaders())) response.headers.set(name, value);
  return response;
}

async function answer(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (!isReadablePath(pathname)) return new NextResponse(unreadablePathPage, { status: 400, headers: PAGE_HEADERS });
  if (pathname.startsWith('/review/')) return checkReview(decodeURIComponent(pathname.slice('/review/'.length)));
  const article = /^\/articles\/([^/]+)$/.exec(pathname);
  if (article) {
    const moved = await movedArticleSlug(decodeURIComponent(article[1]));
    if (moved) return NextResponse.redirect(new URL(routes.article(moved), request.url), 308);
  }
  // The page's cache tags, for a caching proxy in front (deploy/varnish): purged by tag on publish.
  return NextResponse.next({ headers: { 'surrogate-key': pageCacheTags(pathname).join(' ') } });
}

// Review links (/review/<token>): 401 for a tampered or malformed link, 410 for an expired or
// revoked one. The page checks again (it 404s on any doubt), so this is not the only guard.
async function checkReview(token: string): Promise<NextResponse> {
  const decision = await checkReviewLink(token, getEnv().reviewLinkSecret, fetchReviewRevision);
  if (decision.ok) return NextResponse.next();
  // Logged without the token: its signature would let anyone who reads the logs open the draft.
  console.warn('Review link refused', {
    reason: decision.reason,
    status: decision.status,
    documentId: decision.documentId,
  });
  return new NextResponse(reviewRefusalPage(decision.reason), { status: decision.status, headers: PAGE_HEADERS });
}

async function securityHeaders(): Promise<Record<string, string>> {
  const env = getEnv();
  // An id in the environment needs no lookup; Site settings' is kept fresh in the background.
  const analytics = Boolean(env.analyticsMeasurementId ?? (await getSiteAnalyticsId()));
  return pageSecurityHeaders({
    siteUrl: env.siteUrl,
    mediaOrigin: new URL(env.cmsMediaUrl).origin,
    adminOrigin: env.cmsAdminOrigin,
    analytics,
    development: env.development,
  });
}

// Everything but /_next/ (scripts, styles, fonts, optimized images): the policy governs documents,
// and those files gain nothing from a check on every request. The second pattern takes only the
// /_next/ addresses with a percent sign, which Next's own files never have, for the 400 above.
export const config = { matcher: ['/((?!_next/).*)', '/_next/:path(.*%.*)'] };
