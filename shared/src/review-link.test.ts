import { reviewLinkExpiry, signReviewToken, verifyReviewToken } from './review-link';

const SECRET = 'review-secret-0123456789abcdef';
const NOW = 1_800_000_000;
const grant = { documentId: 'k2n4x8y0v1h3q5w7e9r2t4y6', expiresAt: NOW + 3600, revision: 2 };

describe('review link tokens', () => {
  it('round-trips a grant', () => {
    expect(verifyReviewToken(signReviewToken(grant, SECRET), SECRET, NOW)).toEqual({ ok: true, grant });
  });

  it('is URL-safe', () => {
    expect(signReviewToken(grant, SECRET)).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  it('refuses a token signed with another secret', () => {
    expect(verifyReviewToken(signReviewToken(grant, 'another-secret-entirely-0000'), SECRET, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('refuses a token whose grant was edited (another document, later expiry)', () => {
    const [version, , signature] = signReviewToken(grant, SECRET).split('.');
    const forged = Buffer.from(JSON.stringify(['someotherdocument00000000', NOW + 10 ** 8, 2])).toString('base64url');
    expect(verifyReviewToken(`${version}.${forged}.${signature}`, SECRET, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('reports expiry only for a genuine token', () => {
    const token = signReviewToken({ ...grant, expiresAt: NOW - 1 }, SECRET);
    expect(verifyReviewToken(token, SECRET, NOW)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it.each([[''], ['r1.abc'], ['x1.a.b'], ['r1..'], [42], ['r1.' + 'a'.repeat(600) + '.b']])(
    'calls %j malformed',
    (token) => {
      expect(verifyReviewToken(token, SECRET, NOW)).toMatchObject({ ok: false });
    },
  );
});

describe('reviewLinkExpiry', () => {
  it('defaults to seven days', () => {
    expect(reviewLinkExpiry(undefined, NOW)).toBe(NOW + 7 * 86_400);
  });

  it('accepts 1 to 90 days only', () => {
    expect(reviewLinkExpiry(1, NOW)).toBe(NOW + 86_400);
    expect(() => reviewLinkExpiry(0, NOW)).toThrow(RangeError);
    expect(reviewLinkExpiry(30, NOW)).toBe(NOW + 30 * 86_400);
    expect(() => reviewLinkExpiry(31, NOW)).toThrow(RangeError);
    expect(() => reviewLinkExpiry(90, NOW)).toThrow(RangeError);
    expect(() => reviewLinkExpiry(1.5, NOW)).toThrow(RangeError);
    for (const coerced of ['7', [7], true, null, { days: 7 }, NaN, Infinity]) {
      expect(() => reviewLinkExpiry(coerced, NOW)).toThrow(/whole number from 1 to 30/);
    }
  });
});
