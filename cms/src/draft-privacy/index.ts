import type { Core, UID } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';
import { mayReadDrafts, type RequestAuth } from './credentials';
import {
  assertSortPublishedOnly,
  GRAPHQL_FILTERS,
  publishedOnlyFilters,
  publishedOnlyParams,
  publishedOnlyWriteParams,
  type Models,
} from './published-only';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);
const WRITE_ACTIONS_ON_PLAIN_TYPES = new Set(['create', 'update', 'delete', 'clone']);

/** Who may read drafts is settled at bootstrap, once the preview token exists. */
export type DraftReaders = { previewTokenId: number | null };

function modelsOf(strapi: Core.Strapi): Models {
  return (uid) => {
    const model = strapi.getModel(uid as UID.Schema);
    if (!model) return undefined;
    return {
      attributes: model.attributes,
      draftAndPublish: contentTypes.hasDraftAndPublish(model),
    };
  };
}

/**
 * Drafts private by construction. Every document-service call made while serving a content-API
 * request is rewritten, unless `mayReadDrafts` says the credential is the admin or the preview
 * token: reads become reads of published versions whatever they asked for, and writes to
 * draft-and-publish types are refused (their response would hand the draft back).
 * Calls outside an HTTP request (seeders, bootstrap, the CMS's own services) are not touched.
 */
function registerDocumentGuard(strapi: Core.Strapi, readers: DraftReaders, models: Models): void {
  strapi.documents.use(async (context, next) => {
    const request = strapi.requestContext.get();
    if (!request) return next();
    if (mayReadDrafts(request.state?.auth as RequestAuth, readers.previewTokenId)) return next();
    if (READ_ACTIONS.has(context.action)) {
      (context as { params: unknown }).params = publishedOnlyParams(models, context.uid, context.params);
      return next();
    }
    if (!models(context.uid)?.draftAndPublish && WRITE_ACTIONS_ON_PLAIN_TYPES.has(context.action)) {
      (context as { params: unknown }).params = publishedOnlyWriteParams(models, context.uid, context.params);
      return next();
    }
    throw new errors.ForbiddenError(
      `${context.contentType.info.displayName} entries are written and published in the admin, not through the content API.`,
    );
  });
}

type GraphqlArgs = Record<string, unknown>;
type GraphqlContext = {
  state?: { auth?: RequestAuth };
  rootQueryArgsByPath?: Map<string | number, Record<string, unknown>>;
};
type GraphqlInfo = { path?: { key: string | number; prev?: unknown } };
type Resolve = (parent: unknown, args: GraphqlArgs, context: GraphqlContext, info: GraphqlInfo) => unknown;

/** Strapi's association resolvers inherit the root field's arguments: publication filters must not ride along. */
function forgetRootPublicationArgs(context: GraphqlContext, info: GraphqlInfo): void {
  let path = info.path as { key: string | number; prev?: unknown } | undefined;
  while (path?.prev) path = path.prev as typeof path;
  const rootArgs = path ? context.rootQueryArgsByPath?.get(path.key) : undefined;
  if (!path || !rootArgs) return;
  const { publicationFilter: _filter, hasPublishedVersion: _has, ...kept } = rootArgs;
  context.rootQueryArgsByPath!.set(path.key, { ...kept, status: 'published' });
}

/**
 * GraphQL relation fields do not go through the document service: Strapi's association resolver
 * loads them from the database with the status of the root query (none at all under a mutation).
 * Every relation field into a draft-and-publish type — on content types and components alike,
 * listed from the schema so a new type is covered without a registration — gets a middleware that
 * forces the published status and binds its filters and sort the same way as the document guard.
 */
function registerGraphqlGuard(strapi: Core.Strapi, readers: DraftReaders, models: Models): void {
  const graphql = strapi.plugin('graphql');
  // The media library is not part of the content API (see extensions/upload): no root queries.
  graphql.service('extension').shadowCRUD('plugin::upload.file').disableQueries();
  graphql.service('extension').use(() => {
    const { getTypeName } = graphql.service('utils').naming as { getTypeName: (model: unknown) => string };
    const resolversConfig: Record<string, { middlewares: unknown[] }> = {};
    const schemas = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)];
    for (const schema of schemas) {
      const attributes: Record<string, { type: string; target?: string; relation?: string }> = schema.attributes;
      for (const [field, attribute] of Object.entries(attributes)) {
        const target = attribute.target;
        if (attribute.type !== 'relation' || !target || !models(target)?.draftAndPublish) continue;
        const guard = (
          resolve: Resolve,
          parent: unknown,
          args: GraphqlArgs,
          context: GraphqlContext,
          info: GraphqlInfo,
        ) => {
          if (mayReadDrafts(context.state?.auth, readers.previewTokenId)) return resolve(parent, args, context, info);
          forgetRootPublicationArgs(context, info);
          if (args.sort !== undefined) assertSortPublishedOnly(models, target, args.sort, true);
          const { publicationFilter: _filter, hasPublishedVersion: _has, ...kept } = args;
          const filters =
            args.filters === undefined
              ? undefined
              : publishedOnlyFilters(models, target, args.filters, GRAPHQL_FILTERS);
          return resolve(
            parent,
            { ...kept, ...(filters === undefined ? {} : { filters }), status: 'published' },
            context,
            info,
          );
        };
        const typeName = getTypeName(schema);
        resolversConfig[`${typeName}.${field}`] = { middlewares: [guard] };
        if (attribute.relation?.endsWith('Many')) {
          resolversConfig[`${typeName}.${field}_connection`] = { middlewares: [guard] };
        }
      }
    }
    return { resolversConfig };
  });
}

/**
 * Keeps drafts private on the content API (REST and GraphQL); see `credentials.ts` for who may
 * read them. Call in `register`; `readers.previewTokenId` is set in `bootstrap`.
 */
export function registerDraftPrivacy(strapi: Core.Strapi, readers: DraftReaders): void {
  const models = modelsOf(strapi);
  registerDocumentGuard(strapi, readers, models);
  registerGraphqlGuard(strapi, readers, models);
}
