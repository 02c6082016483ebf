import type { Core } from '@strapi/strapi';
import { quoteName, quoteTable, selectRows } from '../database/sql';
import { articleListingTable } from '../document-middlewares/archive-listings';

const ARTICLE = 'api::article.article';

/** The most related articles one request may ask for. */
export const MAX_RELATED = 6;
/** Candidates looked at when ranking related articles: the newest that share a section or a tag. */
const RELATED_CANDIDATES = 30;

/** What the resolvers read of the article they hang off (Strapi's row, typed by the generated schema). */
export type ArticleRow = {
  id: number | string;
  documentId: string;
  publicationDate?: unknown;
  publishedAt?: unknown;
};
type Topics = { section: number | string | null; tags: (number | string)[] };

/**
 * The reading-on links are chosen in SQL over the link tables and the listing index, ids only,
 * every read bound to published rows (`published_at IS NOT NULL`); the chosen articles are then
 * read whole, once per request for all of them. Sections and tags have no drafts, so their link
 * rows are read as they are. Names come from Strapi's metadata, schema-qualified on PostgreSQL.
 */
function sqlNames(strapi: Core.Strapi) {
  const meta = strapi.db.metadata.get(ARTICLE);
  const qualified = (table: string) => quoteTable(strapi, table);
  const link = (field: 'section' | 'tags') => {
    const joinTable = (meta.attributes[field] as { joinTable?: JoinTable }).joinTable;
    if (!joinTable) throw new Error(`article.${field} has no link table`);
    return {
      table: qualified(joinTable.name),
      article: quoteName(joinTable.joinColumn.name),
      target: quoteName(joinTable.inverseJoinColumn.name),
    };
  };
  const column = (field: string) => quoteName((meta.attributes[field] as { columnName?: string }).columnName ?? field);
  const listings = articleListingTable(strapi);
  return {
    /** The listing table, and the relations it lists by (archive-listings.ts). */
    listings: { table: qualified(listings.table), relations: listings.relations },
    articles: qualified(meta.tableName),
    section: link('section'),
    tags: link('tags'),
    documentId: column('documentId'),
    slug: column('slug'),
    date: column('publicationDate'),
    published: column('publishedAt'),
  };
}
type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };

/** `value(x)` writes a placeholder into SQL being built and binds x to it, in writing order. */
function placeholders() {
  const bindings: (string | number)[] = [];
  const value = (bound: string | number) => {
    bindings.push(bound);
    return '?';
  };
  return { value, bindings };
}

// The section and tags of each article node, read once however many of its fields ask: the
// GraphQL parent object is the same for `related`, `previousInSection` and `nextInSection`.
const topicsByArticle = new WeakMap<ArticleRow, Promise<Topics>>();

function topicsOf(strapi: Core.Strapi, article: ArticleRow): Promise<Topics> {
  let topics = topicsByArticle.get(article);
  if (!topics) {
    topics = readTopics(strapi, article);
    topicsByArticle.set(article, topics);
  }
  return topics;
}

/** Records the topics already read with `article` (its section and tags), so its reading-on links need not read them again. */
export function knownTopics(article: ArticleRow, topics: Topics): void {
  if (!topicsByArticle.has(article)) topicsByArticle.set(article, Promise.resolve(topics));
}

const topicsFrom = (found: readonly { kind: string; target: number | string }[]): Topics => ({
  section: found.find((row) => row.kind === 's')?.target ?? null,
  tags: found.filter((row) => row.kind === 't').map((row) => row.target),
});

async function readTopics(strapi: Core.Strapi, article: ArticleRow): Promise<Topics> {
  const { section, tags } = sqlNames(strapi);
  const found = await selectRows<{ kind: string; target: number | string }>(
    strapi,
    `SELECT 's' AS kind, ${section.target} AS target FROM ${section.table} WHERE ${section.article} = ?
     UNION ALL SELECT 't', ${tags.target} FROM ${tags.table} WHERE ${tags.article} = ?`,
    [article.id, article.id],
  );
  return topicsFrom(found);
}

/** Published articles by id; one read for every id the reading-on fields of a request ask. */
type Waiting = { resolve: (row: ArticleRow | null) => void; reject: (error: unknown) => void };
const waitingByRequest = new WeakMap<object, Map<string, Waiting[]>>();

function publishedById(strapi: Core.Strapi, context: object, id: number | string): Promise<ArticleRow | null> {
  return new Promise((resolve, reject) => {
    let waiting = waitingByRequest.get(context);
    if (!waiting) {
      const batch = new Map<string, Waiting[]>();
      waiting = batch;
      waitingByRequest.set(context, batch);
      // Every reading-on field GraphQL reaches in this turn of the event loop.
      setImmediate(() => {
        waitingByRequest.delete(context);
        strapi.db
          .query(ARTICLE)
          .findMany({ where: { id: { $in: [...batch.keys()] }, publishedAt: { $notNull: true } } })
          .then(
            (found: ArticleRow[]) => {
              const byId = new Map(found.map((row) => [String(row.id), row]));
              for (const [key, ones] of batch) for (const one of ones) one.resolve(byId.get(key) ?? null);
            },
            (error: unknown) => {
              for (const ones of batch.values()) for (const one of ones) one.reject(error);
            },
          );
      });
    }
    const key = String(id);
    waiting.set(key, [...(waiting.get(key) ?? []), { resolve, reject }]);
  });
}

/**
 * How much an article (by its SQL alias) shares with one on `topics`: each shared tag counts two,
 * the same section one. A count per link table, probed row by row through the link tables'
 * indexes (PostgreSQL would otherwise hash every link row of the section or tag before reading
 * the first candidate; an EXISTS is hashed, a count is not).
 */
function sharesWith(strapi: Core.Strapi, topics: Topics, value: (bound: string | number) => string) {
  const n = sqlNames(strapi);
  return (alias: string) =>
    [
      ...(topics.tags.length > 0
        ? [
            `2 * (SELECT count(*) FROM ${n.tags.table} t WHERE t.${n.tags.article} = ${alias}.id` +
              ` AND t.${n.tags.target} IN (${topics.tags.map(value).join(', ')}))`,
          ]
        : []),
      ...(topics.section !== null
        ? [
            `(SELECT count(*) FROM ${n.section.table} s WHERE s.${n.section.article} = ${alias}.id` +
              ` AND s.${n.section.target} = ${value(topics.section)})`,
          ]
        : []),
    ].join(' + ');
}

/**
 * The newest RELATED_CANDIDATES published articles sharing a section or tag with `article` (not
 * itself), as `id`, `d` (publication date) and `p` (publishing time). From the listing table:
 * the newest few of each subject, one range of its index each, merged (any of the newest overall
 * is among the newest of its subject). Without it, off the date index, testing each article.
 */
function newestSharing(
  strapi: Core.Strapi,
  article: ArticleRow,
  topics: Topics,
  value: (bound: string | number) => string,
): string {
  const n = sqlNames(strapi);
  const subjects = [
    ...(topics.section === null ? [] : [{ relation: 'section', id: topics.section }]),
    ...topics.tags.map((id) => ({ relation: 'tags', id })),
  ];
  if (subjects.every(({ relation }) => n.listings.relations.has(relation))) {
    const table = n.listings.table;
    // One more than the candidates: the article itself may be among them.
    const each = subjects.map(
      ({ relation, id }, i) =>
        `SELECT * FROM (SELECT l.article_id AS id, l.publication_date AS d, l.published_at AS p FROM ${table} l
           WHERE l.subject = ${value(relation)} AND l.subject_id = ${value(id)}
           ORDER BY l.publication_date DESC, l.published_at DESC, l.article_id LIMIT ${RELATED_CANDIDATES + 1}) s${i}`,
    );
    return `SELECT u.id, u.d, u.p FROM (${each.join(' UNION ')}) u
       WHERE u.id NOT IN (SELECT x.id FROM ${n.articles} x WHERE x.${n.documentId} = ${value(article.documentId)})
       ORDER BY u.d DESC, u.p DESC LIMIT ${RELATED_CANDIDATES}`;
  }
  const scoreOf = sharesWith(strapi, topics, value);
  return `SELECT a.id, a.${n.date} AS d, a.${n.published} AS p FROM ${n.articles} a
     WHERE a.${n.published} IS NOT NULL AND a.${n.documentId} <> ${value(article.documentId)}
       AND ${scoreOf('a')} > 0
     ORDER BY a.${n.date} DESC, a.${n.published} DESC LIMIT ${RELATED_CANDIDATES}`;
}

/**
 * Published articles on the same subjects as `article`: each shared tag counts twice, the same
 * section once; ties go to the newest. Never the article itself. The newest RELATED_CANDIDATES
 * articles sharing a subject are ranked.
 */
export async function relatedArticleIds(
  strapi: Core.Strapi,
  article: ArticleRow,
  limit: number,
): Promise<(number | string)[]> {
  const count = Math.min(Math.max(Math.trunc(limit) || 0, 0), MAX_RELATED);
  if (count === 0) return [];
  const topics = await topicsOf(strapi, article);
  if (topics.section === null && topics.tags.length === 0) return [];
  const { value, bindings } = placeholders();
  const score = sharesWith(strapi, topics, value);
  // The newest candidates, then ranked; ties keep the newest first.
  const sql = `SELECT c.id FROM (${newestSharing(strapi, article, topics, value)}) c
     ORDER BY ${score('c')} DESC, c.d DESC, c.p DESC LIMIT ${count}`;
  const chosen = await selectRows<{ id: number | string }>(strapi, sql, bindings);
  return chosen.map((row) => row.id);
}

/** The related articles themselves (see relatedArticleIds), read with the request's other reading-on links. */
export async function relatedArticles(
  strapi: Core.Strapi,
  context: object,
  article: ArticleRow,
  limit: number,
): Promise<ArticleRow[]> {
  const ids = await relatedArticleIds(strapi, article, limit);
  const found = await Promise.all(ids.map((id) => publishedById(strapi, context, id)));
  // An article unpublished between the two reads is left out.
  return found.filter((row): row is ArticleRow => row !== null);
}

/**
 * The published article just before (older) or after (newer) `article` in its section, ordered
 * by publication date and then by publishing time; null at either end or without a section.
 */
export async function neighbourIdInSection(
  strapi: Core.Strapi,
  article: ArticleRow,
  direction: 'previous' | 'next',
): Promise<number | string | null> {
  if (!article.publicationDate) return null;
  const { section } = await topicsOf(strapi, article);
  if (section === null) return null;
  const n = sqlNames(strapi);
  const [beyond, order] = direction === 'previous' ? ['<', 'DESC'] : ['>', 'ASC'];
  const { value, bindings } = placeholders();
  // Compared with the article's own stored values, so dates are never converted here: each is a
  // scalar subquery the database evaluates once, so the first bound alone lets it walk the date
  // index from the article outwards. Same day: the order it went live in (a draft being previewed
  // has no publishing time yet).
  const own = (column: string) => `(SELECT ${column} FROM ${n.articles} WHERE id = ${value(article.id)})`;
  // Off the listing table when it lists sections: the section's own range of its index.
  const listed = n.listings.relations.has('section');
  const [date, published] = listed ? ['l.publication_date', 'l.published_at'] : [`a.${n.date}`, `a.${n.published}`];
  const among = listed
    ? `SELECT l.article_id AS id FROM ${n.listings.table} l
       WHERE l.subject = ${value('section')} AND l.subject_id = ${value(section)}
         AND l.article_id NOT IN (SELECT x.id FROM ${n.articles} x WHERE x.${n.documentId} = ${value(article.documentId)})`
    : `SELECT a.id FROM ${n.articles} a
       WHERE ${published} IS NOT NULL AND a.${n.documentId} <> ${value(article.documentId)}
         AND EXISTS (SELECT 1 FROM ${n.section.table} s
                     WHERE s.${n.section.article} = a.id AND s.${n.section.target} = ${value(section)})`;
  const sql = `${among}
       AND ${date} ${beyond}= ${own(n.date)}
       AND (${date} ${beyond} ${own(n.date)}
            OR (${date} = ${own(n.date)} AND ${own(n.published)} IS NOT NULL AND ${published} ${beyond} ${own(n.published)}))
     ORDER BY ${date} ${order}, ${published} ${order} LIMIT 1`;
  const [found] = await selectRows<{ id: number | string }>(strapi, sql, bindings);
  return found ? found.id : null;
}

/** The neighbour itself (see neighbourIdInSection), read with the request's other reading-on links. */
export async function neighbourInSection(
  strapi: Core.Strapi,
  context: object,
  article: ArticleRow,
  direction: 'previous' | 'next',
): Promise<ArticleRow | null> {
  const id = await neighbourIdInSection(strapi, article, direction);
  return id === null ? null : publishedById(strapi, context, id);
}

/**
 * Adds `related`, `previousInSection` and `nextInSection` to the GraphQL Article type, so an
 * article page gets its reading-on links in the same request as the article itself.
 */
export function registerArticleNeighbours(strapi: Core.Strapi): void {
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      typeDefs: /* GraphQL */ `
        extend type Article {
          "Published articles on the same subjects: shared tags first, then the same section, newest first (at most ${MAX_RELATED})."
          related(limit: Int = 3): [Article!]!
          "The published article before this one in its section (older)."
          previousInSection: Article
          "The published article after this one in its section (newer)."
          nextInSection: Article
        }
      `,
      resolvers: {
        Article: {
          related: (parent: ArticleRow, args: { limit?: number }, context: object) =>
            relatedArticles(strapi, context, parent, args.limit ?? 3),
          previousInSection: (parent: ArticleRow, _args: unknown, context: object) =>
            neighbourInSection(strapi, context, parent, 'previous'),
          nextInSection: (parent: ArticleRow, _args: unknown, context: object) =>
            neighbourInSection(strapi, context, parent, 'next'),
        },
      },
    }));
}
