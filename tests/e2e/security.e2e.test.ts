import type { ChildProcess } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CmsApi } from './cms-api.cjs';
import { eventually } from './eventually.cjs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const servers = require('./servers.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchBrowser } = require('./browser.cjs');

jest.setTimeout(180_000);

// What an attacker probing the production servers meets: no open redirect, no 500 for a garbled
// address, a content security policy the pages live within, and a CMS that tells nothing about
// its internals.
const settings = servers.createCmsSettings();
let stack: { cms: ChildProcess; stop: () => Promise<void> };
let api: CmsApi;
let browser: Browser;

const ARTICLE = '/articles/tamsa-ceasefire-security-arrangements';
const web = (path: string, init: RequestInit = {}) =>
  fetch(`${servers.webUrl}${path}`, { redirect: 'manual', ...init });
const cms = (path: string, init: RequestInit = {}) => fetch(`${servers.cmsUrl}${path}`, init);

beforeAll(async () => {
  stack = await servers.startStack(settings);
  api = await CmsApi.connect(servers.cmsUrl, settings.adminEmail, settings.adminPassword);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A browser context in which any request to evil.test is answered locally, so landing there shows. */
async function contextWithEvilHost(): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route(
    (url) => url.hostname.endsWith('evil.test'),
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>evil</h1>' }),
  );
  return context;
}

describe('the preview routes never redirect off the site', () => {
  const TRICKS = [
    '/.//evil.test',
    '/..//evil.test',
    '/%2e%2e//evil.test',
    '/./\\evil.test',
    '/%2f%2fevil.test',
    '/%5cevil.test',
    '/\t/evil.test',
    '/.%2f/evil.test',
  ];
  const exit = (path: string) => `/api/preview/exit?${new URLSearchParams({ path })}`;
  const entry = (path: string) => `/api/preview?${new URLSearchParams({ secret: settings.previewSecret, path })}`;

  it.each(TRICKS)('leaving preview with path=%s lands on the site', async (path) => {
    const response = await web(exit(path));
    const location = response.headers.get('location');
    expect({ path, status: response.status }).toEqual({ path, status: 307 });
    expect({ path, lands: new URL(location!, servers.webUrl).origin }).toEqual({ path, lands: servers.webUrl });
  });

  it.each(TRICKS)('entering preview with path=%s is refused', async (path) => {
    const response = await web(entry(path));
    expect({ path, status: response.status, cookie: response.headers.get('set-cookie') }).toEqual({
      path,
      status: 400,
      cookie: null,
    });
  });

  it('keeps a browser that follows the exit link on the site', async () => {
    const context = await contextWithEvilHost();
    try {
      const tab = await context.newPage();
      for (const path of ['/.//evil.test', '/..//evil.test', '/%2e%2e//evil.test']) {
        await tab.goto(servers.webUrl + exit(path));
        expect({ path, landed: new URL(tab.url()).origin }).toEqual({ path, landed: servers.webUrl });
        expect(await tab.locator('h1').first().innerText()).not.toBe('evil');
      }
    } finally {
      await context.close();
    }
  });

  it('keeps an editor who follows a crafted Preview link on the site', async () => {
    const context = await contextWithEvilHost();
    try {
      const tab = await context.newPage();
      const response = await tab.goto(servers.webUrl + entry('/.//evil.test'));
      expect(new URL(tab.url()).origin).toBe(servers.webUrl);
      expect(response!.status()).toBe(400);
    } finally {
      await context.close();
    }
  });
});

describe('addresses with malformed percent escapes', () => {
  it.each([
    '/review/%',
    '/review/%E0%A4%A',
    '/articles/%ZZ',
    '/%ZZ',
    '/%',
    '/sections/%',
    '/authors/%E0',
    '/tags/%ZZ/page/2',
    '/page/%ZZ',
    '/sections/%ZZ/feed.xml',
    '/sitemaps/%ZZ',
    '/_next/static/%ZZ',
  ])('%s answers 400 with a short page, never a server error', async (path) => {
    const response = await web(path);
    expect({ path, status: response.status }).toEqual({ path, status: 400 });
    expect(await response.text()).toContain('This address is not valid');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('a garbled search query is searched for as typed', async () => {
    const response = await web('/search?q=%ZZ');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('No articles match “%ZZ”');
  });

  it('still serves well-formed escapes', async () => {
    expect((await web('/articles/caf%C3%A9')).status).toBe(404);
    expect((await web('/search?q=caf%C3%A9')).status).toBe(200);
  });
});

describe('security headers and the content security policy', () => {
  it('sends the policy and the fixed headers with every page', async () => {
    const response = await web(ARTICLE);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy')!;
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      `img-src 'self' data: ${servers.cmsUrl}`,
      "style-src 'self' 'unsafe-inline'",
      "font-src 'self'",
      `frame-ancestors 'self' ${servers.cmsUrl}`,
    ]) {
      expect(policy.split('; ')).toContain(directive);
    }
    expect(policy).not.toContain('google');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // The test site is plain http: asking for HSTS there would be wrong.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('keeps cached pages cached while adding the policy', async () => {
    await web(ARTICLE);
    const response = await web(ARTICLE);
    expect(response.headers.get('x-nextjs-cache')).toMatch(/HIT|STALE/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('sends the fixed headers with Next’s own files too', async () => {
    const html = await (await web(ARTICLE)).text();
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
    const response = await web(script);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  /** Opens `path` in a fresh tab; returns what the browser reported breaking the policies. */
  async function violationsOn(tab: Page, path: string): Promise<string[]> {
    const reported: string[] = [];
    tab.on('console', (message) => {
      if (/Content Security Policy|Permissions-Policy/i.test(message.text())) reported.push(message.text());
    });
    await tab.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const list = ((window as unknown as { __violations?: string[] }).__violations ??= []);
        list.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await tab.goto(servers.webUrl + path, { waitUntil: 'networkidle' });
    // Below the fold: lazy pictures and whatever else loads on scrolling.
    await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await tab.waitForTimeout(500);
    const inPage = await tab.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
    return [...inPage, ...reported];
  }

  it.each([ARTICLE, '/', '/sections/politics', '/search?q=ceasefire'])(
    'breaks nothing on %s in Chromium: no violation reported, the page hydrates',
    async (path) => {
      const context = await browser.newContext();
      try {
        const tab = await context.newPage();
        expect(await violationsOn(tab, path)).toEqual([]);
        // Next's client started (it sets window.next), so its inline bootstrap scripts ran.
        expect(
          await tab.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version),
        ).toBe('string');
      } finally {
        await context.close();
      }
    },
  );

  it('blocks a script from another host, as it is meant to', async () => {
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(servers.webUrl + ARTICLE, { waitUntil: 'networkidle' });
      const blocked = await tab.evaluate(
        () =>
          new Promise<string>((resolve) => {
            document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective));
            const script = document.createElement('script');
            script.src = 'https://scripts.evil.test/x.js';
            document.head.appendChild(script);
          }),
      );
      expect(blocked).toMatch(/^script-src/);
    } finally {
      await context.close();
    }
  });

  describe('when an editor sets a Google tag id in Site settings', () => {
    const MEASUREMENT_ID = 'G-SECURITY1';
    const policy = async () => (await web(ARTICLE)).headers.get('content-security-policy') ?? '';

    beforeAll(async () => {
      await api.updateSiteSettings({ analyticsMeasurementId: MEASUREMENT_ID });
    });

    afterAll(async () => {
      await api.updateSiteSettings({ analyticsMeasurementId: null });
    });

    it('allows the Google tag within seconds, and the tag loads without a violation once accepted', async () => {
      await eventually(async () => expect(await policy()).toContain('https://www.googletagmanager.com'));
      await eventually(async () => expect(await (await web(ARTICLE)).text()).toContain(MEASUREMENT_ID));
      const directives = (await policy()).split('; ');
      expect(directives.find((d) => d.startsWith('script-src'))).toBe(
        "script-src 'self' 'unsafe-inline' https://www.googletagmanager.com",
      );
      expect(directives.find((d) => d.startsWith('connect-src'))).toContain('https://*.google-analytics.com');

      const context = await browser.newContext();
      try {
        const tagRequests: string[] = [];
        await context.route('https://www.googletagmanager.com/**', (route) => {
          tagRequests.push(route.request().url());
          return route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* gtag stand-in */' });
        });
        const tab = await context.newPage();
        const violations = violationsOn(tab, ARTICLE);
        expect(await violations).toEqual([]);
        await tab.getByRole('button', { name: 'Accept analytics' }).click();
        await eventually(async () => expect(tagRequests).toHaveLength(1), 10_000);
        const afterConsent = await tab.evaluate(
          () => (window as unknown as { __violations?: string[] }).__violations ?? [],
        );
        expect(afterConsent).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('stops allowing it once the id is removed', async () => {
      await api.updateSiteSettings({ analyticsMeasurementId: null });
      await eventually(async () => expect(await policy()).not.toContain('google'));
    });
  });
});

describe('the CMS in production mode', () => {
  /** An answer that tells nothing about the server's insides: no stack, no file paths. */
  async function expectNothingInternal(response: Response) {
    const body = await response.text();
    expect(body).not.toMatch(/\/work\/|node_modules|\/app\/|\bat [\w.<>]+ \(|stacktrace/i);
    expect(response.headers.get('x-powered-by')).toBeNull();
    return body;
  }

  it.each([
    [
      'POST /graphql with broken JSON',
      () => cms('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }),
    ],
    [
      'POST /graphql with a syntax error',
      () =>
        cms('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ articles { title ' }),
        }),
    ],
    [
      'POST /graphql asking for an unknown field',
      () =>
        cms('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.readToken}` },
          body: JSON.stringify({ query: '{ articles { nope } }' }),
        }),
    ],
    [
      'GET /api/articles with an unknown filter operator',
      () => cms('/api/articles?filters[$foo]=1', { headers: { authorization: `Bearer ${settings.readToken}` } }),
    ],
    [
      'GET /api/articles with a page that is not a number',
      () => cms('/api/articles?pagination[page]=abc', { headers: { authorization: `Bearer ${settings.readToken}` } }),
    ],
    ['GET /api/articles without a token', () => cms('/api/articles?filters[$foo]=1')],
  ])('%s answers 4xx without a stack trace or a server path', async (_, send) => {
    const response = await send();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await expectNothingInternal(response);
  });

  it('sends no X-Powered-By header', async () => {
    for (const response of [await cms('/_health'), await cms('/api/articles'), await cms('/api/site-setting')]) {
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  // `landingPage: false` would still serve Apollo's production landing page (scripts from their CDN).
  it('serves no GraphQL landing page to a browser without a token', async () => {
    const response = await cms('/graphql', { headers: { accept: 'text/html' } });
    const body = await expectNothingInternal(response);
    expect(response.status).toBe(400);
    expect(body).not.toMatch(/<html|<script/i);
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('refuses introspection without a token', async () => {
    const response = await cms('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('"types"');
  });

  it('lets an editor log in to the admin over plain http (the session cookie is not Secure-only)', async () => {
    const response = await cms('/admin/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: settings.adminEmail, password: settings.adminPassword }),
    });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((cookie) => cookie.startsWith('strapi_admin_refresh='));
    expect(session).toBeDefined();
    expect(session).toMatch(/httponly/i);
    expect(session).not.toMatch(/;\s*secure/i);
  });
});
