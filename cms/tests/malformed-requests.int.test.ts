import { READY_TO_PUBLISH, startCms, type BootedCms } from './helpers';

// Requests a careless or hostile client sends. Each must get a 4xx (or a harmless 200), never a
// 5xx, and no answer may carry a stack trace or a server path.
let cms: BootedCms;

beforeAll(async () => {
  cms = await startCms();
  const author = await cms.strapi
    .documents('api::author.author')
    .create({ data: { name: 'Ada Strand', slug: 'ada-strand' } });
  await cms.strapi.documents('api::article.article').create({
    data: { title: 'Public headline', slug: 'public-headline', author: author.documentId, ...READY_TO_PUBLISH },
    status: 'published',
  });
}, 120_000);

afterAll(async () => {
  await cms?.stop();
});

const QUERIES = [
  'filters[$foo]=1',
  'filters[title][$foo]=1',
  'filters[nosuchfield][$eq]=1',
  'filters[title][$in]=notalist',
  'filters[author][$eq]=1',
  'filters[author][name][$containsi][0]=a',
  'filters[publicationDate][$gt]=not-a-date',
  'filters[id][$eq]=abc',
  'filters=notanobject',
  'filters[$and]=x',
  'filters[$or][0]=x',
  'filters[$not]=x',
  'sort=nosuchfield',
  'sort=title:sideways',
  'sort[0][title]=up',
  'sort[title][nested]=asc',
  'populate=nosuchrelation',
  'populate[author][populate]=nosuch',
  'populate[author][fields]=*',
  'populate[0][x]=1',
  'populate[author][on][x]=1',
  'fields=nosuchfield',
  'fields[0][a]=b',
  'pagination[page]=abc',
  'pagination[pageSize]=-1',
  'pagination[start]=-5',
  'pagination[limit]=1e400',
  'pagination[page]=99999999999999999999',
  'pagination=1',
  'locale[$ne]=x',
  'status[status]=draft',
  '_q[0]=a',
  '%ZZ=1',
  'filters[title][%E0%A4%A]=1',
];

it.each(QUERIES)('GET /api/articles?%s is answered with a 4xx or a 200, never a 5xx', async (query) => {
  const response = await fetch(`${cms.url}/api/articles?${query}`, {
    headers: { authorization: `Bearer ${cms.readToken}` },
  });
  const body = await response.text();
  expect({ query, status: response.status < 500 }).toEqual({ query, status: true });
  expect(body).not.toMatch(/node_modules|\/work\/|at .+\(.+:\d+:\d+\)/);
});

it.each([
  ['GET', '/api/articles/%ZZ'],
  ['GET', '/api/articles/..%2f..%2fadmin'],
  ['GET', '/api/authors/' + 'x'.repeat(5000)],
  ['GET', '/api/nosuchtype'],
  ['GET', '/api/upload/files/abc'],
  ['GET', '/api/upload/files/99999999999999999999'],
  ['POST', '/graphql'],
  ['GET', '/graphql?query=%7B'],
  ['GET', '/graphql?query={articles{title}}&variables=notjson'],
])('%s %s is answered without a 5xx', async (method, url) => {
  const response = await fetch(`${cms.url}${url}`, { method, headers: { authorization: `Bearer ${cms.readToken}` } });
  expect({ url, status: response.status < 500 }).toEqual({ url, status: true });
});

it.each([
  '{',
  '{"query": 5}',
  '{"query": "{ articles { title } }", "variables": "x"}',
  '{"query": "query ($id: ID!) { article(documentId: $id) { title } }", "variables": {"id": {"a": 1}}}',
  '[{"query": "{ articles { title } }"}, {"query": "{ tags { name } }"}]',
  '{"query": "{ articles(pagination: { limit: -1 }) { title } }"}',
  '{"query": "{ articles(sort: [\\"nosuch:asc\\"]) { title } }"}',
  '{"query": "{ articles(filters: { title: { in: 5 } }) { title } }"}',
  '{"query": "{ articles(filters: { author: { articles: { title: { eq: null } } } }) { title } }"}',
])('POST /graphql %s is answered without a 5xx', async (body) => {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.readToken}` },
    body,
  });
  const text = await response.text();
  expect({ body, status: response.status < 500 }).toEqual({ body, status: true });
  expect(text).not.toMatch(/node_modules|\/work\//);
});

describe('page size', () => {
  beforeAll(async () => {
    for (let i = 0; i < 101; i += 1) {
      await cms.strapi.documents('api::tag.tag').create({ data: { name: `Cap ${i}`, slug: `cap-${i}` } });
    }
  }, 120_000);

  it('REST answers at most 100 entries however many are asked for (101 exist)', async () => {
    const response = await fetch(`${cms.url}/api/tags?pagination[pageSize]=1000`, {
      headers: { authorization: `Bearer ${cms.readToken}` },
    });
    const body = (await response.json()) as { data: unknown[]; meta: { pagination: { total: number } } };
    expect(body.meta.pagination.total).toBeGreaterThanOrEqual(101);
    expect(body.data).toHaveLength(100);
  });

  it('GraphQL answers at most 100 entries however many are asked for (101 exist)', async () => {
    const response = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cms.readToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tags(pagination: { limit: 1000 }) { slug } }' }),
    });
    const body = (await response.json()) as { data: { tags: unknown[] } };
    expect(body.data.tags).toHaveLength(100);
  });
});
