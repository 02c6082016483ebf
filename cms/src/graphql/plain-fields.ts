import path from 'node:path';

/**
 * Plain data fields read their value synchronously, as GraphQL's default resolver does.
 *
 * Strapi's GraphQL wraps every field of the schema in an async resolver: an article's `title` as
 * much as `Query.articles`. Off the root types, for a field nobody configured, that wrapper checks
 * no auth (there is no auth config), runs no policy (there is none) and no middleware, and then
 * reads `parent[field]`, but it builds a policy context and a promise on the way, for every
 * field of every card on every page. Here such fields get their plain read back, after Strapi has
 * wrapped the schema, so the decision stays Strapi's:
 *
 * - only fields that had no resolver of their own before wrapping (relations, components and our
 *   own fields keep theirs);
 * - never on Query, Mutation or Subscription, where the wrapper checks the caller's permissions;
 * - never on a field with a resolver config (auth, policies or middlewares), so a policy added
 *   later to a scalar field still runs.
 */

type Field = { resolve?: unknown };
type FieldsHolder = { name: string; getFields: () => Record<string, Field>; getInterfaces?: unknown };
type Schema = { getTypeMap: () => Record<string, unknown> };
type WrapOptions = { schema: Schema; extension?: { resolversConfig?: Record<string, unknown> } };
type WrapModule = { wrapResolvers: (options: WrapOptions) => Schema };

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

const isObjectType = (type: unknown): type is FieldsHolder =>
  typeof type === 'object' &&
  type !== null &&
  typeof (type as FieldsHolder).getFields === 'function' &&
  typeof (type as FieldsHolder).getInterfaces === 'function' &&
  !(type as FieldsHolder).name.startsWith('__');

/**
 * The fields `wrapResolvers` may hand back their plain read, found before it wraps them: those
 * whose resolver is GraphQL's default one (`defaultResolver`; Nexus sets it on every data field).
 */
export function plainFields(options: WrapOptions, defaultResolver: unknown): Field[] {
  const configs = options.extension?.resolversConfig ?? {};
  const configured = (type: string, field: string) => {
    const byType = configs[type];
    return (
      `${type}.${field}` in configs ||
      (typeof byType === 'object' && byType !== null && field in (byType as Record<string, unknown>))
    );
  };
  const found: Field[] = [];
  for (const [name, type] of Object.entries(options.schema.getTypeMap())) {
    if (!isObjectType(type) || ROOT_TYPES.has(name)) continue;
    for (const [fieldName, field] of Object.entries(type.getFields())) {
      if (
        fieldName.startsWith('__') ||
        (field.resolve !== undefined && field.resolve !== defaultResolver) ||
        configured(name, fieldName)
      )
        continue;
      found.push(field);
    }
  }
  return found;
}

let installed = false;

/** Wraps Strapi's `wrapResolvers` (read at each schema build) once per process. */
export function registerPlainFields(): void {
  if (installed) return;
  installed = true;
  // Strapi's own modules, through the same `require` its GraphQL plugin uses (no typings).
  const root = path.dirname(require.resolve('@strapi/plugin-graphql/package.json'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wrapModule = require(path.join(root, 'dist/server/services/content-api/wrap-resolvers.js')) as WrapModule;
  const wrapResolvers = wrapModule.wrapResolvers;
  if (typeof wrapResolvers !== 'function') {
    throw new Error('@strapi/plugin-graphql no longer has content-api/wrap-resolvers: review plain-fields.ts');
  }
  // GraphQL as Strapi's schema builder loads it: its default resolver is the one to recognise.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { defaultFieldResolver } = require(require.resolve('graphql', { paths: [root] })) as {
    defaultFieldResolver: unknown;
  };
  wrapModule.wrapResolvers = (options) => {
    const plain = plainFields(options, defaultFieldResolver);
    const schema = wrapResolvers(options);
    for (const field of plain) field.resolve = defaultFieldResolver;
    return schema;
  };
}
