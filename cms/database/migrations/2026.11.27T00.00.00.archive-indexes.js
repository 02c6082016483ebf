'use strict';
// The indexes the site's read paths need at 100,000 articles, and full-text search, for SQLite and
// PostgreSQL. Strapi creates no index on uid fields or on the dates we sort by.
//
// Strapi runs this file (a database migration) once per database, before it syncs its own tables.
// On a brand-new database those tables do not exist yet, so the CMS's bootstrap runs the same
// `ensureArchiveIndexes` again once they do (cms/src/bootstrap/query-indexes.ts). Everything here
// is idempotent. Strapi leaves indexes, columns, tables and triggers it did not create alone.
//
// Search: SQLite gets an FTS5 table over the published rows' `articles.search_text` (porter
// stemmer, Unicode-aware, diacritics folded) kept current by triggers; PostgreSQL a stored
// `tsvector` column computed from `search_text` (English stemming) with a GIN index. Both find
// "dam" for "dams" and rank matches.

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
  // Linking an article to a section, tag or author first asks for the subject's highest article
  // position (Strapi keeps that order): read off these, not off every link row of the subject,
  // so an import does not slow down as the archive grows (PostgreSQL at 45,000 articles: 24 ms →
  // 1.7 ms per link).
  { table: 'articles_section_lnk', name: 'articles_section_lnk_section_order', columns: ['section_id', 'article_ord'] },
  { table: 'articles_tags_lnk', name: 'articles_tags_lnk_tag_order', columns: ['tag_id', 'article_ord'] },
  { table: 'articles_author_lnk', name: 'articles_author_lnk_author_order', columns: ['author_id', 'article_ord'] },
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

/**
 * The FTS5 table holds the text of published rows only: a draft's words are never in the index a
 * reader's search reads, and a search for common words ranks half as many rows. Each trigger
 * indexes or un-indexes a row as it gains or loses its publishing time (Strapi publishes by
 * writing a new published row and deleting the old one; drafts are updated in place).
 */
const sqliteTriggers = (fts) => ({
  [`${fts}_insert`]: `CREATE TRIGGER ${fts}_insert AFTER INSERT ON articles WHEN new.published_at IS NOT NULL BEGIN
    INSERT INTO ${fts}(rowid, search_text) VALUES (new.id, new.search_text);
  END`,
  [`${fts}_delete`]: `CREATE TRIGGER ${fts}_delete AFTER DELETE ON articles WHEN old.published_at IS NOT NULL BEGIN
    INSERT INTO ${fts}(${fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  END`,
  // One trigger, so the old text leaves the index before the new text enters it.
  [`${fts}_update`]: `CREATE TRIGGER ${fts}_update AFTER UPDATE OF search_text, published_at ON articles BEGIN
    INSERT INTO ${fts}(${fts}, rowid, search_text) SELECT 'delete', old.id, old.search_text WHERE old.published_at IS NOT NULL;
    INSERT INTO ${fts}(rowid, search_text) SELECT new.id, new.search_text WHERE new.published_at IS NOT NULL;
  END`,
});

async function sqliteSearch(knex) {
  const { ftsTable } = SEARCH;
  const wanted = sqliteTriggers(ftsTable);
  const existing = await knex.raw(
    `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles'`,
  );
  const current = new Map(existing.map((row) => [row.name, row.sql]));
  const upToDate = Object.entries(wanted).every(([name, sql]) => current.get(name) === sql);
  await knex.raw(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${ftsTable} USING fts5(search_text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`,
  );
  if (upToDate) return;
  // New or changed triggers (a new database, an earlier version, or Strapi rebuilt the articles
  // table and dropped them): replace them all and index the published rows afresh, in one go.
  await knex.transaction(async (trx) => {
    for (const name of Object.keys(wanted)) await trx.raw(`DROP TRIGGER IF EXISTS ${name}`);
    for (const sql of Object.values(wanted)) await trx.raw(sql);
    await trx.raw(`INSERT INTO ${ftsTable}(${ftsTable}) VALUES ('delete-all')`);
    await trx.raw(
      `INSERT INTO ${ftsTable}(rowid, search_text) SELECT id, search_text FROM articles WHERE published_at IS NOT NULL`,
    );
  });
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
