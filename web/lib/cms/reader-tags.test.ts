import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode } from 'graphql';
import { CHANGE_TYPES, contentRegistry, MEDIA_GRAPHQL_TYPE, type ChangeType } from '@newsroom/shared';
import type { ReadMode } from './query';
import { tagsForChange } from './tags';

// A reader's cache tags must follow from what it shows: for every registered type whose fields a
// published read selects (found by walking its GraphQL document against the schema snapshot), a
// change to that type must expire the read. The fetch layer is replaced by a recorder, so this
// checks the real readers' real documents and tags, without a CMS.

type Recorded = { reader: string; document: DocumentNode; read: ReadMode };
const recorded: Recorded[] = [];
let current = '';
class Recorded_ extends Error {}

jest.mock('./query', () => ({
  cmsQuery: jest.fn(async (document: DocumentNode, _variables: unknown, read: ReadMode) => {
    recorded.push({ reader: current, document, read });
    throw new Recorded_('recorded');
  }),
}));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const articles = require('./articles') as typeof import('./articles');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const listings = require('./listings') as typeof import('./listings');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const machineReadable = require('./machine-readable') as typeof import('./machine-readable');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const site = require('./site') as typeof import('./site');

/** Every published reader, called once. A reader added to these modules must be added here. */
const READERS: Record<string, () => Promise<unknown>> = {
  getArticle: () => articles.getArticle('a-slug'),
  listLatestArticles: () => articles.listLatestArticles(1),
  getSectionListing: () => listings.getSectionListing('a-slug', 1),
  getAuthorListing: () => listings.getAuthorListing('a-slug', 1),
  getTagListing: () => listings.getTagListing('a-slug', 1),
  searchArticles: () => listings.searchArticles(['water'], 1),
  listFeedArticles: () => machineReadable.listFeedArticles(),
  listSitemapArticles: () => machineReadable.listSitemapArticles(1, 100),
  listRecentArticles: () => machineReadable.listRecentArticles(new Date()),
  listSitemapPages: () => machineReadable.listSitemapPages(1, 100),
  getSite: () => site.getSite(),
  getSiteOrFallback: () => site.getSiteOrFallback(),
};
/** Readers of drafts: never cached, so they carry no tags. */
const DRAFT_READERS = ['getReviewArticle'];

const schema = buildSchema(readFileSync(path.join(__dirname, '../../../shared/schema.graphql'), 'utf8'));
const TYPE_OF_GRAPHQL: Record<string, ChangeType> = {
  ...Object.fromEntries(
    Object.entries(contentRegistry).map(([name, entry]) => [entry.graphqlType, name as ChangeType]),
  ),
  [MEDIA_GRAPHQL_TYPE]: 'media',
};

/** The registered types whose fields a document selects. */
function typesShown(document: DocumentNode): Set<ChangeType> {
  const shown = new Set<ChangeType>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = getNamedType(typeInfo.getType());
        const name = type ? TYPE_OF_GRAPHQL[type.name] : undefined;
        if (name) shown.add(name);
      },
    }),
  );
  return shown;
}

beforeAll(async () => {
  for (const [reader, call] of Object.entries(READERS)) {
    current = reader;
    await call().catch((error: unknown) => {
      if (!(error instanceof Recorded_)) throw error;
    });
  }
});

it('knows every reader of the CMS', () => {
  const exported = [articles, listings, machineReadable, site].flatMap((module) =>
    Object.entries(module)
      .filter(([name, value]) => typeof value === 'function' && /^(get|list|search|find)[A-Z]/.test(name))
      .map(([name]) => name),
  );
  expect(exported.filter((name) => !(name in READERS) && !DRAFT_READERS.includes(name))).toEqual([]);
  expect(recorded.map((entry) => entry.reader).sort()).toEqual(Object.keys(READERS).sort());
});

it('finds the types a document shows', () => {
  const feed = recorded.find((entry) => entry.reader === 'listFeedArticles')!;
  expect([...typesShown(feed.document)].sort()).toEqual(['article', 'author', 'media', 'section', 'site-setting']);
});

it.each(Object.keys(READERS))('%s is expired by a change to anything it shows', (reader) => {
  const entry = recorded.find((candidate) => candidate.reader === reader)!;
  expect(entry.read.mode).toBe('published');
  const readTags = entry.read.mode === 'published' ? entry.read.tags : [];
  const shown = [...typesShown(entry.document)];
  expect(shown.length).toBeGreaterThan(0);
  const missed = shown.filter((type) => !tagsForChange({ type }).some((tag) => readTags.includes(tag)));
  expect(missed).toEqual([]);
});

it('covers every change type the CMS can send', () => {
  expect(CHANGE_TYPES.every((type) => tagsForChange({ type }).length > 0)).toBe(true);
});
