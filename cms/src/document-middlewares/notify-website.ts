import type { Core } from '@strapi/strapi';
import { contentRegistry, contentTypeOfUid } from '@newsroom/shared';
import { cmsEnv } from '../env';
import { isQuiet } from '../import/quiet';
import { createWebsiteNotifier } from '../revalidation/website-notifier';

// Draft & publish types change what readers see only on these actions (or on a save with
// status "published"); types without drafts are live on every write.
const LIVE_ACTIONS = new Set(['publish', 'unpublish', 'delete']);
const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish']);

type Params = { documentId?: string; status?: string };

/**
 * Notifies the website after changes readers can see. A document-service middleware rather than a
 * webhook: it runs once per document action with the document id and, read from the database
 * before and after, every slug involved — Strapi 5 webhooks can carry `entry: null` on publish and
 * fire `entry.delete` for the draft row when publishing. Media edits come through a db lifecycle.
 */
export function registerWebsiteNotifications(strapi: Core.Strapi): void {
  const link = cmsEnv().website;
  if (!link) {
    strapi.log.info('WEB_URL or REVALIDATE_SECRET not set: the website will not be told about publishes.');
    return;
  }
  const notifier = createWebsiteNotifier(link, strapi.log);
  strapi.log.info(`Published changes will be announced to ${link.webUrl}/api/revalidate.`);

  // Every URL of the article: its slugs and its former slugs (their redirects point at it).
  const slugsOf = async (documentId: string | undefined): Promise<string[]> => {
    if (!documentId) return [];
    const rows: { slug?: string; formerSlugs?: { slug?: string }[] }[] = await strapi.db
      .query('api::article.article')
      .findMany({ where: { documentId }, select: ['slug'], populate: { formerSlugs: true } });
    return rows
      .flatMap((row) => [row.slug, ...(row.formerSlugs ?? []).map((former) => former.slug)])
      .filter((slug): slug is string => Boolean(slug));
  };

  strapi.documents.use(async (context, next) => {
    // Every type in the content registry, and nothing else: the website shows exactly those.
    const type = contentTypeOfUid(context.uid);
    if (!type || !WRITE_ACTIONS.has(context.action) || isQuiet()) return next();
    const params = context.params as Params;
    const hasDrafts = contentRegistry[type].drafts;
    const live = !hasDrafts || LIVE_ACTIONS.has(context.action) || params.status === 'published';
    if (!live) return next();

    const before = type === 'article' ? await slugsOf(params.documentId) : [];
    const result = await next();
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    const after = type === 'article' ? await slugsOf(documentId) : [];
    await notifier.notify({ type, action: context.action, documentId, slugs: [...new Set([...before, ...after])] });
    return result;
  });

  const mediaChanged = (action: string) => () => notifier.notify({ type: 'media', action });
  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file'],
    afterUpdate: mediaChanged('update'),
    afterDelete: mediaChanged('delete'),
  });
}
