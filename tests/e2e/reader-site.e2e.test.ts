import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CmsApi } from './cms-api.cjs';
import { eventually } from './eventually.cjs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const servers = require('./servers.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchBrowser } = require('./browser.cjs');

jest.setTimeout(180_000);

const settings = servers.createCmsSettings();
let stack: { cms: ChildProcess; stop: () => Promise<void> };
let api: CmsApi;
let browser: Browser;

const DRAFT_SLUG = 'serin-summit-aravel-basin-water-energy-diplomacy';
const get = (path: string) => fetch(`${servers.webUrl}${path}`, { redirect: 'manual' });
const html = async (path: string) => {
  const response = await get(path);
  expect(response.status).toBe(200);
  return response.text();
};
/** Slugs of the article cards in a piece of markup, in order. */
const cardSlugs = (markup: string) =>
  [...markup.matchAll(/class="article-card__title"><a href="\/articles\/([a-z0-9-]+)"/g)].map((match) => match[1]);

beforeAll(async () => {
  stack = await servers.startStack(settings);
  api = await CmsApi.connect(servers.cmsUrl, settings.adminEmail, settings.adminPassword);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('search', () => {
  it('finds published articles by a word of the headline', async () => {
    const page = await html('/search?q=ceasefire');
    expect(cardSlugs(page)).toContain('tamsa-ceasefire-security-arrangements');
    expect(page).toMatch(/\d+ articles? match/);
  });

  it('finds an article by a word that appears only in its body', async () => {
    const page = await html('/search?q=polytechnic');
    expect(cardSlugs(page)).toEqual(['harrow-valley-coal-closure-grid-jobs']);
    // The card shows where: the words around the match, the match marked.
    expect(page.replace(/<!-- -->/g, '')).toMatch(/<p class="search-excerpt">[^<]*Calder <mark>Polytechnic<\/mark>/);
  });

  it('requires every word, in any order and case', async () => {
    expect(cardSlugs(await html('/search?q=POLYTECHNIC%20ceasefire'))).toEqual([]);
    expect(cardSlugs(await html('/search?q=compact%20Polytechnic'))).toEqual(['harrow-valley-coal-closure-grid-jobs']);
  });

  it('never shows a draft', async () => {
    // "Aravel" appears only in the seeded draft.
    const page = await html('/search?q=aravel');
    expect(page).toContain('No articles match “aravel”');
    expect(page).not.toContain(DRAFT_SLUG);
  });

  it.each([
    ['an empty query', '/search?q='],
    ['no query at all', '/search'],
    ['only punctuation', `/search?q=${encodeURIComponent('%_*"')}`],
    ['markup', `/search?q=${encodeURIComponent('<script>alert(1)</script>')}`],
    ['a very long query', `/search?q=${'ceasefire%20'.repeat(800)}`],
    ['repeated parameters', '/search?q=water&q=coal&page=2&page=x'],
    ['a page past the end', '/search?q=water&page=99'],
    ['a malformed page', '/search?q=water&page=-3'],
  ])('answers %s with a page, never an error', async (_, path) => {
    const page = await html(path);
    expect(page).toContain('<h1 class="listing__title">Search</h1>');
    expect(page).not.toContain('<script>alert(1)</script>');
  });

  it('echoes a long query trimmed to 100 characters', async () => {
    const page = await html(`/search?q=${'ceasefire%20'.repeat(800)}`);
    const echoed = /value="([^"]*)"/.exec(page)?.[1] ?? '';
    expect(echoed.length).toBeGreaterThan(0);
    expect(echoed.length).toBeLessThanOrEqual(100);
  });

  it('pages through results with real page numbers', async () => {
    // 12 results a page: four demo articles have the word water, so publish ten more. (Search
    // matches words, so "Tidewater" alone would not be found.)
    const author = await api.findAuthor('priya-raman');
    for (let i = 1; i <= 10; i += 1) {
      await api.publishArticle({
        title: `Tide and water ledger, entry ${i}`,
        slug: `tidewater-ledger-entry-${i}`,
        dek: 'A running record of harbour levels.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: `Tide and water reading number ${i}.` }] }],
        author: author.documentId,
      });
    }
    // Search results are cached for a minute at most, and expired at once when an article changes.
    await eventually(async () => expect(await html('/search?q=water')).toContain('(page 1 of 2)'));
    const first = await html('/search?q=water');
    expect(first).toContain('rel="next" href="/search?q=water&amp;page=2"');
    const second = await html('/search?q=water&page=2');
    expect(second).toContain('rel="prev" href="/search?q=water"');
    expect(cardSlugs(second).length).toBeGreaterThan(0);
    expect(cardSlugs(second).filter((slug) => cardSlugs(first).includes(slug))).toEqual([]);
  });

  it('is not cached for long by browsers or shared caches', async () => {
    const response = await get('/search?q=water');
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/s-maxage=\d{4,}|immutable/);
    const meta = await response.text();
    expect(meta).toMatch(/<meta name="robots" content="noindex, follow"/);
  });
});

describe('an article page', () => {
  const SLUG = 'upper-dravia-election-coalition-arithmetic';

  it('links to related articles: shared tags first, never itself or a draft', async () => {
    const page = await html(`/articles/${SLUG}`);
    const related = page.slice(page.indexOf('id="related-heading"'));
    const slugs = cardSlugs(related);
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs.length).toBeLessThanOrEqual(3);
    // It is tagged Elections and Water: the Water article comes first.
    expect(slugs[0]).toBe('port-castellan-saltwater-water-crisis');
    expect(slugs).not.toContain(SLUG);
    expect(slugs).not.toContain(DRAFT_SLUG);
  });

  it('links to the previous and next articles in its section', async () => {
    const newer = await html(`/articles/${SLUG}`);
    expect(newer).toMatch(
      /rel="prev"[^>]*href="\/articles\/tamsa-ceasefire-security-arrangements"|href="\/articles\/tamsa-ceasefire-security-arrangements"[^>]*rel="prev"/,
    );
    expect(newer).toContain('Previous in Politics');
    const older = await html('/articles/tamsa-ceasefire-security-arrangements');
    expect(older).toContain('Next in Politics');
    expect(older).toMatch(
      /href="\/articles\/upper-dravia-election-coalition-arithmetic"[^>]*rel="next"|rel="next"[^>]*href="\/articles\/upper-dravia-election-coalition-arithmetic"/,
    );
  });

  it('offers share links carrying the article’s address', async () => {
    const page = await html(`/articles/${SLUG}`);
    const address = encodeURIComponent(`${servers.webUrl}/articles/${SLUG}`);
    expect(page).toContain(`https://www.facebook.com/sharer/sharer.php?u=${address}`);
    expect(page).toContain(`mailto:?subject=`);
    expect(page).toContain('Share this article');
  });

  it('names the publisher with its logo in the NewsArticle JSON-LD', async () => {
    const page = await html(`/articles/${SLUG}`);
    const [article] = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]);
    expect(article.publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      logo: { '@type': 'ImageObject', url: expect.stringContaining('/uploads/') },
    });
  });

  it('copies its link with the share button in a browser without a share sheet', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const tab = await context.newPage();
      await tab.goto(`${servers.webUrl}/articles/${SLUG}`);
      await tab.evaluate(() => {
        // Desktop Chromium on Linux has no share sheet; make sure of it.
        Object.defineProperty(navigator, 'share', { value: undefined });
      });
      await tab.getByRole('button', { name: 'Share' }).click();
      await tab.getByText('Link copied').waitFor();
      expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(`${servers.webUrl}/articles/${SLUG}`);
    } finally {
      await context.close();
    }
  });
});

describe('the front page and navigation', () => {
  it('has a block per section and links every section from the header', async () => {
    const page = await html('/');
    for (const section of ['politics', 'economy', 'climate']) {
      expect(page).toContain(`id="section-${section}"`);
      expect(page).toContain(`href="/sections/${section}"`);
    }
    expect(page).toContain('action="/search"');
  });

  it('describes listing pages for social cards', async () => {
    const page = await html('/sections/politics');
    expect(page).toContain('<meta property="og:title" content="Politics — ');
    expect(page).toContain(`<meta property="og:url" content="${servers.webUrl}/sections/politics"`);
    expect(page).toContain('<link rel="canonical" href="');
    const author = await html('/authors/amara-okafor');
    expect(author).toContain('<meta property="og:type" content="profile"');
    expect(author).toMatch(/<meta property="og:image" content="[^"]*\/uploads\//);
  });

  it('lists section, author and tag pages in the pages sitemap', async () => {
    const xml = await html('/sitemaps/pages-1.xml');
    const urls = [new XMLParser().parse(xml).urlset.url].flat().map((url: { loc: string }) => url.loc);
    expect(urls).toEqual(
      expect.arrayContaining([
        `${servers.webUrl}/`,
        `${servers.webUrl}/sections/politics`,
        `${servers.webUrl}/authors/amara-okafor`,
        `${servers.webUrl}/tags/security`,
      ]),
    );
  });
});

describe('analytics', () => {
  const MEASUREMENT_ID = 'G-NEWSROOM1';
  const ARTICLE = '/articles/tamsa-ceasefire-security-arrangements';

  /** A browser tab that records (and answers locally) every request for the Google tag. */
  async function tabWatchingGoogle(context: BrowserContext): Promise<{ tab: Page; tagRequests: string[] }> {
    const tagRequests: string[] = [];
    await context.route('https://www.googletagmanager.com/**', (route) => {
      tagRequests.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* gtag stand-in */' });
    });
    return { tab: await context.newPage(), tagRequests };
  }

  it('loads nothing and shows no banner while no measurement id is configured', async () => {
    const context = await browser.newContext();
    try {
      const { tab, tagRequests } = await tabWatchingGoogle(context);
      await tab.goto(servers.webUrl + ARTICLE, { waitUntil: 'networkidle' });
      expect(await tab.getByRole('region', { name: 'May we count your visit?' }).count()).toBe(0);
      expect(tagRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  describe('with a measurement id in Site settings', () => {
    beforeAll(async () => {
      await api.updateSiteSettings({ analyticsMeasurementId: MEASUREMENT_ID });
      await eventually(async () => expect(await html(ARTICLE)).toContain(MEASUREMENT_ID));
      // The security policy follows Site settings within seconds (proxy.ts re-reads them).
      await eventually(async () =>
        expect((await get(ARTICLE)).headers.get('content-security-policy')).toContain(
          'https://www.googletagmanager.com',
        ),
      );
    });

    it('asks first, and loads the Google tag only after the reader accepts, with consent denied by default', async () => {
      const context = await browser.newContext();
      try {
        const { tab, tagRequests } = await tabWatchingGoogle(context);
        await tab.goto(servers.webUrl + ARTICLE, { waitUntil: 'networkidle' });
        const banner = tab.getByRole('region', { name: 'May we count your visit?' });
        await banner.waitFor();
        await tab.waitForTimeout(500);
        expect(tagRequests).toEqual([]);

        await banner.getByRole('button', { name: 'Accept analytics' }).click();
        await eventually(async () => expect(tagRequests).toHaveLength(1), 10_000);
        expect(tagRequests[0]).toBe(`https://www.googletagmanager.com/gtag/js?id=${MEASUREMENT_ID}`);
        const commands = await tab.evaluate(() =>
          (window.dataLayer as IArguments[]).map((args) => Array.from(args).slice(0, 2)),
        );
        expect(commands[0]).toEqual(['consent', 'default']);
        const defaults = await tab.evaluate(() => (window.dataLayer as IArguments[])[0][2]);
        expect(defaults).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
        expect(commands).toContainEqual(['config', MEASUREMENT_ID]);
        expect(await banner.count()).toBe(0);

        // The choice is remembered: the next page loads the tag without asking again.
        await tab.goto(`${servers.webUrl}/sections/politics`, { waitUntil: 'networkidle' });
        expect(await tab.getByRole('region', { name: 'May we count your visit?' }).count()).toBe(0);
        await eventually(async () => expect(tagRequests).toHaveLength(2), 10_000);

        // Changing one's mind switches the tag off and removes its cookies.
        await tab.evaluate(() => {
          document.cookie = '_ga=GA1.1.123.456; path=/';
        });
        await tab.getByRole('button', { name: 'Analytics choices' }).click();
        await tab
          .getByRole('region', { name: 'May we count your visit?' })
          .getByRole('button', { name: 'Decline' })
          .click();
        expect(
          await tab.evaluate(
            (id) => (window as unknown as Record<string, unknown>)[`ga-disable-${id}`],
            MEASUREMENT_ID,
          ),
        ).toBe(true);
        expect(await tab.evaluate(() => document.cookie)).not.toContain('_ga=');
      } finally {
        await context.close();
      }
    });

    it('loads nothing when the reader declines, now or on later pages', async () => {
      const context = await browser.newContext();
      try {
        const { tab, tagRequests } = await tabWatchingGoogle(context);
        await tab.goto(servers.webUrl + ARTICLE, { waitUntil: 'networkidle' });
        await tab.getByRole('button', { name: 'Decline' }).click();
        await tab.goto(`${servers.webUrl}/`, { waitUntil: 'networkidle' });
        await tab.waitForTimeout(500);
        expect(tagRequests).toEqual([]);
        expect(await tab.getByRole('button', { name: 'Analytics choices' }).count()).toBe(1);
      } finally {
        await context.close();
      }
    });

    it('never asks or loads on an editor’s preview', async () => {
      const context = await browser.newContext();
      try {
        const { tab, tagRequests } = await tabWatchingGoogle(context);
        const query = new URLSearchParams({ secret: settings.previewSecret, path: ARTICLE });
        await tab.goto(`${servers.webUrl}/api/preview?${query}`, { waitUntil: 'networkidle' });
        await tab.getByText('Preview — not published').waitFor();
        expect(await tab.getByRole('region', { name: 'May we count your visit?' }).count()).toBe(0);
        await tab.waitForTimeout(500);
        expect(tagRequests).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});

describe('accessibility and layout in a real browser', () => {
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const pages = [
    ['home', '/'],
    ['article', '/articles/tamsa-ceasefire-security-arrangements'],
    ['author', '/authors/amara-okafor'],
    ['section', '/sections/politics'],
    ['search', '/search?q=water'],
    ['empty search', '/search'],
    ['tag', '/tags/security'],
    ['not found', '/articles/no-such-article'],
  ];

  type Violation = { id: string; impact: string; nodes: { target: string[] }[] };

  async function axeViolations(tab: Page): Promise<string[]> {
    await tab.addScriptTag({ content: axeSource });
    const violations: Violation[] = await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } })
        .axe;
      return (await axe.run(document)).violations;
    });
    return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('catches a violation when there is one (the check itself works)', async () => {
    const tab = await browser.newPage();
    try {
      await tab.setContent('<!doctype html><html lang="en"><title>x</title><main><img src="data:,"></main></html>');
      expect((await axeViolations(tab)).join()).toContain('image-alt');
    } finally {
      await tab.close();
    }
  });

  it.each(pages)('axe-core finds no violations on the %s page, light and dark', async (_, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      try {
        const tab = await context.newPage();
        await tab.goto(servers.webUrl + path, { waitUntil: 'networkidle' });
        expect({ colorScheme, violations: await axeViolations(tab) }).toEqual({ colorScheme, violations: [] });
      } finally {
        await context.close();
      }
    }
  });

  it.each(pages)('the %s page fits a 320 px wide phone without sideways scrolling', async (_, path) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    try {
      const tab = await context.newPage();
      await tab.goto(servers.webUrl + path, { waitUntil: 'networkidle' });
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await context.close();
    }
  });

  it('lets a keyboard reader skip straight to the content', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(`${servers.webUrl}/articles/tamsa-ceasefire-security-arrangements`);
      await tab.keyboard.press('Tab');
      const skip = tab.getByRole('link', { name: 'Skip to content' });
      expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
      await tab.keyboard.press('Enter');
      // The address changes with the jump; Playwright hears of it a moment later.
      await tab.waitForURL(/#main$/, { timeout: 5000 });
      expect(tab.url()).toMatch(/#main$/);
    } finally {
      await tab.close();
    }
  });
});
