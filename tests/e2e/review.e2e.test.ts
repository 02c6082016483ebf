import type { ChildProcess } from 'node:child_process';
import { signReviewToken } from '@newsroom/shared';
import { CmsApi } from './cms-api.cjs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const servers = require('./servers.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchBrowser } = require('./browser.cjs');

jest.setTimeout(180_000);

const settings = servers.createCmsSettings();
let stack: { cms: ChildProcess; stop: () => Promise<void> };
let api: CmsApi;
let draftId: string;

const DRAFT_SLUG = 'summit-draft-for-review';
const DRAFT_TITLE = 'What the water summit did not settle';
const PUBLISHED_SLUG = 'tamsa-ceasefire-security-arrangements';
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${servers.webUrl}${path}`, { redirect: 'manual', headers });
const previewUrl = (query: Record<string, string>) => `/api/preview?${new URLSearchParams(query)}`;

beforeAll(async () => {
  stack = await servers.startStack(settings);
  api = await CmsApi.connect(servers.cmsUrl, settings.adminEmail, settings.adminPassword);
  const author = await api.findAuthor('tomas-lindqvist');
  draftId = await api.createDraftArticle({
    title: DRAFT_TITLE,
    slug: DRAFT_SLUG,
    dek: 'Delegates agreed to meet again. Everything else is still open.',
    body: [
      { type: 'paragraph', children: [{ type: 'text', text: '“We bought time, not water,” one negotiator said.' }] },
    ],
    author: author.documentId,
  });
});

afterAll(async () => {
  await stack?.stop();
});

describe('the preview entry point (the admin’s Preview button)', () => {
  it.each([
    ['a wrong secret', { secret: 'not-the-preview-secret-at-all', path: `/articles/${DRAFT_SLUG}` }],
    ['no secret', { path: `/articles/${DRAFT_SLUG}` }],
  ])('answers 401 to %s and sets no cookie', async (_, query) => {
    const response = await get(previewUrl(query));
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toContain('no-store');
  });

  it.each([['https://evil.example/articles/x'], ['//evil.example'], ['/\\evil.example']])(
    'refuses to redirect to %s',
    async (path) => {
      const response = await get(previewUrl({ secret: settings.previewSecret, path }));
      expect(response.status).toBe(400);
      expect(response.headers.get('set-cookie')).toBeNull();
    },
  );

  it('enters draft mode and shows the draft with a banner, uncached and not indexed', async () => {
    const entry = await get(previewUrl({ secret: settings.previewSecret, path: `/articles/${DRAFT_SLUG}` }));
    expect(entry.status).toBe(307);
    expect(entry.headers.get('location')).toBe(`/articles/${DRAFT_SLUG}`);
    const cookie = entry.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/__prerender_bypass=/);
    expect(cookie).toMatch(/SameSite=None/i);
    expect(cookie).toMatch(/Secure/i);

    const page = await get(`/articles/${DRAFT_SLUG}`, { cookie: cookie.split(';')[0]! });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(DRAFT_TITLE);
    expect(html).toContain('Preview — not published');
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(page.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('keeps serving readers the cached published page meanwhile, and the draft stays a 404 for them', async () => {
    await get(`/articles/${PUBLISHED_SLUG}`);
    const reader = await get(`/articles/${PUBLISHED_SLUG}`);
    expect(reader.headers.get('x-nextjs-cache')).toBe('HIT');
    expect((await get(`/articles/${DRAFT_SLUG}`)).status).toBe(404);
  });

  it('lets only this site and the Strapi admin frame the pages', async () => {
    const response = await get(`/articles/${PUBLISHED_SLUG}`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy.split('; ')).toContain(`frame-ancestors 'self' ${servers.cmsUrl}`);
  });
});

describe('review links', () => {
  let link: string;

  beforeAll(async () => {
    link = (await api.createReviewLink(draftId, 7)).url;
  });

  it('open the one draft for anyone holding the link, with a banner, no cookie and no caching', async () => {
    const response = await get(new URL(link).pathname);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(DRAFT_TITLE);
    expect(html).toContain('Review copy — not published');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('answer 401 when tampered with or malformed', async () => {
    const path = new URL(link).pathname;
    const tampered = path.slice(0, -3) + (path.endsWith('AAA') ? 'BBB' : 'AAA');
    for (const bad of [tampered, '/review/not-a-token', '/review/r1.e30.x']) {
      const response = await get(bad);
      expect({ bad, status: response.status, cookie: response.headers.get('set-cookie') }).toEqual({
        bad,
        status: 401,
        cookie: null,
      });
      expect(await response.text()).toContain('This review link is not valid');
    }
  });

  it('answer 410 once expired', async () => {
    const expired = signReviewToken(
      { documentId: draftId, expiresAt: Math.floor(Date.now() / 1000) - 60, revision: 0 },
      settings.reviewLinkSecret,
    );
    const response = await get(`/review/${expired}`);
    expect(response.status).toBe(410);
    expect(await response.text()).toContain('expired');
  });

  it('open in a real browser, grant nothing else, and stop working once revoked', async () => {
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.goto(link);
      await tab.getByText('Review copy — not published').waitFor();
      expect(await tab.locator('h1').innerText()).toBe(DRAFT_TITLE);
      // The link grants this document only: the draft's public URL is still a 404 in the same browser.
      const direct = await tab.goto(`${servers.webUrl}/articles/${DRAFT_SLUG}`);
      expect(direct?.status()).toBe(404);
      expect(await tab.context().cookies()).toEqual([]);

      await api.revokeReviewLinks(draftId);
      const revoked = await tab.goto(link);
      expect(revoked?.status()).toBe(410);
      await tab.getByText('This review link was withdrawn').waitFor();
    } finally {
      await browser.close();
    }
  });
});

describe('the CMS in production', () => {
  it('does not answer GraphQL introspection', async () => {
    const response = await fetch(`${servers.cmsUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.readToken}` },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
