import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { READY_TO_PUBLISH, startCms, uploadTestImage, type BootedCms } from './helpers';

// A real HTTP listener stands in for the website and records what the CMS tells it.
type Received = {
  secret: string | undefined;
  body: { type: string; action: string; documentId?: string; slugs?: string[] };
};

let cms: BootedCms;
let website: http.Server;
const received: Received[] = [];
const SECRET = 'revalidate-secret-for-tests-0123456789';

beforeAll(async () => {
  website = http.createServer((request, response) => {
    let data = '';
    request.on('data', (chunk) => (data += chunk));
    request.on('end', () => {
      received.push({ secret: request.headers['x-revalidate-secret'] as string | undefined, body: JSON.parse(data) });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => website.listen(0, '127.0.0.1', resolve));
  process.env.WEB_URL = `http://127.0.0.1:${(website.address() as AddressInfo).port}`;
  process.env.REVALIDATE_SECRET = SECRET;
  cms = await startCms();
}, 120_000);

afterAll(async () => {
  delete process.env.WEB_URL;
  delete process.env.REVALIDATE_SECRET;
  await cms?.stop();
  await new Promise((resolve) => website.close(resolve));
});

beforeEach(() => {
  received.length = 0;
});

const articles = () => cms.strapi.documents('api::article.article');

it('says nothing while an article is only a draft', async () => {
  await articles().create({ data: { title: 'Quiet draft', slug: 'quiet-draft' } });
  expect(received).toEqual([]);
});

it('reports a publish with the document id, the slug and the secret, before the call returns', async () => {
  const draft = await articles().create({ data: { title: 'Going live', slug: 'going-live', ...READY_TO_PUBLISH } });
  await articles().publish({ documentId: draft.documentId });
  expect(received).toEqual([
    {
      secret: SECRET,
      body: { type: 'article', action: 'publish', documentId: draft.documentId, slugs: ['going-live'] },
    },
  ]);
});

it('reports both the old and the new slug when a slug change is published', async () => {
  const article = await articles().create({
    data: { title: 'Renamed', slug: 'old-name', ...READY_TO_PUBLISH },
    status: 'published',
  });
  received.length = 0;
  await articles().update({ documentId: article.documentId, data: { slug: 'new-name' } });
  await articles().publish({ documentId: article.documentId });
  expect(received).toHaveLength(1);
  expect(received[0]!.body.slugs!.sort()).toEqual(['new-name', 'old-name']);
});

it('reports unpublish and delete', async () => {
  const article = await articles().create({
    data: { title: 'Short-lived', slug: 'short-lived', ...READY_TO_PUBLISH },
    status: 'published',
  });
  received.length = 0;
  await articles().unpublish({ documentId: article.documentId });
  await articles().delete({ documentId: article.documentId });
  expect(received.map((r) => [r.body.action, r.body.slugs])).toEqual([
    ['unpublish', ['short-lived']],
    ['delete', ['short-lived']],
  ]);
});

it('reports every change to authors, sections and tags, which have no drafts', async () => {
  const author = await cms.strapi
    .documents('api::author.author')
    .create({ data: { name: 'Ines Varga', slug: 'ines-varga' } });
  await cms.strapi
    .documents('api::author.author')
    .update({ documentId: author.documentId, data: { role: 'Columnist' } });
  await cms.strapi.documents('api::section.section').create({ data: { name: 'Culture', slug: 'culture' } });
  expect(received.map((r) => [r.body.type, r.body.action])).toEqual([
    ['author', 'create'],
    ['author', 'update'],
    ['section', 'create'],
  ]);
});

it('reports a replaced picture or edited alt text, which shows on article pages and listings', async () => {
  const fileId = await uploadTestImage(cms, 'A harbour crane at dusk');
  received.length = 0;
  await cms.strapi
    .plugin('upload')
    .service('upload')
    .updateFileInfo(fileId, { alternativeText: 'Two harbour cranes at dusk' });
  expect(received.map((r) => r.body)).toEqual([{ type: 'media', action: 'update' }]);
});
