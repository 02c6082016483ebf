import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import type { Core } from '@strapi/strapi';
import {
  buildSchema,
  execute,
  getNamedType,
  getVariableValues,
  isEnumType,
  isObjectType,
  isScalarType,
  Kind,
  print,
  printSchema,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { websiteReadPermissions } from '../bootstrap/api-tokens';
import { isApiToken } from '../draft-privacy/credentials';

/**
 * The website's pages, each read in one pass.
 *
 * Through Strapi's resolvers a page is dozens of fields, each going through the document service
 * or a relation loader with its own validation, sanitizing and query building: at 10,000 articles
 * about 1.3 ms of CPU each, three times the SQL they run (BENCHMARKS.md). A page reader answers
 * one of the website's own documents, asked with the website's published-only token, with a few
 * database reads bound to published rows; GraphQL then executes the request's document over those
 * rows, with Strapi's schema minus its resolvers, so aliases, fragments, `__typename` and scalar
 * formats are exactly Strapi's.
 *
 * A reader answers only what it was written for, and anything else goes to Strapi:
 * - the document is the reader's (ignoring the `__typename` fields Apollo Client adds), and its
 *   shape, every relation and every argument, is the reader's `shape`: a change to the document
 *   the reader does not know turns it off, with a warning (and its test fails);
 * - the credential is the website's token, still holding exactly the permissions the CMS gave it
 *   at start (an admin narrowing them sends requests back through Strapi's checks);
 * - the reader accepts the variables (it returns null for any it was not written for);
 * - pictures are public (a private upload provider signs URLs per request, as Strapi does).
 * Tests compare each reader's answers with Strapi's own for the same request, drafts included.
 */

/** One of the website's documents, and how to read what it asks. */
export type PageReader = {
  name: string;
  document: DocumentNode;
  /** Every relation and argument of `document`, as `shapeOf` writes them. */
  shape: string;
  /**
   * The root fields' values by response key (alias, else name), read from published rows; null
   * for variables this reader does not answer.
   */
  read(
    strapi: Core.Strapi,
    variables: Record<string, unknown>,
    schema: GraphQLSchema,
    limits: Limits,
  ): Promise<Record<string, unknown> | null>;
};
export type Limits = { defaultLimit: number; maxLimit: number };

type Settings = { strapi: Core.Strapi; readerTokenId: number | string; permissions: string; limits: Limits };
let settings: Settings | null = null;

/**
 * Turns the readers on for the website's token (null: off). Runs at bootstrap, once the token
 * exists; they stay off where pictures are private.
 */
export async function startPageReaders(strapi: Core.Strapi, readerTokenId: number | string | null): Promise<void> {
  settings = null;
  if (readerTokenId === null) return;
  const provider = strapi.plugin('upload').provider as { isPrivate?: () => boolean | Promise<boolean> };
  if (await provider.isPrivate?.()) return;
  const graphql = strapi.plugin('graphql');
  const limits = {
    defaultLimit: Number(graphql.config('defaultLimit') ?? 25),
    maxLimit: Number(graphql.config('maxLimit') ?? -1),
  };
  settings = { strapi, readerTokenId, permissions: websiteReadPermissions(strapi).join(), limits };
}

/** Turns the readers off (the CMS shutting down). */
export function stopPageReaders(): void {
  settings = null;
}

/** The document without `__typename` fields, its operation first and fragments by name, printed. */
export function canonical(document: DocumentNode): string {
  const stripped = visit(document, { Field: (field) => (field.name.value === '__typename' ? null : undefined) });
  const rank = (definition: (typeof stripped.definitions)[number]) =>
    definition.kind === Kind.FRAGMENT_DEFINITION ? `1${definition.name.value}` : '0';
  return [...stripped.definitions]
    .sort((a, b) => rank(a).localeCompare(rank(b)))
    .map((definition) => print(definition))
    .join('\n');
}

/**
 * Every relation and component a document's operation reaches, and every field asked with
 * arguments or directives: one line each, by response path, fragments spread in place.
 */
export function shapeOf(schema: GraphQLSchema, document: DocumentNode): string {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const root = schema.getQueryType();
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION || !root) return '';
  const lines = new Set<string>();
  const walk = (type: GraphQLObjectType, selections: readonly SelectionNode[], path: string) => {
    for (const selection of selections) {
      if (selection.kind !== Kind.FIELD) {
        const spread = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        const condition = spread?.typeCondition?.name.value;
        if (!spread || (condition && condition !== type.name) || selection.directives?.length) {
          lines.add(`${path}(a fragment this reader does not follow)`);
          continue;
        }
        walk(type, spread.selectionSet.selections, path);
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename') continue;
      const field = type.getFields()[name];
      const named = field ? getNamedType(field.type) : null;
      const args = selection.arguments?.length ? `(${selection.arguments.map((arg) => print(arg)).join(', ')})` : '';
      const directives = selection.directives?.map((directive) => ` ${print(directive)}`).join('') ?? '';
      const line = `${path}${selection.alias ? `${selection.alias.value}=` : ''}${name}${args}${directives}`;
      if (named && isObjectType(named) && selection.selectionSet) {
        lines.add(line);
        walk(named, selection.selectionSet.selections, `${line}.`);
      } else if (args || directives || !named || !(isScalarType(named) || isEnumType(named))) {
        lines.add(line);
      }
    }
  };
  walk(root, operation.selectionSet.selections, '');
  return [...lines].sort().join('\n');
}

// Strapi's schema without its resolvers: GraphQL then reads each field off the rows given to it.
// Its scalars are Strapi's own, so dates, JSON and numbers come out exactly as Strapi's do.
const plainSchemas = new WeakMap<GraphQLSchema, GraphQLSchema>();
function plainSchemaOf(schema: GraphQLSchema): GraphQLSchema {
  let plain = plainSchemas.get(schema);
  if (!plain) {
    plain = buildSchema(printSchema(schema));
    for (const type of Object.values(plain.getTypeMap())) {
      const own = schema.getType(type.name);
      if (!isScalarType(type) || !isScalarType(own) || type.name.startsWith('__')) continue;
      type.serialize = own.serialize;
      type.parseValue = own.parseValue;
      type.parseLiteral = own.parseLiteral;
    }
    plainSchemas.set(schema, plain);
  }
  return plain;
}

// Root fields by response key (two aliases of `sections` are two answers); below the root, rows
// hold their fields by name.
const readField: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) => {
  const row = source as Record<string, unknown> | null;
  const key = info.parentType.name === info.schema.getQueryType()?.name ? info.path.key : info.fieldName;
  const value = row?.[key];
  return typeof value === 'function' ? undefined : value;
};

type Auth = {
  strategy?: { name?: string };
  credentials?: { id?: unknown; type?: string; permissions?: unknown } | null;
};

/** Whether the request is the website's token with the permissions it was given at start. */
function isWebsiteReader(current: Settings, auth: Auth | undefined): boolean {
  if (!isApiToken(auth, current.readerTokenId)) return false;
  const credentials = auth?.credentials;
  if (credentials?.type !== 'custom' || !Array.isArray(credentials.permissions)) return false;
  const granted = credentials.permissions.map((permission: unknown) =>
    typeof permission === 'string' ? permission : (permission as { action?: unknown } | null)?.action,
  );
  return granted.every((action) => typeof action === 'string') && [...granted].sort().join() === current.permissions;
}

type Context = { state?: { auth?: Auth } };

/**
 * The Apollo Server plugin that answers the website's pages with `readers`. Registered after the
 * response cache, whose kept answers come first and which keeps these.
 */
export function pageReaderPlugin(readers: readonly PageReader[]): ApolloServerPlugin<Context> {
  const byDocument = new Map(readers.map((reader) => [canonical(reader.document), reader]));
  // Which reader each document text is for (by Apollo's hash of it), or none.
  const recognised = new Map<string, PageReader | null>();
  const readerOf = (queryHash: string, document: DocumentNode): PageReader | null => {
    let reader = recognised.get(queryHash);
    if (reader === undefined) {
      reader = byDocument.get(canonical(document)) ?? null;
      if (recognised.size >= 1000) recognised.clear();
      recognised.set(queryHash, reader);
    }
    return reader;
  };
  // Whether each reader's document still has the shape it was written for, per schema.
  const fits = new WeakMap<GraphQLSchema, Map<PageReader, boolean>>();
  const fitsSchema = (strapi: Core.Strapi, reader: PageReader, schema: GraphQLSchema): boolean => {
    let known = fits.get(schema);
    if (!known) fits.set(schema, (known = new Map()));
    let fit = known.get(reader);
    if (fit === undefined) {
      const shape = shapeOf(schema, reader.document);
      fit = shape === reader.shape;
      if (!fit)
        strapi.log.warn(
          `The website's ${reader.name} document changed: its page reader is off until it reads ` +
            `what the document asks. Its shape now:\n${shape}`,
        );
      known.set(reader, fit);
    }
    return fit;
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation(context: GraphQLRequestContextResponseForOperation<Context>) {
          const current = settings;
          if (!current || context.operation.operation !== 'query' || !context.queryHash) return null;
          if (!isWebsiteReader(current, context.contextValue.state?.auth)) return null;
          const reader = readerOf(context.queryHash, context.document);
          if (!reader || !fitsSchema(current.strapi, reader, context.schema)) return null;
          const coerced = getVariableValues(
            context.schema,
            context.operation.variableDefinitions ?? [],
            context.request.variables ?? {},
          );
          if (coerced.errors) return null;
          let rootValue: Record<string, unknown> | null;
          try {
            rootValue = await reader.read(current.strapi, coerced.coerced, context.schema, current.limits);
          } catch (error) {
            // Slower, never wrong: Strapi answers (e.g. a database without the listing table yet).
            current.strapi.log.warn(`The ${reader.name} reader left a request to Strapi: ${(error as Error).message}`);
            return null;
          }
          if (!rootValue) return null;
          const result = await execute({
            schema: plainSchemaOf(context.schema),
            document: context.document,
            rootValue,
            variableValues: context.request.variables ?? {},
            operationName: context.request.operationName,
            fieldResolver: readField,
          });
          // Anything GraphQL could not answer from these rows is Strapi's to answer.
          if (result.errors?.length) return null;
          return { http: context.response.http, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      };
    },
  };
}

/**
 * The field names a document selects below any field named in `under` (everywhere, without it),
 * fragments followed: a superset of the columns the rows answering those fields need (a name that
 * is no column of the type read, e.g. a section's `name`, is skipped when reading).
 */
export function selectedFields(document: DocumentNode, under?: readonly string[]): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const names = new Set<string>();
  const collect = (set: SelectionSetNode | undefined, inside: boolean, followed: ReadonlySet<string>): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (inside) names.add(selection.name.value);
        collect(selection.selectionSet, inside || (under?.includes(selection.name.value) ?? false), followed);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, inside, followed);
      } else if (!followed.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        collect(fragment?.selectionSet, inside, new Set([...followed, selection.name.value]));
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) collect(definition.selectionSet, under === undefined, new Set());
  }
  return [...names];
}
