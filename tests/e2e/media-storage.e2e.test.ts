import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import S3rver from 's3rver';
import { CmsApi } from './cms-api.cjs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const servers = require('./servers.cjs');

jest.setTimeout(180_000);

// The media library on S3-compatible storage (MEDIA_STORAGE=s3): a local S3 server (s3rver) holds
// the pictures, the CMS keeps none on its disk, and readers get them through the website's image
// optimizer from the bucket. Several CMS instances behind a load balancer then share one library.
const S3_PORT = Number(process.env.E2E_S3_PORT || 46090);
const BUCKET = 'newsroom-media';
const bucketUrl = `http://127.0.0.1:${S3_PORT}/${BUCKET}`;
const SLUG = 'grain-corridor-insurance-pictures-in-the-bucket';

const s3Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-s3-'));
const s3 = new S3rver({
  address: '127.0.0.1',
  port: S3_PORT,
  directory: s3Dir,
  silent: true,
  configureBuckets: [{ name: BUCKET, configs: [] }],
});
const settings = servers.createCmsSettings();
Object.assign(settings.env, {
  MEDIA_STORAGE: 's3',
  S3_BUCKET: BUCKET,
  S3_ENDPOINT: `http://127.0.0.1:${S3_PORT}`,
  S3_FORCE_PATH_STYLE: 'true',
  // s3rver's fixed development credentials.
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER',
});

let cms: ChildProcess | undefined;
let web: ChildProcess | undefined;
let api: CmsApi;

/** Every object the bucket holds, by key (s3rver keeps each as a file under <dir>/<bucket>/). */
function objectsInBucket(): string[] {
  const bucketDir = path.join(s3Dir, BUCKET);
  if (!fs.existsSync(bucketDir)) return [];
  return (fs.readdirSync(bucketDir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('._S3rver_object'))
    .map((name) => name.replace(/\._S3rver_object$/, ''));
}

async function heroOf(slug: string): Promise<{ id: number; url: string; formats: Record<string, { url: string }> }> {
  const found = (await api.request(`/api/articles?filters[slug][$eq]=${slug}&populate=heroImage`)) as {
    data: { heroImage: { id: number; url: string; formats: Record<string, { url: string }> } }[];
  };
  return found.data[0].heroImage;
}

beforeAll(async () => {
  await s3.run();
  cms = await servers.startCms(settings);
  // The website is told where pictures live: the bucket's public URL.
  web = await servers.startWeb(settings, { env: { CMS_MEDIA_URL: bucketUrl } });
  api = await CmsApi.connect(servers.cmsUrl, settings.adminEmail, settings.adminPassword);
});

afterAll(async () => {
  await servers.stop(web);
  await servers.stop(cms);
  await s3.close().catch(() => undefined);
  fs.rmSync(s3Dir, { recursive: true, force: true });
});

describe('the media library on S3-compatible storage', () => {
  let heroImage: number;
  let optimizedWidth: string;

  it("puts the demo publication's pictures in the bucket on first start", async () => {
    const hero = await heroOf('tamsa-ceasefire-security-arrangements');
    expect(hero.url.startsWith(`${bucketUrl}/uploads/`)).toBe(true);
    expect(objectsInBucket()).toContain(hero.url.slice(bucketUrl.length + 1));
  });

  it('keeps an uploaded picture, and every size Strapi makes of it, in the bucket', async () => {
    const picture = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#6b705c' } })
      .jpeg()
      .toBuffer();
    heroImage = await api.uploadImage(picture, 'grain-ship.jpg', 'A grain ship waiting at anchor off the port');
    const file = (await api.request(`/upload/files/${heroImage}`, {}, api.adminJwt)) as {
      url: string;
      formats: Record<string, { url: string }>;
      provider: string;
    };
    expect(file.provider).toBe('aws-s3');
    const urls = [file.url, ...Object.values(file.formats).map((format) => format.url)];
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) {
      expect(url.startsWith(`${bucketUrl}/uploads/`)).toBe(true);
      expect(objectsInBucket()).toContain(url.slice(bucketUrl.length + 1));
    }
    // The object is the picture itself, readable from the bucket's public URL.
    const stored = await fetch(file.url);
    expect(stored.status).toBe(200);
    expect(stored.headers.get('content-type')).toBe('image/jpeg');
    expect((await sharp(Buffer.from(await stored.arrayBuffer())).metadata()).width).toBe(1600);
    // …and nothing of it on the CMS's own disk.
    const onCms = await fetch(`${servers.cmsUrl}/uploads/${path.basename(file.url)}`);
    expect(onCms.status).toBe(404);
  });

  it('shows the picture to readers: the website optimizes it from the bucket', async () => {
    const author = await api.findAuthor('amara-okafor');
    await api.publishArticle({
      title: 'Who insures a grain ship in a war zone, and at what price',
      slug: SLUG,
      dek: 'Underwriters came back to the corridor before the navies did.',
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: '“We price what we can see,” an underwriter said.' }] },
      ],
      heroImage,
      heroCaption: 'A bulk carrier at anchor, waiting for a berth',
      imageSource: 'Newsroom',
      publicationDate: '2021-12-01',
      author: author.documentId,
    });
    const page = await fetch(`${servers.webUrl}/articles/${SLUG}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const hero = await heroOf(SLUG);
    // The page's picture goes through Next's optimizer, whose source is the bucket's URL.
    const optimized = [...html.matchAll(/\/_next\/image\?url=([^&"]+)&amp;w=(\d+)/g)].find(
      ([, url]) => decodeURIComponent(url!) === hero.url,
    );
    expect({ hero: hero.url, optimized: optimized?.[0] ?? html.match(/<img[^>]*>/)?.[0] }).toEqual({
      hero: expect.stringContaining(`${bucketUrl}/uploads/`),
      optimized: expect.stringContaining('/_next/image'),
    });
    const image = await fetch(`${servers.webUrl}/_next/image?url=${optimized![1]}&w=${optimized![2]}&q=75`, {
      headers: { accept: 'image/webp' },
    });
    expect(image.status).toBe(200);
    optimizedWidth = optimized![2]!;
    expect(image.headers.get('content-type')).toBe('image/webp');
    expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(100);
  });

  it('refuses to optimize pictures from anywhere but the bucket', async () => {
    // The request above is the positive control: the same width, from another bucket on the same
    // store, or from outside the uploads of this one, is refused.
    for (const elsewhere of [
      `http://127.0.0.1:${S3_PORT}/another-bucket/uploads/x.jpg`,
      `${bucketUrl}/private/x.jpg`,
      `${servers.cmsUrl}/admin/x.jpg`,
    ]) {
      const refused = await fetch(
        `${servers.webUrl}/_next/image?url=${encodeURIComponent(elsewhere)}&w=${optimizedWidth}&q=75`,
      );
      expect({ elsewhere, status: refused.status }).toEqual({ elsewhere, status: 400 });
    }
  });

  it('removes a picture, and its sizes, from the bucket when an editor deletes it from the library', async () => {
    const picture = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#a5a58d' } })
      .jpeg()
      .toBuffer();
    const id = await api.uploadImage(picture, 'unused-harbour.jpg', 'A harbour crane at dusk');
    const file = (await api.request(`/upload/files/${id}`, {}, api.adminJwt)) as {
      url: string;
      formats: Record<string, { url: string }>;
    };
    const keys = [file.url, ...Object.values(file.formats).map((f) => f.url)].map((url) =>
      url.slice(bucketUrl.length + 1),
    );
    for (const key of keys) expect(objectsInBucket()).toContain(key);
    await api.request(`/upload/files/${id}`, { method: 'DELETE' }, api.adminJwt);
    for (const key of keys) expect(objectsInBucket()).not.toContain(key);
    expect((await fetch(file.url)).status).toBe(404);
  });
});
