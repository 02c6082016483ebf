import type { Core } from '@strapi/strapi';
import { searchTextOf } from '@newsroom/shared';

const ARTICLE = 'api::article.article';
const BATCH = 200;

/**
 * Fills `searchText` (what search reads) on article rows saved before it existed, drafts and
 * published versions alike. Rows saved since carry it, so later starts do nothing (one query).
 */
export async function backfillSearchText(strapi: Core.Strapi): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows: { id: number; title: string | null; dek: string | null; body: unknown }[] = await strapi.db
      .query(ARTICLE)
      .findMany({
        where: { searchText: { $null: true } },
        select: ['id', 'title', 'dek', 'body'],
        limit: BATCH,
      });
    if (rows.length === 0) break;
    for (const row of rows) {
      const body = typeof row.body === 'string' ? JSON.parse(row.body) : row.body;
      await strapi.db.query(ARTICLE).update({
        where: { id: row.id },
        data: { searchText: searchTextOf({ ...row, body }) },
      });
    }
    filled += rows.length;
  }
  if (filled > 0) strapi.log.info(`Search: filled the search text of ${filled} article rows.`);
  return filled;
}
