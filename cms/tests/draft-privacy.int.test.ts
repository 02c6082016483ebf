import { startCms, type BootedCms } from './helpers';

// Every way we know to ask Strapi for draft content, tried as the public and as the website's
// published-read token. Draft text is marked with SECRET so any leak, in any field, is caught.
let cms: BootedCms;
let draftOnlyId: string;

beforeAll(async () => {
  cms = await startCms();
  const articles = cms.strapi.documents('api::article.article');
  const author = await cms.strapi
    .documents('api::author.author')
    .create({ data: { name: 'Ada Strand', slug: 'ada-strand' } });
  const section = await cms.strapi.documents('api::section.section').create({ data: { name: 'World', slug: 'world' } });
  const tag = await cms.strapi.documents('api::tag.tag').create({ data: { name: 'Diplomacy', slug: 'diplomacy' } });
  const links = { author: author.documentId, section: section.documentId, tags: [tag.documentId] };
  const published = await articles.create({
    data: { title: 'Public headline', slug: 'public-headline', ...links },
    status: 'published',
  });
  await articles.update({ documentId: published.documentId, data: { title: 'SECRET rewrite not yet published' } });
  const draft = await articles.create({
    data: { title: 'SECRET draft never published', slug: 'secret-draft', dek: 'SECRET dek', ...links },
  });
  draftOnlyId = draft.documentId;
}, 120_000);

afterAll(async () => {
  await cms?.stop();
});

async function graphql(query: string, token: string | null, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

async function rest(path: string, token: string | null) {
  const response = await fetch(`${cms.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, text: await response.text() };
}

const GRAPHQL_PROBES: [string, string][] = [
  ['articles(status: DRAFT)', '{ articles(status: DRAFT) { title dek } }'],
  ['articles_connection(status: DRAFT)', '{ articles_connection(status: DRAFT) { nodes { title } } }'],
  ['article(documentId, status: DRAFT)', 'query ($id: ID!) { article(documentId: $id, status: DRAFT) { title } }'],
  ['hasPublishedVersion: false', '{ articles(hasPublishedVersion: false) { title } }'],
  ['publicationFilter: NEVER_PUBLISHED', '{ articles(publicationFilter: NEVER_PUBLISHED) { title } }'],
  ['publicationFilter: MODIFIED', '{ articles(publicationFilter: MODIFIED) { title } }'],
  ['authors → articles', '{ authors { articles { title dek } } }'],
  ['authors(status: DRAFT) → articles', '{ authors(status: DRAFT) { articles { title } } }'],
  ['sections → articles', '{ sections { articles { title } articles_connection { nodes { title } } } }'],
  ['tags → articles', '{ tags { articles { title } } }'],
  ['published article → author → articles', '{ articles { title author { articles { title } } } }'],
];

const REST_PROBES = (id: string): string[] => [
  '/api/articles?status=draft',
  `/api/articles/${id}?status=draft`,
  `/api/articles/${id}`,
  '/api/articles?status=draft&hasPublishedVersion=false',
  '/api/articles?hasPublishedVersion=false',
  '/api/authors?populate=articles',
  '/api/authors?populate=articles&status=draft',
  '/api/sections?populate[articles][fields][0]=title&status=draft',
];

describe.each([
  ['the public', () => null],
  ['the website’s published-read token', () => cms.readToken],
])('as %s', (_, token) => {
  it.each(GRAPHQL_PROBES)('GraphQL %s returns no draft content', async (_probe, query) => {
    const result = await graphql(query, token(), { id: draftOnlyId });
    expect(result.text).not.toContain('SECRET');
  });

  it('REST returns no draft content on any probe', async () => {
    for (const path of REST_PROBES(draftOnlyId)) {
      const result = await rest(path, token());
      expect({ path, leaked: result.text.includes('SECRET') }).toEqual({ path, leaked: false });
    }
  });
});

it('refuses the draft probes outright for the published-read token, naming the preview token', async () => {
  const result = await graphql('{ articles(status: DRAFT) { title } }', cms.readToken);
  expect(result.text).toContain('Drafts can only be read with the preview token');
  expect((await rest('/api/articles?status=draft', cms.readToken)).status).toBe(403);
});

it('still serves published content to the published-read token', async () => {
  const result = await graphql('{ articles { title } }', cms.readToken);
  expect(JSON.parse(result.text).data.articles).toEqual([{ title: 'Public headline' }]);
});

it('lets the preview token read drafts', async () => {
  const list = await graphql('{ articles(status: DRAFT, sort: "title") { title } }', cms.previewToken);
  expect(JSON.parse(list.text).errors).toBeUndefined();
  expect(JSON.parse(list.text).data.articles.map((a: { title: string }) => a.title)).toEqual([
    'SECRET draft never published',
    'SECRET rewrite not yet published',
  ]);
  const one = await rest(`/api/articles/${draftOnlyId}?status=draft`, cms.previewToken);
  expect(one.status).toBe(200);
  expect(one.text).toContain('SECRET draft never published');
});

it('caps query depth and page size', async () => {
  const deep = `{ ${'articles { author { '.repeat(6)}name${' } }'.repeat(6)} }`;
  const tooDeep = await graphql(deep, cms.readToken);
  expect(tooDeep.text).toMatch(/depth/i);
  const big = await graphql('{ articles(pagination: { limit: 100000 }) { title } }', cms.readToken);
  expect(JSON.parse(big.text).errors ?? []).toEqual([]);
});
