import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

type ReadParams = { status?: string; hasPublishedVersion?: unknown; publicationFilter?: unknown };
type Auth = { strategy?: { name?: string }; credentials?: { id?: number } | null } | undefined;

/** True when a read asks for draft versions, or filters by how drafts relate to published versions. */
export function asksForDrafts(params: ReadParams): boolean {
  return (
    params.status === 'draft' || params.hasPublishedVersion !== undefined || params.publicationFilter !== undefined
  );
}

/**
 * Drafts stay private. Stock Strapi serves drafts to anyone holding a `find` permission (GraphQL
 * `status: DRAFT`, REST `?status=draft`, `hasPublishedVersion`, `publicationFilter`). Here, on the
 * content API, only the preview token may ask for drafts; the public role and the website's
 * published-read token get 403. The admin panel and the CMS's own code are not affected.
 */
export function registerDraftAccess(strapi: Core.Strapi, previewTokenId: number | null): void {
  strapi.documents.use(async (context, next) => {
    if (!READ_ACTIONS.has(context.action) || !asksForDrafts(context.params as ReadParams)) return next();
    const request = strapi.requestContext.get();
    if (!request) return next(); // not an HTTP request: seeders, bootstrap, the CMS's own services
    const auth = request.state?.auth as Auth;
    const strategy = auth?.strategy?.name;
    if (strategy === 'admin') return next();
    // The API-token strategy is "content-api-token" in 5.54 ("api-token" in earlier 5.x).
    const isToken = strategy === 'content-api-token' || strategy === 'api-token';
    if (isToken && previewTokenId !== null && auth?.credentials?.id === previewTokenId) return next();
    throw new errors.ForbiddenError('Drafts can only be read with the preview token.');
  });
}
