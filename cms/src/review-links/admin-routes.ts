import type { Core } from '@strapi/strapi';
import { reviewLinkExpiry, routes, signReviewToken } from '@newsroom/shared';
import { cmsEnv } from '../env';
import { currentRevision, revokeReviewLinks } from './revision';

const ARTICLE = 'api::article.article';

type Context = {
  params: { documentId: string };
  request: { body?: { days?: unknown } };
  status: number;
  body: unknown;
};

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
      ctx.status = 503;
      ctx.body = { error: { message: 'REVIEW_LINK_SECRET is not configured on the CMS.' } };
      return;
    }
    let expiresAt: number;
    try {
      // No `days` at all means the default (7); anything else must be a whole number from 1 to 30.
      expiresAt = reviewLinkExpiry(ctx.request.body?.days);
    } catch (error) {
      ctx.status = 400;
      ctx.body = { error: { message: (error as Error).message } };
      return;
    }
    const revision = await currentRevision(strapi, ctx.params.documentId);
    if (revision === null) {
      ctx.status = 404;
      ctx.body = { error: { message: 'No such article.' } };
      return;
    }
    const token = signReviewToken(
      { documentId: ctx.params.documentId, expiresAt, revision },
      settings.reviewLinkSecret,
    );
    ctx.body = {
      url: `${settings.publicUrl}${routes.review(token)}`,
      expiresAt: new Date(expiresAt * 1000).toISOString(),
    };
  };

  const revoke = async (ctx: Context) => {
    const revision = await currentRevision(strapi, ctx.params.documentId);
    if (revision === null) {
      ctx.status = 404;
      ctx.body = { error: { message: 'No such article.' } };
      return;
    }
    await revokeReviewLinks(strapi, ctx.params.documentId, revision);
    strapi.log.info(`Review links for article ${ctx.params.documentId} revoked (revision ${revision + 1}).`);
    ctx.body = { revision: revision + 1 };
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
  } as never);
}
