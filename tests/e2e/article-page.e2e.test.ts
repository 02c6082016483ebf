import type { ChildProcess } from 'node:child_process';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { CmsApi } from './cms-api.cjs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const servers = require('./servers.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchBrowser } = require('./browser.cjs');

jest.setTimeout(180_000);

const settings = servers.createCmsSettings();
let stack: { cms: ChildProcess; stop: () => Promise<void> };
let api: CmsApi;

const SLUG = 'ceasefire-monitors-count-the-rifles';
const page = (path: string) => fetch(`${servers.webUrl}${path}`, { redirect: 'manual' });

beforeAll(async () => {
  stack = await servers.startStack(settings);
  api = await CmsApi.connect(servers.cmsUrl, settings.adminEmail, settings.adminPassword);
});

afterAll(async () => {
  await stack?.stop();
});

describe('an article published through Strapi’s API', () => {
  let html: string;

  beforeAll(async () => {
    const author = await api.findAuthor('amara-okafor');
    const picture = await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#3a5a40' } })
      .jpeg()
      .toBuffer();
    const heroImage = await api.uploadImage(picture, 'rifles.jpg', 'Rifles laid out on a table at a collection point');
    await api.publishArticle({
      title: 'Ceasefire monitors count the rifles, and the rifles that are missing',
      slug: SLUG,
      dek: 'Handing in weapons was the easy part. Knowing what was never handed in is harder.',
      body: [
        {
          type: 'paragraph',
          children: [{ type: 'text', text: '“Every serial number tells a story,” said a monitor.' }],
        },
      ],
      heroImage,
      heroCaption: 'Militants who surrendered to security forces, Nov, 2019',
      imageSource: 'AFP',
      publicationDate: '2021-12-01',
      author: author.documentId,
    });
    const response = await page(`/articles/${SLUG}`);
    expect(response.status).toBe(200);
    html = await response.text();
  });

  it.each([
    ['headline', 'Ceasefire monitors count the rifles, and the rifles that are missing'],
    ['dek', 'Handing in weapons was the easy part. Knowing what was never handed in is harder.'],
    ['date', 'December 1, 2021'],
    ['caption', 'Militants who surrendered to security forces, Nov, 2019'],
    ['credit', 'IMAGE SOURCE: AFP'],
    ['author name', 'Amara Okafor'],
    ['author role', 'Senior Editor'],
    ['quoted body text', '“Every serial number tells a story,” said a monitor.'],
  ])('shows the %s', (_, text) => {
    expect(html).toContain(text);
  });

  it('is served from the ISR cache on the next request', async () => {
    const response = await page(`/articles/${SLUG}`);
    expect(response.headers.get('x-nextjs-cache')).toMatch(/HIT|STALE/);
  });

  it('appears on the front page', async () => {
    expect(await (await page('/')).text()).toContain('Ceasefire monitors count the rifles');
  });

  it('renders in a real browser with the hero picture loaded through the image optimizer', async () => {
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const errors: string[] = [];
      tab.on('pageerror', (error: Error) => errors.push(error.message));
      await tab.goto(`${servers.webUrl}/articles/${SLUG}`, { waitUntil: 'networkidle' });
      expect(await tab.locator('h1').innerText()).toBe(
        'Ceasefire monitors count the rifles, and the rifles that are missing',
      );
      const hero = tab.locator('figure img');
      expect(await hero.getAttribute('alt')).toBe('Rifles laid out on a table at a collection point');
      expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect(await hero.getAttribute('src')).toContain('/_next/image');
      await expect(tab.locator('figcaption').innerText()).resolves.toContain('IMAGE SOURCE: AFP');
      // Nothing overflows sideways on a phone.
      expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('pages that do not exist', () => {
  it('answers 404 for a draft’s slug, so drafts never leak', async () => {
    // One of the seeded demo articles is an unpublished draft.
    expect((await page('/articles/serin-summit-aravel-basin-water-energy-diplomacy')).status).toBe(404);
  });

  it.each([
    ['an unknown slug', '/articles/no-such-article'],
    ['a slug with bad characters', '/articles/Bad_Slug'],
    ['a slug too long to exist', `/articles/${'a'.repeat(121)}`],
    ['an unknown path', '/nope'],
    ['a page past the end', '/page/999'],
  ])('answers 404 for %s', async (_, path) => {
    const response = await page(path);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This page could not be found');
  });
});

describe('section, author and tag pages', () => {
  it('lists a section’s articles and offers its own feed', async () => {
    const html = await (await page('/sections/politics')).text();
    expect(html).toContain('<h1 class="listing__title">Politics</h1>');
    expect(html).toContain('Six months into the Tamsa ceasefire');
    expect(html).not.toContain('serin-summit');
    const feed = await (await page('/sections/politics/feed.xml')).text();
    expect(feed).toContain('Six months into the Tamsa ceasefire');
    expect(feed).not.toContain('The coal valley'); // an Economy article
  });

  it('shows an author’s name, role, bio and articles, with Person JSON-LD', async () => {
    const html = await (await page('/authors/amara-okafor')).text();
    expect(html).toContain('Amara Okafor');
    expect(html).toContain('Senior Editor');
    expect(html).toContain('Ceasefire monitors count the rifles');
    expect(html).toMatch(/"@type":"Person","name":"Amara Okafor","jobTitle":"Senior Editor"/);
  });

  it('lists a tag’s articles', async () => {
    const html = await (await page('/tags/security')).text();
    expect(html).toContain('<h1 class="listing__title">Security</h1>');
    expect(html).toContain('Six months into the Tamsa ceasefire');
  });

  it('links the article to its section, author and tags', async () => {
    const html = await (await page('/articles/tamsa-ceasefire-security-arrangements')).text();
    expect(html).toContain('href="/sections/politics"');
    expect(html).toContain('href="/authors/amara-okafor"');
    expect(html).toContain('href="/tags/security"');
    expect(html).toMatch(/\d+ min read/);
  });

  it.each([
    ['an unknown section', '/sections/no-such-section'],
    ['an unknown author', '/authors/nobody-at-all'],
    ['an unknown tag', '/tags/no-such-tag'],
    ['a page past the end', '/sections/politics/page/9'],
    ['page 1 spelled out (its URL is the bare one)', '/sections/politics/page/1'],
    ['page 0', '/tags/security/page/0'],
  ])('answers 404 for %s', async (_, path) => {
    expect((await page(path)).status).toBe(404);
  });
});

describe('for feed readers and search engines', () => {
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml);
  const DRAFT = 'serin-summit-aravel-basin-water-energy-diplomacy';

  it('publishes an RSS feed of published articles with dek, author and picture, never the draft', async () => {
    const response = await page('/feed.xml');
    expect(response.headers.get('content-type')).toContain('application/rss+xml');
    const xml = await response.text();
    const items = parse(xml).rss.channel.item as {
      title: string;
      link: string;
      description: string;
      enclosure: { '@_url': string };
    }[];
    expect(items.length).toBeGreaterThanOrEqual(7);
    const ours = items.find((item) => item.link.endsWith(`/articles/${SLUG}`))!;
    expect(ours.description).toBe('Handing in weapons was the easy part. Knowing what was never handed in is harder.');
    expect(ours.enclosure['@_url']).toContain('/uploads/');
    expect(xml).not.toContain(DRAFT);
  });

  it('lists every published article through the sitemap index, never the draft', async () => {
    const index = parse(await (await page('/sitemap.xml')).text()).sitemapindex.sitemap as { loc: string }[];
    const locations: string[] = [];
    for (const { loc } of index) {
      const urls = parse(await (await page(new URL(loc).pathname)).text()).urlset.url;
      locations.push(...[urls].flat().map((url: { loc: string }) => url.loc));
    }
    expect(locations).toContain(`${servers.webUrl}/articles/${SLUG}`);
    expect(locations).toContain(`${servers.webUrl}/articles/tamsa-ceasefire-security-arrangements`);
    expect(locations.join()).not.toContain(DRAFT);
    expect((await page('/sitemaps/articles-99.xml')).status).toBe(404);
  });

  it('lists the articles of the last 48 hours in the news sitemap', async () => {
    const urls = [parse(await (await page('/news-sitemap.xml')).text()).urlset.url].flat();
    const ours = urls.find((url: { loc: string }) => url.loc.endsWith(`/articles/${SLUG}`));
    expect(ours['news:news']['news:title']).toBe(
      'Ceasefire monitors count the rifles, and the rifles that are missing',
    );
    expect(ours['news:news']['news:publication']['news:language']).toBe('en');
  });

  it('points robots at both sitemaps', async () => {
    const robots = await (await page('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${servers.webUrl}/sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${servers.webUrl}/news-sitemap.xml`);
  });

  it('describes the article as a NewsArticle with the author’s role and the image credit', async () => {
    const html = await (await page(`/articles/${SLUG}`)).text();
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    const [article] = JSON.parse(json!);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Ceasefire monitors count the rifles, and the rifles that are missing',
      author: { name: 'Amara Okafor', jobTitle: 'Senior Editor' },
      image: { creditText: 'AFP' },
    });
  });
});

describe('when the CMS is down', () => {
  beforeAll(async () => {
    await page(`/articles/${SLUG}`); // make sure it is cached
    await servers.stop(stack.cms);
  });

  it('keeps serving pages it already rendered', async () => {
    const response = await page(`/articles/${SLUG}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('IMAGE SOURCE: AFP');
  });

  it('shows an error for a page never rendered, and does not cache it', async () => {
    const slug = 'harrow-valley-coal-closure-grid-jobs';
    const down = await page(`/articles/${slug}`);
    expect(down.status).toBe(500);
    expect(down.headers.get('cache-control')).toMatch(/no-store|no-cache|private/);
    // The error page is a client component: a reader's browser shows it.
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${servers.webUrl}/articles/${slug}`);
      await tab.getByText('We could not load this page').waitFor({ timeout: 10_000 });
    } finally {
      await browser.close();
    }

    stack.cms = await servers.startCms(settings);
    const back = await page(`/articles/${slug}`);
    expect(back.status).toBe(200);
    expect(await back.text()).toContain('The coal valley');
  });
});
