import type { Core } from '@strapi/strapi';

// Strapi creates no index on uid fields or on dates we sort by. With 10,000 articles on SQLite an
// article-by-slug lookup took 65 ms without one and 11 ms with it; the front page (newest by
// publication date, then publishing time) took 128 ms before articles_publication_order and 32 ms
// after (`npm run bench:search`, see README, Benchmarks).
const INDEXES = [
  { table: 'articles', name: 'articles_slug_lookup', columns: ['slug', 'published_at'] },
  { table: 'articles', name: 'articles_latest_order', columns: ['published_at', 'publication_date'] },
  { table: 'articles', name: 'articles_publication_order', columns: ['publication_date', 'published_at'] },
  { table: 'authors', name: 'authors_slug_lookup', columns: ['slug'] },
  { table: 'sections', name: 'sections_slug_lookup', columns: ['slug'] },
  { table: 'tags', name: 'tags_slug_lookup', columns: ['slug'] },
  // An old URL's lookup (a former slug → the article that had it), and the scheduler's due drafts.
  { table: 'components_shared_former_slugs', name: 'former_slugs_lookup', columns: ['slug'] },
  { table: 'articles', name: 'articles_publish_due', columns: ['publish_at'] },
  { table: 'articles', name: 'articles_unpublish_due', columns: ['unpublish_at'] },
];

/** Creates the indexes our read paths need, once; safe to run at every start. */
export async function ensureQueryIndexes(strapi: Core.Strapi): Promise<void> {
  // On PostgreSQL the tables may live in a configured schema (DATABASE_SCHEMA), not the search path.
  const schema = strapi.db.getSchemaName();
  for (const { table, name, columns } of INDEXES) {
    if (!(await strapi.db.getSchemaConnection().hasTable(table))) continue;
    const qualifiedTable = schema ? `"${schema}"."${table}"` : `"${table}"`;
    const columnList = columns.map((column) => `"${column}"`).join(', ');
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS "${name}" ON ${qualifiedTable} (${columnList})`);
  }
}
