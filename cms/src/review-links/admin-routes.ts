import type { Core } from '@strapi/strapi';
import { reviewLinkExpiry, routes, signReviewToken } from '@newsroom/shared';
import { cmsEnv } from '../env';
import { currentRevision, revokeReviewLinks } from './revision';

const ARTICLE = 'api::article.article';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** The `days` of a request body (absent when there is no body or no such field). */
const daysOf = (body: unknown): unknown =>
  typeof body === 'object' && body !== null && 'days' in body ? body.days : undefined;

/** Only admins who may edit articles may share or revoke their drafts. */
const canEditArticles = [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [['plugin::content-manager.explorer.update', ARTICLE]] } },
];

/**
 * Admin API behind the article edit view's "Review links" panel:
 * POST /newsroom/articles/:documentId/review-links          → a signed link to the draft ({ days } 1–30, default 7)
 * POST /newsroom/articles/:documentId/review-links/revoke   → every earlier link stops working
 */
export function registerReviewLinkRoutes(strapi: Core.Strapi): void {
  const settings = cmsEnv().review;

  const createLink = async (ctx: Context) => {
    if (!settings.reviewLinkSecret) {
      return ctx.send({ error: { message: 'REVIEW_LINK_SECRET is not configured on the CMS.' } }, 503);
    }
    let expiresAt: number;
    try {
      // No `days` at all means the default (7); anything else must be a whole number from 1 to 30.
      expiresAt = reviewLinkExpiry(daysOf(ctx.request.body));
    } catch (error) {
      return ctx.badRequest(error instanceof Error ? error.message : 'Invalid expiry.');
    }
    const documentId = String(ctx.params.documentId);
    const revision = await currentRevision(strapi, documentId);
    if (revision === null) return ctx.notFound('No such article.');
    const token = signReviewToken({ documentId, expiresAt, revision }, settings.reviewLinkSecret);
    ctx.send({
      url: `${settings.publicUrl}${routes.review(token)}`,
      expiresAt: new Date(expiresAt * 1000).toISOString(),
    });
  };

  const revoke = async (ctx: Context) => {
    const documentId = String(ctx.params.documentId);
    const revision = await currentRevision(strapi, documentId);
    if (revision === null) return ctx.notFound('No such article.');
    await revokeReviewLinks(strapi, documentId, revision);
    strapi.log.info(`Review links for article ${documentId} revoked (revision ${revision + 1}).`);
    ctx.send({ revision: revision + 1 });
  };

  strapi.server.routes({
    type: 'admin',
    prefix: '/newsroom',
    routes: [
      {
        method: 'POST',
        path: '/articles/:documentId/review-links',
        handler: createLink,
        config: { policies: canEditArticles },
        info: {},
      },
      {
        method: 'POST',
        path: '/articles/:documentId/review-links/revoke',
        handler: revoke,
        config: { policies: canEditArticles },
        info: {},
      },
    ],
  });
}
