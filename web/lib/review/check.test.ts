import { signReviewToken } from '@newsroom/shared';
import { checkReviewLink, reviewRefusalPage } from './check';

const SECRET = 'review-secret-0123456789abcdef';
const NOW = 1_800_000_000;
const grant = { documentId: 'abc123', expiresAt: NOW + 600, revision: 3 };
const token = signReviewToken(grant, SECRET);
const revisionIs = (value: number | null) => async () => value;

describe('checkReviewLink', () => {
  it('opens a genuine, current link', async () => {
    expect(await checkReviewLink(token, SECRET, revisionIs(3), NOW)).toEqual({ ok: true, grant });
  });

  it('answers 401 to a tampered or foreign link, without asking the CMS', async () => {
    const asked = jest.fn(revisionIs(3));
    expect(await checkReviewLink(`${token.slice(0, -2)}xx`, SECRET, asked, NOW)).toMatchObject({
      status: 401,
      reason: 'bad-signature',
    });
    expect(await checkReviewLink('garbage', SECRET, asked, NOW)).toMatchObject({ status: 401, reason: 'malformed' });
    expect(asked).not.toHaveBeenCalled();
  });

  it('answers 410 to an expired link', async () => {
    expect(await checkReviewLink(token, SECRET, revisionIs(3), NOW + 601)).toMatchObject({
      status: 410,
      reason: 'expired',
    });
  });

  it('answers 410 once the editor revoked links (the revision moved on)', async () => {
    expect(await checkReviewLink(token, SECRET, revisionIs(4), NOW)).toMatchObject({ status: 410, reason: 'revoked' });
  });

  it('answers 410 when the article is gone and 503 when the CMS cannot say', async () => {
    expect(await checkReviewLink(token, SECRET, revisionIs(null), NOW)).toMatchObject({ status: 410, reason: 'gone' });
    const failing = async () => {
      throw new Error('ECONNREFUSED');
    };
    expect(await checkReviewLink(token, SECRET, failing, NOW)).toMatchObject({ status: 503 });
  });

  it('explains each refusal in words a reviewer understands', () => {
    expect(reviewRefusalPage('revoked')).toContain('withdrawn');
    expect(reviewRefusalPage('expired')).toContain('expired');
  });
});
