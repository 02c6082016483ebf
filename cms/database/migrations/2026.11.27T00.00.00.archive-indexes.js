'use strict';
// The indexes the site's read paths need at 100,000 articles, and full-text search, for SQLite and
// PostgreSQL. Strapi creates no index on uid fields or on the dates we sort by.
//
// Strapi runs this file (a database migration) once per database, before it syncs its own tables.
// On a brand-new database those tables do not exist yet, so the CMS's bootstrap runs the same
// `ensureArchiveIndexes` again once they do (cms/src/bootstrap/query-indexes.ts). Everything here
// is idempotent. Strapi leaves indexes, columns, tables and triggers it did not create alone.
//
// Search: SQLite gets an FTS5 table over `articles.search_text` (porter stemmer, Unicode-aware,
// diacritics folded) kept current by triggers; PostgreSQL a stored `tsvector` column computed from
// `search_text` (English stemming) with a GIN index. Both find "dam" for "dams" and rank matches.

const BTREE_INDEXES = [
  // An article by slug. Listings page through the newest articles in exactly the order Strapi
  // sorts them, its id tiebreak included, so page 200 is read off the index, not sorted.
  { table: 'articles', name: 'articles_slug_lookup', columns: ['slug', 'published_at'] },
  { table: 'articles', name: 'articles_newest_published', columns: ['published_at desc', 'id'] },
  {
    table: 'articles',
    name: 'articles_newest_by_date',
    columns: ['publication_date desc', 'published_at desc', 'id'],
  },
  { table: 'authors', name: 'authors_slug_lookup', columns: ['slug'] },
  { table: 'sections', name: 'sections_slug_lookup', columns: ['slug'] },
  { table: 'tags', name: 'tags_slug_lookup', columns: ['slug'] },
  // Listings by section, tag and author join through Strapi's link tables from the other side.
  { table: 'articles_section_lnk', name: 'articles_section_lnk_by_section', columns: ['section_id', 'article_id'] },
  { table: 'articles_tags_lnk', name: 'articles_tags_lnk_by_tag', columns: ['tag_id', 'article_id'] },
  { table: 'articles_author_lnk', name: 'articles_author_lnk_by_author', columns: ['author_id', 'article_id'] },
  // An old URL's lookup (a former slug → the article that had it), and the scheduler's due drafts.
  { table: 'components_shared_former_slugs', name: 'former_slugs_lookup', columns: ['slug'] },
  // (Drafts only: published_at first, so SQLite does not pick the listing index for "IS NULL".)
  { table: 'articles', name: 'articles_due_to_publish', columns: ['published_at', 'publish_at'] },
  { table: 'articles', name: 'articles_due_to_unpublish', columns: ['published_at', 'unpublish_at'] },
  // A section, tag or author page finds its articles through the link table, then needs only
  // these three columns of each: read from this index, not from rows whose long body comes first.
  { table: 'articles', name: 'articles_listing_cover', columns: ['id', 'published_at', 'publication_date'] },
];

/** Indexes an earlier version made, superseded by the ones above. */
const OBSOLETE_INDEXES = [
  'articles_latest_order',
  'articles_publication_order',
  'articles_publish_due',
  'articles_unpublish_due',
];

/** The full-text table (SQLite) and column (PostgreSQL) search reads. */
const SEARCH = { ftsTable: 'articles_search', vectorColumn: 'search_vector', vectorIndex: 'articles_search_vector' };

const isPostgres = (knex) => /^(pg|postgres(ql)?)$/.test(String(knex.client.config.client));

async function columnsExist(knex, schema, table, columns) {
  const builder = schema ? knex.schema.withSchema(schema) : knex.schema;
  if (!(await builder.hasTable(table))) return false;
  for (const column of columns) if (!(await builder.hasColumn(table, column))) return false;
  return true;
}

async function sqliteSearch(knex) {
  const { ftsTable } = SEARCH;
  const existing = await knex.raw(
    `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN ('${ftsTable}_insert', '${ftsTable}_delete', '${ftsTable}_update')`,
  );
  const hadTriggers = existing.length === 3;
  await knex.raw(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${ftsTable} USING fts5(search_text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`,
  );
  await knex.raw(`CREATE TRIGGER IF NOT EXISTS ${ftsTable}_insert AFTER INSERT ON articles BEGIN
    INSERT INTO ${ftsTable}(rowid, search_text) VALUES (new.id, new.search_text);
  END`);
  await knex.raw(`CREATE TRIGGER IF NOT EXISTS ${ftsTable}_delete AFTER DELETE ON articles BEGIN
    INSERT INTO ${ftsTable}(${ftsTable}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  END`);
  await knex.raw(`CREATE TRIGGER IF NOT EXISTS ${ftsTable}_update AFTER UPDATE OF search_text ON articles BEGIN
    INSERT INTO ${ftsTable}(${ftsTable}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO ${ftsTable}(rowid, search_text) VALUES (new.id, new.search_text);
  END`);
  // New triggers (a new database, or Strapi rebuilt the articles table and dropped them): the
  // rows written without them are indexed now.
  if (!hadTriggers) await knex.raw(`INSERT INTO ${ftsTable}(${ftsTable}) VALUES ('rebuild')`);
}

async function postgresSearch(knex, schema) {
  const { vectorColumn, vectorIndex } = SEARCH;
  const table = schema ? `"${schema}"."articles"` : '"articles"';
  await knex.raw(
    `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS "${vectorColumn}" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("search_text", ''))) STORED`,
  );
  await knex.raw(`CREATE INDEX IF NOT EXISTS "${vectorIndex}" ON ${table} USING GIN ("${vectorColumn}")`);
}

/** Creates every index (and the search machinery) whose table exists; safe to run at every start. */
async function ensureArchiveIndexes(knex, { schema } = {}) {
  for (const name of OBSOLETE_INDEXES) {
    await knex.raw(`DROP INDEX IF EXISTS ${schema ? `"${schema}".` : ''}"${name}"`);
  }
  for (const { table, name, columns } of BTREE_INDEXES) {
    // A column is `name` or `name desc`.
    const parts = columns.map((column) => column.split(' '));
    if (
      !(await columnsExist(
        knex,
        schema,
        table,
        parts.map(([column]) => column),
      ))
    )
      continue;
    const qualified = schema ? `"${schema}"."${table}"` : `"${table}"`;
    const list = parts.map(([column, direction]) => `"${column}"${direction === 'desc' ? ' DESC' : ''}`).join(', ');
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${name}" ON ${qualified} (${list})`);
  }
  if (!(await columnsExist(knex, schema, 'articles', ['id', 'search_text']))) return;
  if (isPostgres(knex)) await postgresSearch(knex, schema);
  else await sqliteSearch(knex);
}

module.exports = {
  async up(knex, db) {
    await ensureArchiveIndexes(knex, { schema: db?.getSchemaName?.() });
  },
  ensureArchiveIndexes,
  BTREE_INDEXES,
  SEARCH,
};
