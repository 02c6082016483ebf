import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { checkReviewLink, reviewRefusalPage } from '@/lib/review/check';
import { fetchReviewRevision } from '@/lib/review/revision';

// Review links (/review/<token>) are checked here, before the page, so a refusal gets its proper
// status: 401 for a tampered or malformed link, 410 for an expired or revoked one. The page
// checks again (it 404s on any doubt), so this is not the only guard.
export async function proxy(request: NextRequest) {
  const token = decodeURIComponent(request.nextUrl.pathname.slice('/review/'.length));
  const decision = await checkReviewLink(token, getEnv().reviewLinkSecret, fetchReviewRevision);
  if (decision.ok) return NextResponse.next();
  // Logged without the token: its signature would let anyone who reads the logs open the draft.
  console.warn('Review link refused', {
    reason: decision.reason,
    status: decision.status,
    documentId: decision.documentId,
  });
  return new NextResponse(reviewRefusalPage(decision.reason), {
    status: decision.status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex' },
  });
}

export const config = { matcher: ['/review/:token*'] };
