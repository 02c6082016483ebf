import { verifyReviewToken } from '@newsroom/shared';
import { READY_TO_PUBLISH, startCms, type BootedCms } from './helpers';

const EMAIL = 'review.editor@newsroom.test';
const PASSWORD = 'Review-Passw0rd-for-ci';
let cms: BootedCms;
let jwt: string;
let documentId: string;

beforeAll(async () => {
  process.env.ADMIN_EMAIL = EMAIL;
  process.env.ADMIN_PASSWORD = PASSWORD;
  cms = await startCms();
  const login = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  jwt = ((await login.json()) as { data: { token: string } }).data.token;
  const draft = await cms.strapi
    .documents('api::article.article')
    .create({ data: { title: 'For review', slug: 'for-review', ...READY_TO_PUBLISH } });
  documentId = draft.documentId;
}, 120_000);

afterAll(async () => {
  delete process.env.ADMIN_EMAIL;
  delete process.env.ADMIN_PASSWORD;
  await cms?.stop();
});

const post = (path: string, body: unknown, token: string | null = jwt) =>
  fetch(`${cms.url}/newsroom/articles/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

it('gives an editor a signed link to the draft that expires when asked', async () => {
  const response = await post(`${documentId}/review-links`, { days: 3 });
  expect(response.status).toBe(200);
  const { url, expiresAt } = (await response.json()) as { url: string; expiresAt: string };
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:3999\/review\/r1\./);
  const check = verifyReviewToken(url.split('/review/')[1], process.env.REVIEW_LINK_SECRET!);
  expect(check).toMatchObject({ ok: true, grant: { documentId, revision: 0 } });
  const days = (Date.parse(expiresAt) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(2.99);
  expect(days).toBeLessThanOrEqual(3);
});

it('revokes every earlier link by moving the article’s review revision on, on the draft row only', async () => {
  const response = await post(`${documentId}/review-links/revoke`, {});
  expect(await response.json()).toEqual({ revision: 1 });
  const rows = await cms.strapi.db
    .query('api::article.article')
    .findMany({ where: { documentId }, select: ['reviewRevision', 'publishedAt'] });
  expect(
    rows
      .filter((row: { publishedAt: unknown }) => !row.publishedAt)
      .map((row: { reviewRevision: number }) => row.reviewRevision),
  ).toEqual([1]);
  const fresh = (await (await post(`${documentId}/review-links`, {})).json()) as { url: string };
  expect(verifyReviewToken(fresh.url.split('/review/')[1], process.env.REVIEW_LINK_SECRET!)).toMatchObject({
    grant: { revision: 1 },
  });
});

it('refuses anyone not logged into the admin, bad expiries and unknown articles', async () => {
  expect((await post(`${documentId}/review-links`, {}, null)).status).toBe(401);
  expect((await post(`${documentId}/review-links`, {}, cms.readToken)).status).toBe(401);
  expect((await post(`${documentId}/review-links`, { days: 365 })).status).toBe(400);
  expect((await post(`${documentId}/review-links`, { days: 30 })).status).toBe(200);
  for (const days of [31, 90, 0, 1.5, '7', [7], true, null]) {
    const refused = await post(`${documentId}/review-links`, { days });
    expect({ days, status: refused.status }).toEqual({ days, status: 400 });
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/from 1 to 30/);
  }
  expect((await post('nosucharticle000000000000/review-links', {})).status).toBe(404);
});

it('ends every review link when the article is published; links made afterwards open', async () => {
  const before = (await (await post(`${documentId}/review-links`, {})).json()) as { url: string };
  const revisionBefore = verifyReviewToken(before.url.split('/review/')[1], process.env.REVIEW_LINK_SECRET!);
  await cms.strapi.documents('api::article.article').publish({ documentId });
  const rows = await cms.strapi.db
    .query('api::article.article')
    .findMany({ where: { documentId }, select: ['reviewRevision', 'publishedAt'] });
  expect(rows).toHaveLength(2);
  const draftRow = rows.find((row: { publishedAt: unknown }) => !row.publishedAt);
  const publishedRow = rows.find((row: { publishedAt: unknown }) => row.publishedAt);
  expect(revisionBefore.ok && draftRow.reviewRevision === revisionBefore.grant.revision + 1).toBe(true);
  // Readers see the published row: it never tells how often links were shared or revoked.
  expect(publishedRow.reviewRevision).toBe(0);
});

it('hides the revision counter from the edit form', async () => {
  const response = await fetch(`${cms.url}/content-manager/content-types/api::article.article/configuration`, {
    headers: { authorization: `Bearer ${jwt}` },
  });
  const { data } = (await response.json()) as { data: { contentType: { layouts: { edit: { name: string }[][] } } } };
  const fields = data.contentType.layouts.edit.flat().map((field) => field.name);
  expect(fields).toContain('title');
  expect(fields).not.toContain('reviewRevision');
});
