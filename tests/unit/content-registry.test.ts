import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, type OperationDefinitionNode } from 'graphql';
import { contentRegistry, CONTENT_TYPE_NAMES, sitemapPagesQuery } from '@newsroom/shared';

// The registry is the one place a content type is registered; this walks it against both apps so a
// type added to the CMS and forgotten here, or a route declared and never built, fails the suite.
const root = path.resolve(__dirname, '..', '..');
const apiDir = path.join(root, 'cms', 'src', 'api');
const cmsTypes = readdirSync(apiDir).flatMap((api) =>
  readdirSync(path.join(apiDir, api, 'content-types')).map((type) => {
    const schema = JSON.parse(readFileSync(path.join(apiDir, api, 'content-types', type, 'schema.json'), 'utf8')) as {
      info: { pluralName: string };
      options?: { draftAndPublish?: boolean };
    };
    return {
      uid: `api::${api}.${type}`,
      plural: schema.info.pluralName,
      drafts: schema.options?.draftAndPublish === true,
    };
  }),
);
const entries = CONTENT_TYPE_NAMES.map((name) => [name, contentRegistry[name]] as const);
const graphqlSchema = buildSchema(readFileSync(path.join(root, 'shared', 'schema.graphql'), 'utf8'));

/** The web/app folder of a route pattern: `/sections/:slug/feed.xml` → web/app/sections/[slug]/feed.xml. */
const appDir = (pattern: string) =>
  path.join(
    root,
    'web',
    'app',
    ...pattern
      .split('/')
      .filter(Boolean)
      .map((s) => (s === ':slug' ? '[slug]' : s)),
  );

it('registers every content type of the CMS, once, with its drafts setting', () => {
  expect(entries.map(([, entry]) => entry.uid).sort()).toEqual(cmsTypes.map((type) => type.uid).sort());
  for (const type of cmsTypes) {
    const [, entry] = entries.find(([, candidate]) => candidate.uid === type.uid)!;
    expect({ uid: type.uid, drafts: entry.drafts }).toEqual({ uid: type.uid, drafts: type.drafts });
  }
});

it.each(entries)('%s names a type of the GraphQL schema', (_name, entry) => {
  expect(graphqlSchema.getType(entry.graphqlType)).toBeDefined();
});

it.each(entries.filter(([, entry]) => entry.page))('%s has the page its route declares', (_name, entry) => {
  const dir = appDir(entry.page!);
  expect([path.join(dir, 'page.tsx'), path.join(dir, '[[...page]]', 'page.tsx')].some(existsSync)).toBe(true);
});

it.each(entries.filter(([, entry]) => entry.feed))('%s has the feed its route declares', (_name, entry) => {
  expect(existsSync(path.join(appDir(entry.feed!), 'route.ts'))).toBe(true);
});

it('lists every type the registry puts in the pages sitemap', () => {
  const operation = sitemapPagesQuery.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const rootFields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  const inPagesSitemap = entries.filter(([, entry]) => entry.sitemap === 'pages');
  expect(inPagesSitemap.length).toBeGreaterThan(0);
  for (const [, entry] of inPagesSitemap) {
    const plural = cmsTypes.find((type) => type.uid === entry.uid)!.plural;
    expect(rootFields).toContain(`${plural}_connection`);
  }
});
