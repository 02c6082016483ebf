import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';

/** An article's review revision (links signed with an older one no longer open); null when there is no such article. */
export async function currentRevision(strapi: Core.Strapi, documentId: string): Promise<number | null> {
  const rows = await strapi.db.query(ARTICLE).findMany({ where: { documentId }, select: ['reviewRevision'] });
  if (rows.length === 0) return null;
  return Math.max(...rows.map((row: { reviewRevision?: number | null }) => row.reviewRevision ?? 0));
}

/**
 * Makes every review link to the article fail from now on, by moving its revision past `revision`.
 * Written straight to the draft row (not an editorial change: no draft modification, no website
 * notification); the published row, which the content API serves, keeps 0, so readers cannot
 * tell that links were shared or revoked.
 */
export async function revokeReviewLinks(strapi: Core.Strapi, documentId: string, revision: number): Promise<void> {
  const rows = strapi.db.query(ARTICLE);
  await rows.updateMany({ where: { documentId, publishedAt: null }, data: { reviewRevision: revision + 1 } });
  await rows.updateMany({ where: { documentId, publishedAt: { $notNull: true } }, data: { reviewRevision: 0 } });
}

/**
 * Publishing ends an article's review links: a link is for reading a draft before it goes out, and
 * once it is out readers and reviewers read the published page. Links made after publishing open
 * the next draft. Runs after the publish, so the new published row gets the new revision too.
 */
export function registerReviewLinksEndOnPublish(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid !== ARTICLE || context.action !== 'publish') return result;
    const documentId = (context.params as { documentId?: string }).documentId;
    const revision = documentId ? await currentRevision(strapi, documentId) : null;
    if (documentId && revision !== null) await revokeReviewLinks(strapi, documentId, revision);
    return result;
  });
}
