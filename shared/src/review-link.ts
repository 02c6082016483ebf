import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a review link grants: one article's draft, until a time, while its revision is current. */
export type ReviewGrant = {
  documentId: string;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
  /** The article's review revision when the link was made; revoking increments it. */
  revision: number;
};

export type ReviewLinkCheck =
  | { ok: true; grant: ReviewGrant }
  | { ok: false; reason: 'malformed' | 'bad-signature' }
  | { ok: false; reason: 'expired'; grant: ReviewGrant };

export const DEFAULT_REVIEW_LINK_DAYS = 7;
/** A review link lasts 1 to 30 days: the same range in the API, the admin panel and the README. */
export const MAX_REVIEW_LINK_DAYS = 30;
/** The choices the admin panel offers. */
export const REVIEW_LINK_DAY_CHOICES = [1, 3, 7, 14, 30] as const;
const VERSION = 'r1';
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

const sign = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(`review-link:${VERSION}:${payload}`).digest('base64url');

/** Signs a review grant into the token carried by a review link (`/review/<token>`). */
export function signReviewToken(grant: ReviewGrant, secret: string): string {
  const payload = Buffer.from(JSON.stringify([grant.documentId, grant.expiresAt, grant.revision])).toString(
    'base64url',
  );
  return `${VERSION}.${payload}.${sign(payload, secret)}`;
}

function decodeGrant(payload: string): ReviewGrant | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [documentId, expiresAt, revision] = value as unknown[];
    if (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId)) return null;
    if (!Number.isSafeInteger(expiresAt) || !Number.isSafeInteger(revision) || (revision as number) < 0) return null;
    return { documentId, expiresAt: expiresAt as number, revision: revision as number };
  } catch {
    return null;
  }
}

/**
 * Checks a review token's signature (in constant time) and expiry. The signature is checked first,
 * so a tampered link is "bad-signature" whatever its claimed expiry. Revocation is checked by the
 * caller against the article's current revision.
 */
export function verifyReviewToken(
  token: unknown,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): ReviewLinkCheck {
  if (typeof token !== 'string' || token.length > 512) return { ok: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION) return { ok: false, reason: 'malformed' };
  const [, payload, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(payload, secret));
  const presented = Buffer.from(signature);
  if (expected.length !== presented.length || !timingSafeEqual(expected, presented)) {
    return { ok: false, reason: 'bad-signature' };
  }
  const grant = decodeGrant(payload);
  if (!grant) return { ok: false, reason: 'malformed' };
  if (grant.expiresAt <= nowSeconds) return { ok: false, reason: 'expired', grant };
  return { ok: true, grant };
}

/**
 * Expiry for a link valid `days` days from now (default 7). `days` comes from a request body, so it
 * is checked as foreign input: only a whole JSON number from 1 to 30 passes — not "7", [7] or true.
 */
export function reviewLinkExpiry(
  days: unknown = DEFAULT_REVIEW_LINK_DAYS,
  nowSeconds = Math.floor(Date.now() / 1000),
): number {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_REVIEW_LINK_DAYS) {
    throw new RangeError(`days must be a whole number from 1 to ${MAX_REVIEW_LINK_DAYS}, like 7`);
  }
  return nowSeconds + days * 86_400;
}
