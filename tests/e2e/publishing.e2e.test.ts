import type { ChildProcess } from 'node:child_process';
import { CmsApi } from './cms-api.cjs';
import { eventually } from './eventually.cjs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const servers = require('./servers.cjs');

jest.setTimeout(180_000);

// Publish is live at once: each change is checked on the very next request after the API returns.
const settings = servers.createCmsSettings();
let stack: { cms: ChildProcess; stop: () => Promise<void> };
let api: CmsApi;

const get = (path: string) => fetch(`${servers.webUrl}${path}`);
/** A page or feed whose text is read: it must answer 200, or a `not.toContain` on an error page would prove nothing. */
const read = async (path: string) => {
  const response = await fetch(`${servers.webUrl}${path}`);
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  return response;
};
/** The page's visible text (markup and the RSC payload stripped), so failures print something readable. */
const text = async (path: string) => {
  const html = await (await read(path)).text();
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
};
const paragraph = (value: string) => [{ type: 'paragraph', children: [{ type: 'text', text: value }] }];

beforeAll(async () => {
  stack = await servers.startStack(settings);
  api = await CmsApi.connect(servers.cmsUrl, settings.adminEmail, settings.adminPassword);
});

afterAll(async () => {
  await stack?.stop();
});

describe('on-demand revalidation', () => {
  let documentId: string;
  let author: { documentId: string; name: string };

  beforeAll(async () => {
    author = await api.findAuthor('priya-raman');
    // Cache the pages first, so what follows proves they were revalidated rather than rendered fresh.
    expect(await text('/')).not.toContain('Floodgates');
    expect((await get('/articles/floodgates-of-the-delta')).status).toBe(404);
    expect(await (await read('/feed.xml')).text()).not.toContain('Floodgates');
  });

  it('shows a newly published article on its page and on the front page at once', async () => {
    documentId = await api.publishArticle({
      title: 'Floodgates of the delta',
      slug: 'floodgates-of-the-delta',
      dek: 'A new barrier promises safety and threatens the fishing villages downstream.',
      body: paragraph('“The water has to go somewhere,” said an engineer.'),
      publicationDate: '2026-11-20',
      author: author.documentId,
    });
    expect((await get('/articles/floodgates-of-the-delta')).status).toBe(200);
    expect(await text('/articles/floodgates-of-the-delta')).toContain('Floodgates of the delta');
    expect(await text('/')).toContain('Floodgates of the delta');
    expect(await (await read('/feed.xml')).text()).toContain('Floodgates of the delta');
  });

  it('shows an edit to the published article on the next request', async () => {
    await api.updateAndPublishArticle(documentId, {
      dek: 'Corrected: the barrier will protect two villages, not three.',
    });
    expect(await text('/articles/floodgates-of-the-delta')).toContain(
      'Corrected: the barrier will protect two villages',
    );
  });

  it('moves the article to its new URL when the slug changes; the old URL redirects there (308)', async () => {
    // The old URL was cached as a page; the publish must turn it into a redirect on the next request.
    expect((await get('/articles/floodgates-of-the-delta')).status).toBe(200);
    await api.updateAndPublishArticle(documentId, { slug: 'delta-floodgates' });
    expect((await get('/articles/delta-floodgates')).status).toBe(200);
    const old = await fetch(`${servers.webUrl}/articles/floodgates-of-the-delta`, { redirect: 'manual' });
    expect(old.status).toBe(308);
    expect(new URL(old.headers.get('location')!, servers.webUrl).pathname).toBe('/articles/delta-floodgates');
    // Feeds and sitemaps list only the current URL.
    const feed = await (await read('/feed.xml')).text();
    expect(feed).toContain('/articles/delta-floodgates');
    expect(feed).not.toContain('/articles/floodgates-of-the-delta');
  });

  it('shows an author’s new name on every article page and in every feed with their byline', async () => {
    // Cached before the rename, so the new name proves the feeds were expired, not rendered fresh.
    expect(await (await read('/feed.xml')).text()).toContain(`<dc:creator>${author.name}</dc:creator>`);
    await api.updateAuthor(author.documentId, { name: 'Priya Raman-Castell' });
    expect(await text('/articles/delta-floodgates')).toContain('Priya Raman-Castell');
    const feed = await (await read('/feed.xml')).text();
    expect(feed).toContain('<dc:creator>Priya Raman-Castell</dc:creator>');
    expect(feed).not.toContain(`<dc:creator>${author.name}</dc:creator>`);
  });

  it('removes an unpublished article: its page is a 404 and the front page drops it', async () => {
    await api.unpublishArticle(documentId);
    expect((await get('/articles/delta-floodgates')).status).toBe(404);
    // Its old URL no longer redirects to a page that is gone.
    expect((await fetch(`${servers.webUrl}/articles/floodgates-of-the-delta`, { redirect: 'manual' })).status).toBe(
      404,
    );
    expect(await text('/')).not.toContain('Floodgates of the delta');
    expect(await (await read('/feed.xml')).text()).not.toContain('Floodgates of the delta');
  });
});

describe('scheduling', () => {
  it('publishes a scheduled draft on time and takes it down at its unpublish time, live on the site', async () => {
    const author = await api.findAuthor('priya-raman');
    const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
    const documentId = await api.createDraftArticle({
      title: 'Tidewater ledger',
      slug: 'tidewater-ledger',
      dek: 'A scheduled piece goes out on its own.',
      body: paragraph('“It goes out at nine,” said the desk.'),
      author: author.documentId,
      publishAt: inSeconds(3),
    });
    expect((await get('/articles/tidewater-ledger')).status).toBe(404);
    await eventually(async () => expect((await get('/articles/tidewater-ledger')).status).toBe(200), 20_000);
    expect(await text('/')).toContain('Tidewater ledger');

    await api.updateArticle(documentId, { unpublishAt: inSeconds(2) });
    await eventually(async () => expect((await get('/articles/tidewater-ledger')).status).toBe(404), 20_000);
  });
});

describe('the revalidate endpoint', () => {
  const post = (headers: Record<string, string>, body: string) =>
    fetch(`${servers.webUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('refuses a wrong or missing secret with 401 and revalidates nothing', async () => {
    await get('/'); // cached
    expect((await post({ 'x-revalidate-secret': 'wrong-secret-wrong-secret' }, '{"type":"article"}')).status).toBe(401);
    expect((await post({}, '{"type":"article"}')).status).toBe(401);
    expect((await get('/')).headers.get('x-nextjs-cache')).toBe('HIT');
  });

  it('refuses a malformed body with 400', async () => {
    const response = await post({ 'x-revalidate-secret': settings.revalidateSecret }, '{"type":');
    expect(response.status).toBe(400);
    const unknown = await post({ 'x-revalidate-secret': settings.revalidateSecret }, '{"type":"page"}');
    expect(unknown.status).toBe(400);
  });
});
