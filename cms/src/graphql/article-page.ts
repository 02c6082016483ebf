import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import type { Core } from '@strapi/strapi';
import { articlePageQuery } from '@newsroom/shared';
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
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionNode,
} from 'graphql';
import { websiteReadPermissions } from '../bootstrap/api-tokens';
import { isApiToken } from '../draft-privacy/credentials';
import { neighbourIdInSection, relatedArticleIds, type ArticleRow } from './article-neighbours';

/**
 * The website's article page, read in one pass.
 *
 * Through Strapi's resolvers the article page is some thirty fields, each going through the
 * document service or a relation loader with its own validation, sanitizing and query building:
 * at 10,000 articles about 1.3 ms of CPU each, three times the SQL they run (BENCHMARKS.md). Here
 * the website's own ArticlePage document, asked with the website's published-only token, is read
 * with a few database queries bound to published rows, and the request's document is executed
 * over those rows by GraphQL itself, so aliases, fragments, `__typename` and scalar formats are
 * exactly Strapi's.
 *
 * It answers only what it was written for, and anything else goes to Strapi:
 * - the document is the website's ArticlePage (ignoring the `__typename` fields Apollo Client
 *   adds), and its shape, every relation and every argument, is READER_SHAPE below: a change to
 *   the document that this reader does not know turns it off (and a test fails);
 * - the credential is the website's token, still holding exactly the permissions the CMS gave it
 *   at start (an admin narrowing them sends requests back through Strapi's checks);
 * - `status` is PUBLISHED; the article is read where `published_at IS NOT NULL`, and every other
 *   type it reaches has no drafts;
 * - pictures are public (a private upload provider signs URLs per request, which Strapi does).
 * Tests compare its answers with Strapi's own for the same request, drafts included.
 */

const ARTICLE = 'api::article.article';
const SECTION = 'api::section.section';
const SITE_SETTING = 'api::site-setting.site-setting';

/**
 * Every relation, component and argument of the document this reader answers, as `shapeOf`
 * writes them. Scalar fields are not listed: they are columns of the rows read here.
 */
const PAGE_ARTICLE = 'articles(filters: {slug: {eq: $slug}}, status: $status, pagination: {limit: 1})';
const RELATED = `${PAGE_ARTICLE}.related(limit: 5)`;
const READER_SHAPE = [
  PAGE_ARTICLE,
  ...['author', 'author.avatar', 'heroImage', 'nextInSection', 'previousInSection'].map((f) => `${PAGE_ARTICLE}.${f}`),
  RELATED,
  ...['author', 'heroImage', 'section'].map((f) => `${RELATED}.${f}`),
  ...['section', 'seo', 'seo.shareImage', 'tags'].map((f) => `${PAGE_ARTICLE}.${f}`),
  'navigation=sections(sort: ["name:asc"], pagination: {limit: 12})',
  'siteSetting',
  'siteSetting.logo',
].join('\n');
// What READER_SHAPE says, for the reads below.
const RELATED_LIMIT = 5;
const NAVIGATION = { orderBy: [{ name: 'asc' }], limit: 12 };

/** Every to-one relation and component of an article, populated whole. */
const ARTICLE_POPULATE = {
  heroImage: true,
  author: { populate: { avatar: true } },
  section: true,
  tags: true,
  seo: { populate: { shareImage: true } },
};
const PUBLISHED = { publishedAt: { $notNull: true } };

type Settings = {
  strapi: Core.Strapi;
  readerTokenId: number | string;
  permissions: string;
  defaultLimit: number;
};
let settings: Settings | null = null;

/**
 * Turns the reader on for the website's token (null: off). Runs at bootstrap, once the token
 * exists; stays off where pictures are private.
 */
export async function startArticlePageReader(
  strapi: Core.Strapi,
  readerTokenId: number | string | null,
): Promise<void> {
  settings = null;
  if (readerTokenId === null) return;
  const provider = strapi.plugin('upload').provider as { isPrivate?: () => boolean | Promise<boolean> };
  if (await provider.isPrivate?.()) return;
  const defaultLimit = Number(strapi.plugin('graphql').config('defaultLimit') ?? 25);
  settings = { strapi, readerTokenId, permissions: websiteReadPermissions(strapi).join(), defaultLimit };
}

// Whether the website's document still has the shape this reader was written for, per schema.
const fitsSchema = new WeakMap<GraphQLSchema, boolean>();
function readerFits(strapi: Core.Strapi, schema: GraphQLSchema): boolean {
  let fits = fitsSchema.get(schema);
  if (fits === undefined) {
    const shape = shapeOf(schema, articlePageQuery);
    fits = shape === READER_SHAPE;
    if (!fits)
      strapi.log.warn(
        "The website's ArticlePage document changed: the article page reader is off until " +
          `cms/src/graphql/article-page.ts reads what it asks. Its shape now:\n${shape}`,
      );
    fitsSchema.set(schema, fits);
  }
  return fits;
}

/** Turns the reader off (the CMS shutting down). */
export function stopArticlePageReader(): void {
  settings = null;
}

/** The document without `__typename` fields, its operation first and fragments by name, printed. */
function canonical(document: DocumentNode): string {
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

// Whether each document (by Apollo's hash of its text) is the website's ArticlePage.
const ARTICLE_PAGE = canonical(articlePageQuery);
const recognised = new Map<string, boolean>();
function isArticlePage(queryHash: string, document: DocumentNode): boolean {
  let known = recognised.get(queryHash);
  if (known === undefined) {
    known = canonical(document) === ARTICLE_PAGE;
    if (recognised.size >= 1000) recognised.clear();
    recognised.set(queryHash, known);
  }
  return known;
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

type Row = ArticleRow & Record<string, unknown>;

/**
 * What the ArticlePage document reads, for one slug: published rows only. The article's id comes
 * first, then its reading-on links, then the article and its links are read whole in one pass.
 */
export async function readArticlePage(
  strapi: Core.Strapi,
  slug: string,
  defaultLimit: number,
): Promise<{ articles: Row[]; siteSetting: Row | null; sections: Row[] }> {
  const [page, siteSetting, sections] = await Promise.all([
    strapi.db
      .query(ARTICLE)
      .findOne({
        select: ['id', 'documentId', 'publicationDate'],
        where: { slug, ...PUBLISHED },
      }) as Promise<Row | null>,
    strapi.db.query(SITE_SETTING).findOne({ where: PUBLISHED, populate: { logo: true } }) as Promise<Row | null>,
    strapi.db.query(SECTION).findMany({ where: PUBLISHED, ...NAVIGATION }) as Promise<Row[]>,
  ]);
  if (!page) return { articles: [], siteSetting, sections };
  const [related, previous, next] = await Promise.all([
    relatedArticleIds(strapi, page, RELATED_LIMIT),
    neighbourIdInSection(strapi, page, 'previous'),
    neighbourIdInSection(strapi, page, 'next'),
  ]);
  const ids = [...new Set([page.id, ...related, previous, next].filter((id) => id !== null).map(String))];
  const found = (await strapi.db
    .query(ARTICLE)
    .findMany({ where: { id: { $in: ids }, ...PUBLISHED }, populate: ARTICLE_POPULATE })) as Row[];
  const byId = new Map(found.map((row) => [String(row.id), row]));
  const published = (id: number | string | null) => (id === null ? null : (byId.get(String(id)) ?? null));
  const article = published(page.id);
  // Unpublished between the two reads: as if it had not been found.
  if (!article) return { articles: [], siteSetting, sections };
  // A to-many relation answers at most the GraphQL plugin's default page, as Strapi's loader does.
  const tags = Array.isArray(article.tags) ? article.tags.slice(0, defaultLimit) : [];
  return {
    articles: [
      {
        ...article,
        tags,
        // An article unpublished between the two reads is left out, as Strapi's resolvers do.
        related: related.map(published).filter((row) => row !== null),
        previousInSection: published(previous),
        nextInSection: published(next),
      },
    ],
    siteSetting,
    sections,
  };
}

type Context = { state?: { auth?: Auth } };

/**
 * The Apollo Server plugin that answers the website's article page (see the top of this file).
 * Registered after the response cache, whose kept answers come first and which keeps these.
 */
export function articlePagePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(context: GraphQLRequestContextResponseForOperation<Context>) {
          const current = settings;
          if (!current || context.operation.operation !== 'query') return null;
          if (!isWebsiteReader(current, context.contextValue.state?.auth)) return null;
          if (!context.queryHash || !isArticlePage(context.queryHash, context.document)) return null;
          if (!readerFits(current.strapi, context.schema)) return null;
          const coerced = getVariableValues(
            context.schema,
            context.operation.variableDefinitions ?? [],
            context.request.variables ?? {},
          );
          if (coerced.errors || typeof coerced.coerced.slug !== 'string') return null;
          const status = context.schema.getType('PublicationStatus');
          const published = isEnumType(status) ? status.getValue('PUBLISHED')?.value : undefined;
          if (published === undefined || coerced.coerced.status !== published) return null;
          const rootValue = await readArticlePage(current.strapi, coerced.coerced.slug, current.defaultLimit);
          const result = await execute({
            schema: plainSchemaOf(context.schema),
            document: context.document,
            rootValue,
            variableValues: context.request.variables ?? {},
            operationName: context.request.operationName,
          });
          // Anything GraphQL could not answer from these rows is Strapi's to answer.
          if (result.errors?.length) return null;
          return { http: context.response.http, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      };
    },
  };
}
