import { articlePageQuery, homePageQuery } from '@newsroom/shared';
import { seedDemoContent } from '../src/bootstrap/demo-content';
import { runQuery, startCms, type BootedCms } from './helpers';

let cms: BootedCms;

beforeAll(async () => {
  process.env.ADMIN_EMAIL = 'first.editor@newsroom.test';
  process.env.ADMIN_PASSWORD = 'Test-Passw0rd-for-ci';
  cms = await startCms({ seed: true });
}, 180_000);

afterAll(async () => {
  delete process.env.ADMIN_EMAIL;
  delete process.env.ADMIN_PASSWORD;
  await cms?.stop();
});

it('seeds a publication on first start: published articles with credits, and a draft readers cannot see', async () => {
  const latest = await runQuery(cms, homePageQuery, { page: 1, pageSize: 50 });
  const nodes = latest.data!.articles_connection!.nodes;
  expect(nodes.length).toBeGreaterThanOrEqual(6);
  for (const node of nodes) {
    expect(node.author?.role).toBeTruthy();
    expect(node.section?.name).toBeTruthy();
    expect(node.heroImage?.alternativeText).toBeTruthy();
  }
  const allArticles = await cms.strapi.documents('api::article.article').count({});
  expect(allArticles).toBeGreaterThan(nodes.length);
  expect(latest.data!.siteSetting?.siteName).toBeTruthy();

  const [first] = (await runQuery(cms, articlePageQuery, { slug: nodes[0]!.slug })).data!.articles;
  expect(first!.imageSource).toBeTruthy();
  expect(first!.heroCaption).toBeTruthy();
});

it('does not seed twice', async () => {
  const before = await cms.strapi.documents('api::article.article').count({});
  await seedDemoContent(cms.strapi);
  expect(await cms.strapi.documents('api::article.article').count({})).toBe(before);
});

it('creates the first admin account from the generated credentials', async () => {
  const response = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'first.editor@newsroom.test', password: 'Test-Passw0rd-for-ci' }),
  });
  expect(response.status).toBe(200);
  const wrong = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'first.editor@newsroom.test', password: 'wrong-Passw0rd' }),
  });
  expect(wrong.status).toBe(400);
});
