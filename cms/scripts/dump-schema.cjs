// Writes the GraphQL schema the CMS serves to shared/schema.graphql (sorted, so diffs stay small).
const fs = require('node:fs');
const path = require('node:path');
const { bootStrapi } = require('./boot-strapi.cjs');

/** Fetches the schema from a running CMS by introspection and prints it as SDL, sorted. */
async function fetchSchemaSdl(url, token) {
  const { getIntrospectionQuery, buildClientSchema, printSchema, lexicographicSortSchema } = require('graphql');
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const result = await response.json();
  if (!response.ok || result.errors)
    throw new Error(`Introspection failed: ${JSON.stringify(result.errors ?? response.status)}`);
  return `${printSchema(lexicographicSortSchema(buildClientSchema(result.data)))}\n`;
}

async function main() {
  const cms = await bootStrapi();
  try {
    const sdl = await fetchSchemaSdl(cms.url, cms.readToken);
    const target = path.resolve(__dirname, '..', '..', 'shared', 'schema.graphql');
    fs.writeFileSync(target, sdl);
    console.log(`Wrote ${path.relative(process.cwd(), target)} (${sdl.split('\n').length} lines)`);
  } finally {
    await cms.stop();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

module.exports = { fetchSchemaSdl };
