import path from 'node:path';
import type { Core } from '@strapi/strapi';

/** What the CMS reads of cms/database/migrations/…archive-indexes.js. */
type ArchiveIndexes = {
  ensureArchiveIndexes(knex: unknown, options: { schema?: string }): Promise<void>;
  LISTINGS: ArticleListings;
};

/** The table of published articles by section, tag and author (see the migration). */
export type ArticleListings = {
  table: string;
  /** The one-row table counting published article rows. */
  total: string;
  subjects: { relation: string; link: string; column: string }[];
};

function archiveIndexes(strapi: Core.Strapi): ArchiveIndexes {
  const file = path.join(strapi.dirs.app.root, 'database', 'migrations', '2026.11.27T00.00.00.archive-indexes.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as ArchiveIndexes;
}

/**
 * The indexes and full-text search of cms/database/migrations/…archive-indexes.js, once the
 * tables exist. Strapi runs that migration before it creates its tables, so on a brand-new
 * database the migration finds none and this run at bootstrap creates them; on every later start
 * it finds them all in place (a few `IF NOT EXISTS` statements). With 10,000 articles on SQLite an
 * article-by-slug lookup took 65 ms without an index and 11 ms with it (see BENCHMARKS.md).
 */
export async function ensureQueryIndexes(strapi: Core.Strapi): Promise<void> {
  await archiveIndexes(strapi).ensureArchiveIndexes(strapi.db.connection, { schema: strapi.db.getSchemaName() });
}

/** The listing table's name and the article relations it lists by. */
export function articleListings(strapi: Core.Strapi): ArticleListings {
  return archiveIndexes(strapi).LISTINGS;
}
