import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startCms, type BootedCms } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fetchSchemaSdl } = require('../scripts/dump-schema.cjs') as {
  fetchSchemaSdl: (url: string, token: string) => Promise<string>;
};

let cms: BootedCms;
beforeAll(async () => {
  cms = await startCms();
}, 120_000);
afterAll(async () => {
  await cms?.stop();
});

it('matches the committed GraphQL schema snapshot the website’s types are generated from', async () => {
  const served = await fetchSchemaSdl(cms.url, cms.readToken);
  const committed = readFileSync(path.resolve(__dirname, '..', '..', 'shared', 'schema.graphql'), 'utf8');
  // On failure: run `npm run codegen` at the repository root and commit the result.
  expect(served).toBe(committed);
});
