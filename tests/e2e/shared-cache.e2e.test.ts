import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { CmsApi } from './cms-api.cjs';
import { eventually } from './eventually.cjs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const servers = require('./servers.cjs');

jest.setTimeout(180_000);

// Two website instances behind one (imaginary) load balancer, sharing their cache through Redis.
// The CMS notifies only the first one, as it would notify the load balancer's single address.
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const prefix = `newsroom-e2e-${randomBytes(4).toString('hex')}:`;
const settings = servers.createCmsSettings();
const SECOND_PORT = servers.WEB_PORT + 1;
const first = servers.webUrl;
const second = `http://127.0.0.1:${SECOND_PORT}`;
const SLUG = 'tamsa-ceasefire-security-arrangements';

let cms: ChildProcess | undefined;
const webs: ChildProcess[] = [];
let api: CmsApi;
let redis: Redis;

const get = (origin: string, path: string) => fetch(origin + path, { redirect: 'manual' });
const titleOf = async (origin: string, path: string) =>
  /<h1 class="article__title">([^<]*)<\/h1>/.exec(await (await get(origin, path)).text())?.[1];

beforeAll(async () => {
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  await redis.ping().catch((error: Error) => {
    throw new Error(
      `Redis is not reachable at ${REDIS_URL} (${error.message}). Start it (redis-server --daemonize yes) or set TEST_REDIS_URL.`,
    );
  });
  cms = await servers.startCms(settings);
  const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix };
  webs.push(await servers.startWeb(settings, { env }));
  webs.push(await servers.startWeb(settings, { port: SECOND_PORT, env }));
  api = await CmsApi.connect(servers.cmsUrl, settings.adminEmail, settings.adminPassword);
});

afterAll(async () => {
  for (const web of webs) await servers.stop(web);
  await servers.stop(cms);
  if (redis) {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  }
});

describe('several website instances sharing Redis', () => {
  it('serve a page one of them rendered from the shared cache', async () => {
    const rendered = await get(first, `/articles/${SLUG}`);
    expect(rendered.status).toBe(200);
    const fromShared = await get(second, `/articles/${SLUG}`);
    expect(fromShared.status).toBe(200);
    expect(fromShared.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(await redis.keys(`${prefix}*:entry:*`)).not.toHaveLength(0);
  });

  it('all show an editor’s change when the CMS notified only one of them', async () => {
    const path = `/articles/${SLUG}`;
    // Both have the page cached.
    await get(first, path);
    await get(second, path);
    expect((await get(second, path)).headers.get('x-nextjs-cache')).toBe('HIT');

    const article = await (
      await fetch(`${servers.cmsUrl}/api/articles?filters[slug][$eq]=${SLUG}`, {
        headers: { authorization: `Bearer ${settings.readToken}` },
      })
    ).json();
    const headline = 'Seven months into the Tamsa ceasefire, the stipends are late';
    await api.updateAndPublishArticle(article.data[0].documentId, { title: headline });

    // The CMS told the first instance; the second learns of it through Redis and renders anew.
    await eventually(async () => expect(await titleOf(second, path)).toBe(headline));
    await eventually(async () => expect(await titleOf(first, path)).toBe(headline));
  });

  it('keep serving pages, uncached, when Redis is unreachable', async () => {
    const third = await servers.startWeb(settings, {
      port: SECOND_PORT + 1,
      env: { REDIS_URL: 'redis://127.0.0.1:1', REDIS_KEY_PREFIX: prefix },
    });
    webs.push(third);
    const response = await get(`http://127.0.0.1:${SECOND_PORT + 1}`, `/articles/${SLUG}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('IMAGE SOURCE: AFP');
  });
});
