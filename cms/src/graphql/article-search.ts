import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';

/** Most words one search matches on (the website sends at most this many). */
export const MAX_SEARCH_TERMS = 6;
/** Most results on one page of search. */
export const MAX_SEARCH_PAGE_SIZE = 50;
/** Deepest page a search may ask for. */
export const MAX_SEARCH_PAGE = 100;
const MAX_TERM_LENGTH = 50;

/**
 * The words a search matches on: letters and digits of any script, lower-cased, de-duplicated, at
 * most MAX_SEARCH_TERMS. Everything else (quotes, operators, punctuation) separates words, so
 * nothing a reader types reaches the full-text engine's own query language.
 */
export function searchWords(terms: readonly string[]): string[] {
  const words = terms
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_TERM_LENGTH));
  return [...new Set(words)].slice(0, MAX_SEARCH_TERMS);
}

/** SQLite FTS5: every word as a quoted string (one token or a phrase of its parts), all required. */
export function ftsMatchExpression(words: readonly string[]): string {
  return words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' AND ');
}

export type SearchPage = { documentIds: string[]; total: number };

/**
 * The published articles holding every word, best match first (then newest), one page of them.
 * Only rows with a publishing time are searched: a draft's text is never found.
 */
export async function searchPublishedArticles(
  strapi: Core.Strapi,
  terms: readonly string[],
  page: number,
  pageSize: number,
): Promise<SearchPage> {
  const words = searchWords(terms);
  if (words.length === 0) return { documentIds: [], total: 0 };
  const knex = strapi.db.connection;
  const offset = (page - 1) * pageSize;
  const schema = strapi.db.getSchemaName();
  const articles = schema ? `"${schema}"."articles"` : '"articles"';
  if (strapi.db.dialect.client === 'postgres') {
    const query = words.join(' ');
    const matches = `${articles} AS a, plainto_tsquery('english', ?) AS q WHERE a.search_vector @@ q AND a.published_at IS NOT NULL`;
    const [rows, count] = await Promise.all([
      knex.raw(
        `SELECT a.document_id FROM ${matches} ORDER BY ts_rank(a.search_vector, q) DESC, a.publication_date DESC NULLS LAST, a.published_at DESC LIMIT ? OFFSET ?`,
        [query, pageSize, offset],
      ),
      knex.raw(`SELECT count(*) AS total FROM ${matches}`, [query]),
    ]);
    return {
      documentIds: rows.rows.map((row: { document_id: string }) => row.document_id),
      total: Number(count.rows[0]?.total ?? 0),
    };
  }
  const match = ftsMatchExpression(words);
  // The full-text table indexes published rows only (see the migration); the join checks it
  // again, reading the two columns the ranking needs from the listing index, not from each row.
  const matches = `articles_search AS s JOIN articles AS a INDEXED BY articles_listing_cover ON a.id = s.rowid WHERE articles_search MATCH ? AND a.published_at IS NOT NULL`;
  const [rows, count] = await Promise.all([
    knex.raw(
      `SELECT a.document_id FROM ${matches} ORDER BY bm25(articles_search), a.publication_date DESC, a.published_at DESC LIMIT ? OFFSET ?`,
      [match, pageSize, offset],
    ),
    knex.raw(`SELECT count(*) AS total FROM ${matches}`, [match]),
  ]);
  return {
    documentIds: rows.map((row: { document_id: string }) => row.document_id),
    total: Number(count[0]?.total ?? 0),
  };
}

type SearchArgs = { terms: string[]; page?: number | null; pageSize?: number | null };

const clamp = (value: number | null | undefined, low: number, high: number, fallback: number) =>
  Math.min(Math.max(Math.trunc(value ?? fallback) || fallback, low), high);

/**
 * `articleSearch(terms, page, pageSize)`: one page of published articles matching every word, by
 * the database's full-text engine (SQLite FTS5 or PostgreSQL tsvector), best match first. The
 * articles themselves are read through the document service, so the draft guard applies to them
 * as to any other read.
 */
export function registerArticleSearch(strapi: Core.Strapi): void {
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      typeDefs: /* GraphQL */ `
        type ArticleSearchPageInfo {
          page: Int!
          pageSize: Int!
          pageCount: Int!
          total: Int!
        }
        type ArticleSearchPage {
          nodes: [Article!]!
          pageInfo: ArticleSearchPageInfo!
        }
        extend type Query {
          "Published articles holding every word (stemmed: 'dams' finds 'dam'), best match first, then newest. At most ${MAX_SEARCH_TERMS} words and ${MAX_SEARCH_PAGE_SIZE} per page."
          articleSearch(terms: [String!]!, page: Int = 1, pageSize: Int = 10): ArticleSearchPage!
        }
      `,
      resolvers: {
        Query: {
          articleSearch: async (_parent: unknown, args: SearchArgs) => {
            const page = clamp(args.page, 1, MAX_SEARCH_PAGE, 1);
            const pageSize = clamp(args.pageSize, 1, MAX_SEARCH_PAGE_SIZE, 10);
            const { documentIds, total } = await searchPublishedArticles(strapi, args.terms, page, pageSize);
            const found =
              documentIds.length === 0
                ? []
                : await strapi.documents(ARTICLE).findMany({
                    status: 'published',
                    filters: { documentId: { $in: documentIds } },
                    limit: documentIds.length,
                  });
            const byId = new Map(found.map((article) => [article.documentId, article]));
            return {
              nodes: documentIds.flatMap((id) => (byId.has(id) ? [byId.get(id)] : [])),
              pageInfo: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
            };
          },
        },
      },
      resolversConfig: {
        // Whoever may list articles may search them.
        'Query.articleSearch': { auth: { scope: [`${ARTICLE}.find`] } },
      },
    }));
}
