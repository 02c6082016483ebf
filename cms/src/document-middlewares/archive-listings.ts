import type { Core, UID } from '@strapi/strapi';
import { articleListings } from '../bootstrap/query-indexes';
import { quoteTable, selectRows } from '../database/sql';
import { isPlainObject } from '../draft-privacy/published-only';

/**
 * The section, tag and author pages, the front page and the sitemap files at archive size.
 *
 * For `articles(filters: { section: { slug: { eq } } })` Strapi's query builder LEFT JOINs the
 * link table and the section onto every article row, then sorts and de-duplicates whole rows, body
 * included: at 10,000 articles that is ~40 ms for a page and as much again for its count. The same
 * page read from the other side — the section by its slug, its link rows, then the published
 * articles among them, sorted on the index — takes about a millisecond. Without filters (the front
 * page, a sitemap file) Strapi walks whole rows past every article before the page; the page's ids
 * alone come off the date indexes.
 *
 * So a published listing of one of these shapes is answered here: the page's article ids and the
 * total come from that query. A section, tag or author page in the website's own order (newest
 * first) is read from `article_listings`, the table of published articles by section, tag and
 * author that the archive-indexes migration keeps with triggers: a page and its total are one
 * range of one index. The articles themselves are still read through the rest of the document
 * service (filtered to those ids), so every other middleware — the draft guard included — still
 * sees the read. Anything else (drafts, other filters, other sorts) goes to Strapi unchanged.
 */

const ARTICLE = 'api::article.article';
/** The covering index of the archive-indexes migration that listings read articles through. */
const LISTING_INDEX = 'articles_listing_cover';
const ALLOWED_KEYS = new Set(['filters', 'sort', 'start', 'limit', 'status', 'populate', 'fields']);

export type ListingPlan = {
  /** The relation and slug the articles are listed by; null for every published article. */
  relation: string | null;
  slug: string | null;
  sort: { field: string; direction: 'asc' | 'desc' }[];
  start: number;
  limit: number | undefined;
};

/**
 * The listing a document-service read asks for, when it is exactly "published articles whose
 * <relation> has this slug, in this order, this page"; otherwise null.
 */
export function listingPlan(
  params: unknown,
  relations: ReadonlySet<string>,
  sortable: ReadonlySet<string>,
): ListingPlan | null {
  if (!isPlainObject(params) || params.status !== 'published') return null;
  if (Object.keys(params).some((key) => !ALLOWED_KEYS.has(key))) return null;
  const by = listedBy(params.filters, relations);
  if (!by) return null;

  const sortList = params.sort === undefined ? [] : Array.isArray(params.sort) ? params.sort : [params.sort];
  const sort: ListingPlan['sort'] = [];
  for (const item of sortList) {
    const match = typeof item === 'string' ? /^(\w+)(?::(asc|desc))?$/i.exec(item) : null;
    if (!match || !sortable.has(match[1]!)) return null;
    sort.push({ field: match[1]!, direction: (match[2]?.toLowerCase() ?? 'asc') as 'asc' | 'desc' });
  }
  const start = params.start === undefined ? 0 : params.start;
  const limit = params.limit;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) return null;
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)) return null;
  return { ...by, sort, start, limit: limit as number | undefined };
}

/** "Every published article" (no filters), or "whose <relation> has this slug"; otherwise null. */
function listedBy(filters: unknown, relations: ReadonlySet<string>): Pick<ListingPlan, 'relation' | 'slug'> | null {
  if (filters === undefined || (isPlainObject(filters) && Object.keys(filters).length === 0)) {
    return { relation: null, slug: null };
  }
  if (!isPlainObject(filters) || Object.keys(filters).length !== 1) return null;
  const [relation, condition] = Object.entries(filters)[0]!;
  if (!relations.has(relation) || !isPlainObject(condition)) return null;
  // The draft guard may already have bound the relation to published rows (only for targets with drafts).
  const { slug, publishedAt, ...rest } = condition;
  if (Object.keys(rest).length > 0) return null;
  if (publishedAt !== undefined && !(isPlainObject(publishedAt) && publishedAt.$notNull === true)) return null;
  if (!isPlainObject(slug) || Object.keys(slug).length !== 1 || typeof slug.$eq !== 'string') return null;
  return { relation, slug: slug.$eq };
}

type ColumnMeta = { columnName?: string; type?: string };
type RelationMeta = ColumnMeta & {
  target?: string;
  joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
};
type Meta = { tableName: string; attributes: Record<string, RelationMeta> };

/** What these reads need of a model's database metadata (table, columns, link tables). */
function metaOf(strapi: Core.Strapi, uid: string): Meta {
  const { tableName, attributes } = strapi.db.metadata.get(uid);
  return { tableName, attributes: attributes as Record<string, RelationMeta> };
}

/** The website's order for listings, which the listing table keeps (then by article id). */
export const NEWEST_FIRST = [
  { field: 'publicationDate', direction: 'desc' },
  { field: 'publishedAt', direction: 'desc' },
] as const;

const isNewestFirst = (sort: ListingPlan['sort']): boolean =>
  sort.length === NEWEST_FIRST.length &&
  sort.every((item, i) => item.field === NEWEST_FIRST[i]!.field && item.direction === NEWEST_FIRST[i]!.direction);

type Shape = {
  relations: Set<string>;
  sortable: Set<string>;
  /** The listing table, and the relations it lists by (those whose link table is as it expects). */
  listings: { table: string; relations: Set<string> };
};

/** Which relations and sorts this answers, from Strapi's metadata; a mismatch is logged. */
function shapeOf(strapi: Core.Strapi): Shape {
  const meta = metaOf(strapi, ARTICLE);
  const relations = new Set<string>();
  const sortable = new Set<string>();
  for (const [name, attribute] of Object.entries(meta.attributes)) {
    if (attribute.joinTable && attribute.target) {
      const target = metaOf(strapi, attribute.target);
      if (target.attributes.slug?.columnName) relations.add(name);
    } else if (attribute.columnName && !['json', 'blocks', 'text', 'richtext'].includes(attribute.type ?? '')) {
      sortable.add(name);
    }
  }
  const { table, subjects } = articleListings(strapi);
  const listed = new Set<string>();
  for (const { relation, link, column } of subjects) {
    const join = meta.attributes[relation]?.joinTable;
    if (join?.name === link && join.inverseJoinColumn.name === column && join.joinColumn.name === 'article_id') {
      listed.add(relation);
    } else {
      strapi.log.warn(
        `Article listings: ${relation} is not linked through ${link}.${column}; its pages read the links.`,
      );
    }
  }
  return { relations, sortable, listings: { table, relations: listed } };
}

// Which relations and sorts listings answer, worked out once per Strapi instance.
const shapes = new WeakMap<Core.Strapi, Shape>();
function shapeFor(strapi: Core.Strapi): Shape {
  let shape = shapes.get(strapi);
  if (!shape) {
    shape = shapeOf(strapi);
    shapes.set(strapi, shape);
  }
  return shape;
}

/** The listing table (unqualified) and the article relations it lists by, as this CMS found them. */
export function articleListingTable(strapi: Core.Strapi): { table: string; relations: ReadonlySet<string> } {
  return shapeFor(strapi).listings;
}

/** The article ids of one listing page, in its order. */
export async function pageIds(strapi: Core.Strapi, plan: ListingPlan): Promise<number[]> {
  const { query, id, order } = listingQuery(strapi, plan, shapeFor(strapi).listings);
  let page = query.clone().select(`${id} as id`);
  for (const { column, direction } of order) page = page.orderBy(column, direction);
  page = page.orderBy(id, 'asc').offset(plan.start);
  if (plan.limit !== undefined) page = page.limit(plan.limit);
  return (await run<{ id: number }>(strapi, page)).map((row) => Number(row.id));
}

/** A built query's rows, run as the page readers run their statements (prepared on PostgreSQL). */
function run<T>(strapi: Core.Strapi, query: Query): Promise<T[]> {
  const { sql, bindings } = query.toSQL();
  return selectRows<T>(strapi, sql, bindings as (string | number)[]);
}

/** How many published articles a listing holds, every page together. */
async function listingTotal(strapi: Core.Strapi, plan: ListingPlan): Promise<number> {
  if (plan.relation === null) {
    // Every published article: the count the triggers keep (the archive-indexes migration).
    const [kept] = await selectRows<{ published: number | string }>(
      strapi,
      `SELECT published FROM ${quoteTable(strapi, articleListings(strapi).total)} WHERE id = 1`,
      [],
    );
    if (kept) return Number(kept.published);
  }
  const { query, id } = listingQuery(strapi, plan, shapeFor(strapi).listings);
  // Every published article: ids are unique, and a plain count is half the work at 100,000.
  const counted =
    plan.relation === null ? query.clone().count({ count: '*' }) : query.clone().countDistinct({ count: id });
  const [row] = await run<{ count: number | string }>(strapi, counted);
  return Number(row?.count ?? 0);
}

/**
 * One page of a published listing and its total, as the listings below read them: null when
 * the plan is not one this file answers (a relation without a slug, a sort it cannot index).
 */
export function readListingPage(
  strapi: Core.Strapi,
  plan: ListingPlan,
): { ids: Promise<number[]>; total: Promise<number> } | null {
  const shape = shapeFor(strapi);
  if (plan.relation !== null && !shape.relations.has(plan.relation)) return null;
  if (plan.sort.some(({ field }) => !shape.sortable.has(field))) return null;
  // Both asked at once, each awaited on its own: the page's articles need not wait for the count.
  const ids = pageIds(strapi, plan);
  const total = listingTotal(strapi, plan);
  // Neither left unhandled while the caller awaits the other.
  ids.catch(() => undefined);
  total.catch(() => undefined);
  return { ids, total };
}

export function registerArchiveListings(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ARTICLE || (context.action !== 'findMany' && context.action !== 'count')) return next();
    const shape = shapeFor(strapi);
    const plan = listingPlan(context.params, shape.relations, shape.sortable);
    if (!plan) return next();
    let ids: number[];
    try {
      if (context.action === 'count') return await listingTotal(strapi, plan);
      ids = await pageIds(strapi, plan);
    } catch (error) {
      // Slower, never wrong: Strapi's own query answers (e.g. a database without the index yet).
      strapi.log.warn(`Archive listing fell back to Strapi's query: ${(error as Error).message}`);
      return next();
    }
    if (ids.length === 0) return [];
    const { start: _start, limit: _limit, ...rest } = context.params as Record<string, unknown>;
    (context as { params: unknown }).params = { ...rest, filters: { id: { $in: ids } } };
    const found = await next();
    if (!Array.isArray(found)) return found;
    const position = new Map(ids.map((id, index) => [id, index]));
    return [...found].sort((a, b) => position.get(Number(a.id))! - position.get(Number(b.id))!);
  });
}

/** A knex query builder on the CMS's connection. */
type Query = ReturnType<Core.Strapi['db']['connection']['queryBuilder']>;

/**
 * Published articles linked to the entry of `plan.relation` with `plan.slug`: newest first from
 * the listing table, in another order from the entry's side through the link table; every
 * published article when the plan names no relation. With the article id's column and the
 * page's order.
 */
function listingQuery(
  strapi: Core.Strapi,
  plan: ListingPlan,
  listings: Shape['listings'],
): { query: Query; id: string; order: { column: string; direction: 'asc' | 'desc' }[] } {
  const schema = strapi.db.getSchemaName?.();
  const qualify = (table: string) => (schema ? `${schema}.${table}` : table);
  const meta = metaOf(strapi, ARTICLE);
  const publishedAt = meta.attributes.publishedAt!.columnName!;
  const knex = strapi.db.connection;
  const articleOrder = plan.sort.map(({ field, direction }) => ({
    column: `a.${meta.attributes[field]!.columnName}`,
    direction,
  }));
  if (plan.relation === null || plan.slug === null) {
    const query = knex.from(`${qualify(meta.tableName)} as a`).whereNotNull(`a.${publishedAt}`);
    return { query, id: 'a.id', order: articleOrder };
  }
  const attribute = meta.attributes[plan.relation]!;
  const targetUid = attribute.target!;
  const target = metaOf(strapi, targetUid);
  const targetModel = strapi.getModel(targetUid as UID.Schema) as { options?: { draftAndPublish?: boolean } };
  const targetHasDrafts = Boolean(targetModel?.options?.draftAndPublish);
  if (listings.relations.has(plan.relation) && isNewestFirst(plan.sort)) {
    // The entry with the slug (its published row, if it has drafts), then its range of the table.
    let entries = knex
      .from(qualify(target.tableName))
      .select('id')
      .where(target.attributes.slug!.columnName!, plan.slug);
    if (targetHasDrafts) entries = entries.whereNotNull(target.attributes.publishedAt!.columnName!);
    const query = knex
      .from(`${qualify(listings.table)} as l`)
      .where('l.subject', plan.relation)
      .whereIn('l.subject_id', entries);
    return {
      query,
      id: 'l.article_id',
      order: [
        { column: 'l.publication_date', direction: 'desc' },
        { column: 'l.published_at', direction: 'desc' },
      ],
    };
  }
  const join = attribute.joinTable!;
  // SQLite's planner would read each article's row, through its long body, for the two columns
  // the listing needs; PostgreSQL keeps long text out of line and picks its plan from statistics.
  const articles = /sqlite/.test(String(knex.client.config.client))
    ? knex.raw('?? as a indexed by ??', [meta.tableName, LISTING_INDEX])
    : `${qualify(meta.tableName)} as a`;
  let query = knex
    .from(`${qualify(target.tableName)} as t`)
    .join(`${qualify(join.name)} as l`, `l.${join.inverseJoinColumn.name}`, 't.id')
    .join(articles as string, 'a.id', `l.${join.joinColumn.name}`)
    .where(`t.${target.attributes.slug!.columnName}`, plan.slug)
    .whereNotNull(`a.${publishedAt}`);
  if (targetHasDrafts) query = query.whereNotNull(`t.${target.attributes.publishedAt!.columnName}`);
  return { query, id: 'a.id', order: articleOrder };
}
