import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { CmsApi } from './cms-api.cjs';
import { eventually } from './eventually.cjs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const servers = require('./servers.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startVarnish } = require('./varnish.cjs');

jest.setTimeout(180_000);

// Debian's Varnish with deploy/varnish/newsroom.vcl in front of the production website, as compose
// runs it. The CMS notifies the website; the website purges the proxy by cache tag.
const settings = servers.createCmsSettings();
const PROXY_PORT = Number(process.env.E2E_PROXY_PORT || 46081);
const purgeSecret = randomBytes(24).toString('base64url');
const SLUG = 'tamsa-ceasefire-security-arrangements';

let cms: ChildProcess | undefined;
let web: ChildProcess | undefined;
let proxy:
  | { url: string; stop: () => Promise<void>; recentOutput: () => string; backendHealthy: () => Promise<void> }
  | undefined;
let api: CmsApi;

const viaProxy = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(proxy!.url + path, { redirect: 'manual', headers, method });
const titleOf = (html: string) => /<h1 class="article__title">([^<]*)<\/h1>/.exec(html)?.[1];
const documentIdOf = async (slug: string): Promise<string> => {
  const found = await fetch(`${servers.cmsUrl}/api/articles?filters[slug][$eq]=${slug}`, {
    headers: { authorization: `Bearer ${settings.readToken}` },
  });
  return ((await found.json()) as { data: { documentId: string }[] }).data[0]!.documentId;
};

beforeAll(async () => {
  cms = await servers.startCms(settings);
  proxy = await startVarnish({ port: PROXY_PORT, backendPort: servers.WEB_PORT, purgeSecret });
  web = await servers.startWeb(settings, {
    env: { PROXY_PURGE_URLS: proxy!.url, PROXY_PURGE_SECRET: purgeSecret },
  });
  await proxy!.backendHealthy();
  api = await CmsApi.connect(servers.cmsUrl, settings.adminEmail, settings.adminPassword);
});

afterAll(async () => {
  await servers.stop(web);
  await servers.stop(cms);
  await proxy?.stop();
});

describe('the caching proxy in front of the website', () => {
  it('serves a published article page from its cache, the same page the website rendered', async () => {
    const first = await viaProxy(`/articles/${SLUG}`);
    expect(first.status).toBe(200);
    const firstHtml = await first.text();
    const second = await viaProxy(`/articles/${SLUG}`);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(await second.text()).toBe(firstHtml);
    expect(titleOf(firstHtml)).toBeTruthy();
    // The cache tags are for caches: readers never see them.
    expect(second.headers.get('xkey')).toBeNull();
    expect(second.headers.get('surrogate-key')).toBeNull();
    // The security headers the website sends travel with the cached copy.
    expect(second.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('keeps one copy for every reader, whatever their cookies or tracking parameters', async () => {
    await viaProxy('/');
    const withConsent = await viaProxy('/', { cookie: 'newsroom-consent=analytics; other=1' });
    expect(withConsent.headers.get('x-cache')).toBe('HIT');
    const tracked = await viaProxy('/?utm_source=newsletter&utm_medium=email');
    expect(tracked.headers.get('x-cache')).toBe('HIT');
  });

  it('shows a publish on the next request: the website purges what it revalidated', async () => {
    const path = `/articles/${SLUG}`;
    await viaProxy(path);
    await viaProxy('/');
    expect((await viaProxy(path)).headers.get('x-cache')).toBe('HIT');
    expect((await viaProxy('/')).headers.get('x-cache')).toBe('HIT');

    const headline = `Ceasefire monitors ask for a second season, ${Date.now().toString(36)}`;
    await api.updateAndPublishArticle(await documentIdOf(SLUG), { title: headline });

    await eventually(async () => {
      const page = await viaProxy(path);
      expect(titleOf(await page.text())).toBe(headline);
    }, 5000);
    await eventually(async () => {
      expect(await (await viaProxy('/')).text()).toContain(headline);
    }, 5000);
    // And it is cached again straight away.
    expect((await viaProxy(path)).headers.get('x-cache')).toBe('HIT');
  });

  it('refuses a purge without the shared secret, and keeps the pages', async () => {
    await viaProxy('/');
    const tags = { 'xkey-purge': 'collection:article collection:site-setting' };
    const refused = await viaProxy('/', tags, 'PURGE');
    expect(refused.status).toBe(403);
    const wrong = await viaProxy('/', { ...tags, 'x-purge-secret': `${purgeSecret}x` }, 'PURGE');
    expect(wrong.status).toBe(403);
    expect((await viaProxy('/')).headers.get('x-cache')).toBe('HIT');
    // Positive control: with the secret the same request purges.
    const purged = await viaProxy('/', { ...tags, 'x-purge-secret': purgeSecret }, 'PURGE');
    expect(purged.status).toBe(200);
    expect((await viaProxy('/')).headers.get('x-cache')).toBe('MISS');
  });

  it('never stores a preview: the editor sees the draft, readers the published page', async () => {
    const documentId = await documentIdOf(SLUG);
    const published = titleOf(await (await viaProxy(`/articles/${SLUG}`)).text());
    const draftHeadline = `Draft only: monitors’ report delayed ${Date.now().toString(36)}`;
    await api.updateArticle(documentId, { title: draftHeadline });

    const entry = await viaProxy(
      `/api/preview?${new URLSearchParams({ secret: settings.previewSecret, path: `/articles/${SLUG}` })}`,
    );
    expect(entry.status).toBe(307);
    const cookie = entry.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(cookie).toMatch(/__prerender_bypass=/);

    for (let i = 0; i < 2; i += 1) {
      const preview = await viaProxy(`/articles/${SLUG}`, { cookie });
      expect(preview.headers.get('x-cache')).toBe('PASS');
      expect(titleOf(await preview.text())).toBe(draftHeadline);
    }
    const reader = await viaProxy(`/articles/${SLUG}`);
    expect(titleOf(await reader.text())).toBe(published);
  });

  it('never stores a review link, so a revoked link stops at once', async () => {
    const author = await api.findAuthor('amara-okafor');
    const draftId = await api.createDraftArticle({
      title: 'A draft for the proxy’s reviewers',
      slug: 'proxy-review-draft',
      dek: 'Only reviewers with the link read this.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: '“Not yet,” the desk said.' }] }],
      author: author.documentId,
    });
    const link = new URL((await api.createReviewLink(draftId, 7)).url);
    for (let i = 0; i < 2; i += 1) {
      const review = await viaProxy(link.pathname);
      expect(review.status).toBe(200);
      expect(review.headers.get('x-cache')).toBe('PASS');
      expect(await review.text()).toContain('A draft for the proxy’s reviewers');
    }
    await api.revokeReviewLinks(draftId);
    expect((await viaProxy(link.pathname)).status).toBe(410);
    // Nor does the draft appear at its article address.
    expect((await viaProxy('/articles/proxy-review-draft')).status).toBe(404);
  });

  it('never stores a search with a query, or an error', async () => {
    for (let i = 0; i < 2; i += 1) {
      const search = await viaProxy('/search?q=ceasefire');
      expect(search.status).toBe(200);
      expect(search.headers.get('x-cache')).toBe('PASS');
    }
    const missing = '/articles/a-slug-nobody-published';
    for (let i = 0; i < 2; i += 1) {
      const notFound = await viaProxy(missing);
      expect(notFound.status).toBe(404);
      expect(notFound.headers.get('x-cache')).toBe('MISS');
    }
  });

  it('keeps serving the pages it holds while the website is down', async () => {
    const pages = [`/articles/${SLUG}`, '/'];
    const before = new Map<string, string>();
    for (const page of pages) before.set(page, await (await viaProxy(page)).text());

    await servers.stop(web);
    web = undefined;
    for (const page of pages) {
      const response = await viaProxy(page);
      expect({ page, status: response.status }).toEqual({ page, status: 200 });
      expect(await response.text()).toBe(before.get(page));
    }
    // A page it never held: a plain "temporarily unavailable" page, not Varnish's own.
    const uncached = await viaProxy('/articles/never-requested-before');
    expect(uncached.status).toBe(503);
    expect(await uncached.text()).toContain('Temporarily unavailable');
  });
});
