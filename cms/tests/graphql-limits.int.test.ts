import { startCms, type BootedCms } from './helpers';

// The limits of one GraphQL request, through the real Strapi HTTP stack, as the website's token.
let cms: BootedCms;

beforeAll(async () => {
  cms = await startCms();
  const tags = cms.strapi.documents('api::tag.tag');
  for (let i = 0; i < 101; i++) await tags.create({ data: { name: `Tag ${i}`, slug: `tag-${i}` } });
}, 180_000);

afterAll(async () => {
  await cms?.stop();
});

async function graphql(query: string) {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.readToken}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: { tags?: unknown[] }; errors?: { message: string }[] },
  };
}

it('caps a page at 100 entries, whatever the limit asked', async () => {
  const { body } = await graphql('{ tags(pagination: { limit: 100000 }) { name } }');
  expect(body.errors ?? []).toEqual([]);
  expect(body.data?.tags).toHaveLength(100);
});

it('refuses a query nested deeper than 10 levels', async () => {
  const deep = `{ ${'articles { author { '.repeat(6)}name${' } }'.repeat(6)} }`;
  const { status, body } = await graphql(deep);
  expect(status).toBe(400);
  expect(body.errors?.[0].message).toMatch(/depth/i);
});

it('refuses 500 aliased queries with a 400 before running any of them', async () => {
  const copies = Array.from({ length: 500 }, (_, i) => `a${i}: articles { title related { title } }`).join(' ');
  const { status, body } = await graphql(`{ ${copies} }`);
  expect(status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0].message).toMatch(/aliases|tokens/i);
});

it('refuses 16 aliases with a 400, and runs 15', async () => {
  const aliased = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: tags(pagination: { limit: 1 }) { name }`).join(' ')} }`;
  expect((await graphql(aliased(15))).status).toBe(200);
  const refused = await graphql(aliased(16));
  expect(refused.status).toBe(400);
  expect(refused.body.errors?.[0].message).toMatch(/aliases/i);
});
