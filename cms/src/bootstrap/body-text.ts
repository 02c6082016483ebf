import type { Core } from '@strapi/strapi';
import { blocksToPlainText, searchTextOf } from '@newsroom/shared';

const ARTICLE = 'api::article.article';
const BATCH = 200;

/**
 * Fills `bodyText` and `searchText` (what search reads) on article rows saved before they existed,
 * drafts and published versions alike. Rows saved since carry them, so later starts do nothing.
 */
export async function backfillBodyText(strapi: Core.Strapi): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows: { id: number; title: string | null; dek: string | null; body: unknown }[] = await strapi.db
      .query(ARTICLE)
      .findMany({
        where: { $or: [{ searchText: { $null: true } }, { bodyText: { $null: true }, body: { $notNull: true } }] },
        select: ['id', 'title', 'dek', 'body'],
        limit: BATCH,
      });
    if (rows.length === 0) break;
    for (const row of rows) {
      const body = typeof row.body === 'string' ? JSON.parse(row.body) : row.body;
      await strapi.db.query(ARTICLE).update({
        where: { id: row.id },
        data: { bodyText: blocksToPlainText(body), searchText: searchTextOf({ ...row, body }) },
      });
    }
    filled += rows.length;
  }
  if (filled > 0) strapi.log.info(`Search: filled the plain text of ${filled} article rows.`);
  return filled;
}
