import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';

/**
 * One database read per relation field per page, not one per article.
 *
 * Strapi's GraphQL resolves a relation field once per parent: a page of 12 article cards asks for
 * each card's author, section and picture separately (36 reads, and Strapi's `load` spends two
 * queries on each). Here every to-one relation and single picture whose target has no drafts is
 * read for all the parents waiting at the same moment of the same request, in one populate: one
 * query per field and page. The caller's populate for a target is worked out once per request.
 *
 * What the field answers does not change: the same validation and sanitizing of the (empty)
 * arguments, the same database populate Strapi's `load` makes, signed URLs for private pictures,
 * and the entity the field resolves to. Fields with arguments, to-many relations and relations into
 * draft-and-publish types (whose status the draft guard decides) are left to Strapi.
 */

type Attribute = { type: string; target?: string; relation?: string; multiple?: boolean };
type Schema = { uid: string; modelType: string; attributes: Record<string, Attribute> };
type Row = { id: number | string } & Record<string, unknown>;
type Resolve = (parent: unknown, args: Record<string, unknown>, context: object, info: unknown) => unknown;

const MEDIA = 'plugin::upload.file';

/** What this reads of Strapi's query builder: its processed populate, as `execute` applies it. */
type QueryBuilder = { init(params: object): QueryBuilder; processState(): void; state: { populate: object } };
type EntityManager = { createQueryBuilder(uid: string): QueryBuilder };
type ApplyPopulate = (
  rows: Row[],
  populate: object,
  context: { qb: QueryBuilder; uid: string; db: unknown },
) => Promise<void>;
// The populate step of Strapi's query builder (`execute`), which `@strapi/database` does not export.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const applyPopulate = require(
  path.join(path.dirname(require.resolve('@strapi/database')), 'query', 'helpers', 'populate', 'apply.js'),
) as ApplyPopulate;

/** The to-one relations and single media fields of a schema that may be batched, with their target. */
export function batchableFields(
  schema: Schema,
  hasDrafts: (uid: string) => boolean,
): { field: string; target: string; media: boolean }[] {
  const found: { field: string; target: string; media: boolean }[] = [];
  for (const [field, attribute] of Object.entries(schema.attributes)) {
    if (attribute.type === 'media' && !attribute.multiple) {
      found.push({ field, target: MEDIA, media: true });
    } else if (
      attribute.type === 'relation' &&
      attribute.target &&
      /^(oneToOne|manyToOne)$/.test(attribute.relation ?? '') &&
      !hasDrafts(attribute.target)
    ) {
      found.push({ field, target: attribute.target, media: false });
    }
  }
  return found;
}

type Waiting = { id: Row['id']; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/** Requests of one GraphQL operation, by `<parent uid>.<field>`. */
const batchesByOperation = new WeakMap<object, Map<string, Waiting[]>>();

export function registerBatchedRelations(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  graphql.service('extension').use(() => {
    const { getTypeName } = graphql.service('utils').naming as { getTypeName: (model: unknown) => string };
    const hasDrafts = (uid: string) => {
      const model = strapi.getModel(uid as UID.Schema);
      return model ? contentTypes.hasDraftAndPublish(model) : true;
    };
    const resolversConfig: Record<string, { middlewares: unknown[] }> = {};
    const schemas = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as Schema[];
    for (const schema of schemas) {
      if (schema.uid.startsWith('admin::') || schema.uid.startsWith('plugin::')) continue;
      for (const { field, target, media } of batchableFields(schema, hasDrafts)) {
        const batched = (
          resolve: Resolve,
          parent: unknown,
          args: Record<string, unknown>,
          context: object,
          info: unknown,
        ) => {
          const row = parent as Row | null;
          if (Object.keys(args).length > 0 || !row || row.id === undefined) return resolve(parent, args, context, info);
          return new Promise((resolveValue, reject) => {
            let batches = batchesByOperation.get(context);
            if (!batches) {
              batches = new Map();
              batchesByOperation.set(context, batches);
            }
            const key = `${schema.uid}.${field}`;
            let waiting = batches.get(key);
            if (!waiting) {
              waiting = [];
              batches.set(key, waiting);
              const batch = waiting;
              // Every parent of this field that GraphQL reaches in this turn of the event loop.
              setImmediate(() => {
                batches!.delete(key);
                loadBatch(strapi, { uid: schema.uid, field, target, media }, context, batch).catch((error) => {
                  for (const one of batch) one.reject(error);
                });
              });
            }
            waiting.push({ id: row.id, resolve: resolveValue, reject });
          });
        };
        resolversConfig[`${getTypeName(schema)}.${field}`] = { middlewares: [batched] };
      }
    }
    return { resolversConfig };
  });
}

/** The populate of a field without arguments, by target, for each GraphQL operation (one caller). */
const populatesByOperation = new WeakMap<object, Map<string, Promise<Record<string, unknown>>>>();

/** As Strapi's association resolver reads a field without arguments: validated and sanitized for the caller. */
async function populateFor(strapi: Core.Strapi, target: string, context: object): Promise<Record<string, unknown>> {
  const graphql = strapi.plugin('graphql');
  const { transformArgs } = graphql.service('builders').utils as {
    transformArgs: (args: object, options: object) => Record<string, unknown>;
  };
  const auth = (context as { state?: { auth?: unknown } }).state?.auth;
  const targetType = strapi.getModel(target as UID.Schema);
  const args = transformArgs({}, { contentType: targetType, usePagination: true });
  type Options = Parameters<typeof strapi.contentAPI.validate.query>[2];
  await strapi.contentAPI.validate.query(args, targetType, { auth } as Options);
  const sanitized = await strapi.contentAPI.sanitize.query(args, targetType, { auth } as Options);
  return strapi.get('query-params').transform(target, sanitized) as Record<string, unknown>;
}

async function loadBatch(
  strapi: Core.Strapi,
  { uid, field, target, media }: { uid: string; field: string; target: string; media: boolean },
  context: object,
  waiting: Waiting[],
): Promise<void> {
  let populates = populatesByOperation.get(context);
  if (!populates) {
    populates = new Map();
    populatesByOperation.set(context, populates);
  }
  let pending = populates.get(target);
  if (!pending) {
    pending = populateFor(strapi, target, context);
    populates.set(target, pending);
  }
  // Strapi's query builder may write into a populate it processes: each batch gets its own copy.
  const populate = structuredClone(await pending);

  // Strapi's `findMany({ select: ['id'], where: { id: { $in } }, populate })`, less its first
  // query: the parents' ids are known (GraphQL holds their rows), so the populate runs on them.
  const rows: Row[] = [...new Set(waiting.map((one) => one.id))].map((id) => ({ id }));
  const qb = (strapi.db.entityManager as EntityManager)
    .createQueryBuilder(uid)
    .init({ select: ['id'], populate: { [field]: Object.keys(populate).length > 0 ? populate : true } });
  qb.processState();
  await applyPopulate(rows, qb.state.populate, { qb, uid, db: strapi.db });
  const byId = new Map<string, unknown>();
  const sign = media ? strapi.plugin('upload')?.service('file')?.signFileUrls : undefined;
  for (const row of rows) {
    const value = row[field] ?? null;
    byId.set(String(row.id), value && sign ? await sign(value) : value);
  }
  for (const one of waiting) {
    // The field's own resolver hands GraphQL the entity itself (Strapi unwraps its entity response).
    one.resolve(byId.get(String(one.id)) ?? null);
  }
}
