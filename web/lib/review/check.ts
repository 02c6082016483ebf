import { verifyReviewToken, type ReviewGrant } from '@newsroom/shared';
import { statusPage } from '../status-page';

export type ReviewLinkDecision =
  | { ok: true; grant: ReviewGrant }
  | {
      ok: false;
      status: 401 | 410 | 503;
      reason: 'malformed' | 'bad-signature' | 'expired' | 'revoked' | 'gone' | 'cms-unavailable';
      documentId?: string;
    };

/**
 * Decides whether a review link still opens its draft: signature, expiry, then revocation (the
 * article's current review revision must equal the link's). `currentRevision` returns null when
 * the article no longer exists.
 */
export async function checkReviewLink(
  token: string,
  secret: string | undefined,
  currentRevision: (documentId: string) => Promise<number | null>,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<ReviewLinkDecision> {
  if (!secret) return { ok: false, status: 503, reason: 'cms-unavailable' };
  const verified = verifyReviewToken(token, secret, nowSeconds);
  if (!verified.ok) {
    return verified.reason === 'expired'
      ? { ok: false, status: 410, reason: 'expired', documentId: verified.grant.documentId }
      : { ok: false, status: 401, reason: verified.reason };
  }
  const { documentId } = verified.grant;
  let revision: number | null;
  try {
    revision = await currentRevision(documentId);
  } catch {
    return { ok: false, status: 503, reason: 'cms-unavailable', documentId };
  }
  if (revision === null) return { ok: false, status: 410, reason: 'gone', documentId };
  if (revision !== verified.grant.revision) return { ok: false, status: 410, reason: 'revoked', documentId };
  return verified;
}

const MESSAGES: Record<Exclude<ReviewLinkDecision, { ok: true }>['reason'], [string, string]> = {
  malformed: [
    'This review link is not valid',
    'Check that the whole link was copied, or ask the editor for a new one.',
  ],
  'bad-signature': [
    'This review link is not valid',
    'Check that the whole link was copied, or ask the editor for a new one.',
  ],
  expired: ['This review link has expired', 'Review links last a limited time. Ask the editor for a new one.'],
  revoked: [
    'This review link was withdrawn',
    'The editor has revoked the links to this draft. Ask them for a new one.',
  ],
  gone: ['This draft is no longer available', 'The article was deleted. Ask the editor if you still need it.'],
  'cms-unavailable': ['Review is temporarily unavailable', 'Please try the link again in a few minutes.'],
};

/** A small self-contained page explaining why a review link did not open. */
export function reviewRefusalPage(reason: keyof typeof MESSAGES): string {
  return statusPage(...MESSAGES[reason]);
}
