import { errors } from '@strapi/utils';

/**
 * The content API reads published versions only. These pure functions turn whatever a reader sent
 * (status, publication filters, relation filters, sorts, populate) into a read of published rows:
 * the status is forced rather than compared, and every path that reaches into a draft-and-publish
 * type through a relation is bound to published rows. A construct that cannot be bound that way
 * (a negated relation filter, a sort over a relation) is refused with a 400 naming it.
 */

type Attribute = {
  type: string;
  target?: string;
  component?: string;
  components?: string[];
  relation?: string;
};

/** What these rules need to know of a content type or component. */
export type Model = { attributes: Record<string, Attribute>; draftAndPublish: boolean };
export type Models = (uid: string) => Model | undefined;

/** Filter operators as REST and the document service spell them, or as GraphQL args do. */
export type FilterSyntax = { and: string; or: string; not: string; notNull: string };
export const DOCUMENT_FILTERS: FilterSyntax = { and: '$and', or: '$or', not: '$not', notNull: '$notNull' };
export const GRAPHQL_FILTERS: FilterSyntax = { and: 'and', or: 'or', not: 'not', notNull: 'notNull' };

const MEDIA_UID = 'plugin::upload.file';

/** Refused reads answer 400 with the reason, the way Strapi reports other invalid queries. */
export class DraftPrivacyError extends errors.ValidationError {}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The uid an attribute leads to when it is a relation, media or component; undefined for scalars. */
function targetOf(attribute: Attribute): string | undefined {
  if (attribute.type === 'relation') return attribute.target;
  if (attribute.type === 'media') return MEDIA_UID;
  if (attribute.type === 'component') return attribute.component;
  return undefined;
}

const isPublishedOnlyTarget = (models: Models, uid: string | undefined) =>
  uid !== undefined && models(uid)?.draftAndPublish === true;

/**
 * Binds every relation filter into a draft-and-publish type to published rows, at any depth.
 * Under a negation such a filter would still see draft rows (NOT (match AND published) is true for
 * every draft row), so a negated relation filter into drafts is refused instead.
 */
export function publishedOnlyFilters(
  models: Models,
  uid: string,
  filters: unknown,
  syntax: FilterSyntax = DOCUMENT_FILTERS,
  negated = false,
): unknown {
  if (Array.isArray(filters)) return filters.map((item) => publishedOnlyFilters(models, uid, item, syntax, negated));
  if (!isPlainObject(filters)) return filters;
  const model = models(uid);
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (key === syntax.and || key === syntax.or) {
      // Strapi answers 500 to `$and=x`: a list of conditions is the only shape that means anything.
      if (!Array.isArray(value) || !value.every(isPlainObject)) {
        throw new DraftPrivacyError(`"${key}" takes a list of conditions.`);
      }
      result[key] = publishedOnlyFilters(models, uid, value, syntax, negated);
      continue;
    }
    if (key === syntax.not) {
      if (!isPlainObject(value)) throw new DraftPrivacyError(`"${key}" takes one condition.`);
      result[key] = publishedOnlyFilters(models, uid, value, syntax, !negated);
      continue;
    }
    const attribute = model?.attributes[key];
    const target = attribute ? targetOf(attribute) : undefined;
    if (!attribute || target === undefined) {
      result[key] = value;
      continue;
    }
    if (attribute.type === 'relation' && isPublishedOnlyTarget(models, target)) {
      if (negated) {
        throw new DraftPrivacyError(
          `Filters cannot negate the relation "${key}": it would match unpublished versions.`,
        );
      }
      const targetAttributes = models(target)?.attributes ?? {};
      const namesFields = (name: string) =>
        name === syntax.and || name === syntax.or || name === syntax.not || name === 'id' || name in targetAttributes;
      if (!isPlainObject(value) || !Object.keys(value).every(namesFields)) {
        throw new DraftPrivacyError(`The filter on "${key}" must name a field of the related entry.`);
      }
      const nested = publishedOnlyFilters(models, target, value, syntax, negated);
      result[key] = { [syntax.and]: [nested, { publishedAt: { [syntax.notNull]: true } }] };
      continue;
    }
    result[key] = publishedOnlyFilters(models, target, value, syntax, negated);
  }
  return result;
}

/** The attribute paths a sort names ("author.name:desc", { author: { name: 'desc' } }, arrays of either). */
function sortPaths(sort: unknown): string[][] {
  if (typeof sort === 'string') {
    return sort
      .split(',')
      .map((part) => part.trim().split(':')[0])
      .filter(Boolean)
      .map((path) => path.split('.'));
  }
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (isPlainObject(sort)) {
    return Object.entries(sort).flatMap(([key, value]) =>
      isPlainObject(value) ? sortPaths(value).map((path) => [key, ...path]) : [[key]],
    );
  }
  return [];
}

/**
 * Refuses a sort that orders by fields behind a relation into a draft-and-publish type: the join
 * would order by unpublished rows too, and a sort order is enough to read a draft letter by letter.
 */
export function assertSortPublishedOnly(models: Models, uid: string, sort: unknown, nested = false): void {
  for (const path of sortPaths(sort)) {
    // Inside a populate or on a relation field, Strapi's SQL for a sort through another relation
    // is broken (SqliteError "no such column", a 500): such a sort names a field of the entry only.
    if (nested && path.length > 1) {
      throw new DraftPrivacyError(`Cannot sort related entries by "${path.join('.')}": sort them by their own fields.`);
    }
    let current: string | undefined = uid;
    for (const key of path.slice(0, -1)) {
      const attribute: Attribute | undefined = current ? models(current)?.attributes[key] : undefined;
      if (!attribute) break;
      const target = targetOf(attribute);
      // Strapi answers 500 to `sort[title][x]=asc`: only relations and components have fields to sort by.
      if (target === undefined)
        throw new DraftPrivacyError(`Cannot sort by "${path.join('.')}": "${key}" has no fields.`);
      if (attribute.type === 'relation' && isPublishedOnlyTarget(models, target)) {
        throw new DraftPrivacyError(
          `Cannot sort by "${path.join('.')}": "${key}" leads to articles with unpublished versions.`,
        );
      }
      current = target;
    }
  }
}

/**
 * Walks a populate object: filters and sorts of every populated relation get the same treatment as
 * the top level. Relation counts into draft-and-publish types would count draft rows: refused.
 * String and array forms name relations only, and populated rows already follow the forced status.
 */
function publishedOnlyPopulate(models: Models, uid: string, populate: unknown): unknown {
  if (!isPlainObject(populate)) return populate;
  const model = models(uid);
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(populate)) {
    const attribute = model?.attributes[key];
    if (key === 'on' && isPlainObject(value)) {
      // Dynamic zones and morphs: { on: { 'shared.seo': { populate: … } } }
      result.on = Object.fromEntries(
        Object.entries(value).map(([component, options]) => [
          component,
          publishedOnlyQuery(models, component, options, true),
        ]),
      );
      continue;
    }
    const target = attribute ? targetOf(attribute) : undefined;
    if (!isPlainObject(value) || target === undefined) {
      result[key] = value;
      continue;
    }
    if (value.count !== undefined && value.count !== false && isPublishedOnlyTarget(models, target)) {
      throw new DraftPrivacyError(`Cannot count "${key}": the count would include unpublished versions.`);
    }
    result[key] = publishedOnlyQuery(models, target, value, true);
  }
  return result;
}

/** Filters, sort and populate of one level of a query (`nested` below the top), made published-only. */
function publishedOnlyQuery(models: Models, uid: string, query: unknown, nested = false): unknown {
  if (!isPlainObject(query)) return query;
  const result: Record<string, unknown> = { ...query };
  if (query._q !== undefined && typeof query._q !== 'string')
    throw new DraftPrivacyError('"_q" takes one search text.');
  if (query.filters !== undefined) result.filters = publishedOnlyFilters(models, uid, query.filters);
  if (query.sort !== undefined) assertSortPublishedOnly(models, uid, query.sort, nested);
  if (query.populate !== undefined) result.populate = publishedOnlyPopulate(models, uid, query.populate);
  return result;
}

/** What a content-API read may pass to the document service; anything else is dropped. */
const READ_PARAMS = [
  'documentId',
  'fields',
  'filters',
  'sort',
  'populate',
  'pagination',
  'page',
  'pageSize',
  'start',
  'limit',
  'locale',
  '_q',
] as const;

/**
 * The parameters of a document-service read, made a read of published versions: `status` is set,
 * not checked, so no spelling of "draft" gets through; parameters outside the read allow-list
 * (`hasPublishedVersion`, `publicationFilter`, which compare drafts with published versions, and
 * internal ones such as `lookup`) are dropped; relation filters, sorts and populate are bound as above.
 */
/**
 * The parameters of a content-API write to a type without drafts (an author, a section, a tag),
 * made safe: what the write returns is read like any other read (published relations only), and
 * its data may not attach or detach entries of a draft-and-publish type — those links are made from
 * the article, in the admin (a documentId would otherwise be checked against drafts too).
 */
export function publishedOnlyWriteParams(models: Models, uid: string, params: unknown): Record<string, unknown> {
  const { data, ...rest } = isPlainObject(params) ? params : {};
  const attributes = models(uid)?.attributes ?? {};
  if (isPlainObject(data)) {
    for (const key of Object.keys(data)) {
      const attribute = attributes[key];
      if (attribute?.type === 'relation' && isPublishedOnlyTarget(models, attribute.target)) {
        throw new DraftPrivacyError(`"${key}" is set from the other side, in the admin, not through the content API.`);
      }
    }
  }
  return { ...publishedOnlyParams(models, uid, rest), ...(data === undefined ? {} : { data }) };
}

export function publishedOnlyParams(models: Models, uid: string, params: unknown): Record<string, unknown> {
  const query = (publishedOnlyQuery(models, uid, params ?? {}) ?? {}) as Record<string, unknown>;
  const kept = Object.fromEntries(
    READ_PARAMS.filter((key) => query[key] !== undefined).map((key) => [key, query[key]]),
  );
  return { ...kept, status: 'published' };
}
