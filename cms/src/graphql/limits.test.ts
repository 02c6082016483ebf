import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { buildSchema, Kind, print, type DocumentNode } from 'graphql';
import * as shared from '@newsroom/shared';
import { graphqlLimits } from './limits';

// The website's documents run through the same Apollo Server options the CMS uses, against the
// committed schema snapshot: every one must pass the limits, and hostile queries must not.
const schema = buildSchema(readFileSync(path.join(__dirname, '../../../shared/schema.graphql'), 'utf8'));
const server = new ApolloServer({ schema, ...graphqlLimits() });
const REFUSED = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'];

beforeAll(() => server.start());
afterAll(() => server.stop());

async function refusal(query: string): Promise<string | null> {
  const response = await server.executeOperation({ query });
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  const errors = response.body.singleResult.errors ?? [];
  const refused = errors.find((error) => REFUSED.includes(String(error.extensions?.code)));
  return refused ? refused.message : null;
}

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;
const operations = Object.entries(shared).filter(
  ([, value]) => isDocument(value) && value.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
) as [string, DocumentNode][];

it('finds the website documents', () => {
  expect(operations.length).toBeGreaterThanOrEqual(10);
});

it.each(operations)('lets the website’s %s through', async (_name, document) => {
  expect(await refusal(print(document))).toBeNull();
});

it('refuses 500 aliased copies of a query (it took 22.8 s before)', async () => {
  const copies = Array.from({ length: 500 }, (_, i) => `a${i}: articles { title related { title } }`).join(' ');
  expect(await refusal(`{ ${copies} }`)).toMatch(/aliases|tokens/i);
});

it('refuses 16 aliases, lets 15 through', async () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: tags { name }`).join(' ')} }`;
  expect(await refusal(aliased(15))).toBeNull();
  expect(await refusal(aliased(16))).toMatch(/aliases/i);
});

it('refuses a query that costs too much within the alias limit', async () => {
  const deep =
    'title dek slug related { title dek slug author { name role slug articles { title dek slug section { name slug articles { title dek slug tags { name slug articles { title dek slug } } } } } } }';
  const copies = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: articles { ${deep} }`).join(' ')} }`;
  expect(await refusal(copies(2))).toBeNull();
  expect(await refusal(copies(15))).toMatch(/cost/i);
});

it('refuses a document of more than 1,000 tokens', async () => {
  const long = `{ articles { ${'title '.repeat(1200)} } }`;
  expect(await refusal(long)).toMatch(/token/i);
});

it('does not suggest field names to a client', async () => {
  const message = await refusal('{ articles { titl } }');
  expect(message).not.toMatch(/Did you mean/);
});
