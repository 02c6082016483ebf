import type { Core } from '@strapi/strapi';
import { quoteTable } from '../database/sql';

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

/**
 * How many matches a search ranks and counts: the newest this many of them. Past it, a search for
 * common words would score every article in the archive (every one of 100,000, at 10 ms per
 * 10,000 on PostgreSQL); a reader never pages that deep (100 pages of 10).
 */
export const MAX_SEARCH_RESULTS = 1000;

/** One page of a search: the articles, how many match (up to the window) and whether more do. */
export type SearchPage = { documentIds: string[]; total: number; totalCapped: boolean };

/**
 * The published articles holding every word: of the newest `window` of them, best match first
 * (then newest), one page. `total` counts matches up to `window`; `totalCapped` says more match.
 * Only rows with a publishing time are searched: a draft's text is never found.
 */
export async function searchPublishedArticles(
  strapi: Core.Strapi,
  terms: readonly string[],
  page: number,
  pageSize: number,
  window = MAX_SEARCH_RESULTS,
): Promise<SearchPage> {
  const words = searchWords(terms);
  if (words.length === 0) return { documentIds: [], total: 0, totalCapped: false };
  const knex = strapi.db.connection;
  const offset = (page - 1) * pageSize;
  const articles = quoteTable(strapi, 'articles');
  // Published articles always have a publication date (article rules set it on publishing).
  const newest = 'publication_date DESC, published_at DESC';
  let ranked: Promise<{ document_id: string }[]>;
  let counted: Promise<{ total: number | string }[]>;
  if (strapi.db.dialect.client === 'postgres') {
    const query = words.join(' ');
    const matches = `${articles} AS a WHERE a.search_vector @@ plainto_tsquery('english', ?) AND a.published_at IS NOT NULL`;
    // The window is read newest first: walking the date index for common words (it stops after
    // `window` matches), the GIN index for rare ones; only the window's rows are scored.
    ranked = knex
      .raw(
        `SELECT document_id FROM (SELECT a.id, a.document_id, a.search_vector, a.publication_date, a.published_at FROM ${matches} ORDER BY ${newest} LIMIT ?) AS w ORDER BY ts_rank(w.search_vector, plainto_tsquery('english', ?)) DESC, ${newest}, id LIMIT ? OFFSET ?`,
        [query, window, query, pageSize, offset],
      )
      .then((result: { rows: { document_id: string }[] }) => result.rows);
    counted = knex
      .raw(`SELECT count(*) AS total FROM (SELECT 1 FROM ${matches} LIMIT ?) AS m`, [query, window + 1])
      .then((result: { rows: { total: string }[] }) => result.rows);
  } else {
    const match = ftsMatchExpression(words);
    // The full-text table indexes published rows only (see the migration); the join checks it
    // again, reading the two columns the ranking needs from the listing index, not from each row.
    const matches = `articles_search AS s JOIN articles AS a INDEXED BY articles_listing_cover ON a.id = s.rowid WHERE articles_search MATCH ? AND a.published_at IS NOT NULL`;
    // The window holds ids and dates only (all in the covering index), one more than it keeps:
    // its size is the count, so the matches are walked once. Only the window's rows are scored:
    // a second match over the index joins them, so bm25 is worked out for the window's rows, not
    // for every match. The page's document ids are read for its rows alone; the first row of the
    // answer carries the count (and no article), so an empty page still has its total.
    const windowed = `SELECT a.id, a.publication_date AS d, a.published_at AS p FROM ${matches} ORDER BY d DESC, p DESC LIMIT ?`;
    const kept = 'SELECT id, d, p FROM w ORDER BY d DESC, p DESC LIMIT ?';
    const scored = `SELECT k.id, bm25(articles_search) AS score, k.d, k.p FROM k JOIN articles_search ON articles_search.rowid = k.id WHERE articles_search MATCH ? ORDER BY score, k.d DESC, k.p DESC, k.id LIMIT ? OFFSET ?`;
    const answer = knex
      .raw(
        `WITH w AS MATERIALIZED (${windowed}), k AS MATERIALIZED (${kept}), r AS (${scored})
         SELECT 0 AS part, NULL AS document_id, (SELECT count(*) FROM w) AS total, NULL AS score, NULL AS d, NULL AS p, NULL AS id
         UNION ALL SELECT 1, a.document_id, NULL, r.score, r.d, r.p, r.id FROM r JOIN articles AS a ON a.id = r.id
         ORDER BY part, score, d DESC, p DESC, id`,
        [match, window + 1, window, match, pageSize, offset],
      )
      .then((result: { part: number; document_id: string; total: number | string }[]) => result);
    ranked = answer.then((result) => result.filter((row) => Number(row.part) === 1));
    counted = answer.then((result) => result.filter((row) => Number(row.part) === 0));
  }
  const [rows, count] = await Promise.all([ranked, counted]);
  const total = Number(count[0]?.total ?? 0);
  return {
    documentIds: rows.map((row) => row.document_id),
    total: Math.min(total, window),
    totalCapped: total > window,
  };
}

export type SearchArgs = { terms: string[]; page?: number | null; pageSize?: number | null };

const clamp = (value: number | null | undefined, low: number, high: number, fallback: number) =>
  Math.min(Math.max(Math.trunc(value ?? fallback) || fallback, low), high);

/** The documents of one page of `articleSearch`, in order, and the page's position. */
export async function readSearchPage(strapi: Core.Strapi, args: SearchArgs) {
  const page = clamp(args.page, 1, MAX_SEARCH_PAGE, 1);
  const pageSize = clamp(args.pageSize, 1, MAX_SEARCH_PAGE_SIZE, 10);
  const { documentIds, total, totalCapped } = await searchPublishedArticles(strapi, args.terms, page, pageSize);
  return { documentIds, pageInfo: { page, pageSize, pageCount: Math.ceil(total / pageSize), total, totalCapped } };
}

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
          "Articles matching, counted up to ${MAX_SEARCH_RESULTS}."
          total: Int!
          "More articles match than total counts; only the newest ${MAX_SEARCH_RESULTS} are ranked."
          totalCapped: Boolean!
        }
        type ArticleSearchPage {
          nodes: [Article!]!
          pageInfo: ArticleSearchPageInfo!
        }
        extend type Query {
          "Published articles holding every word (stemmed: 'dams' finds 'dam'): of the newest ${MAX_SEARCH_RESULTS} of them, best match first, then newest. At most ${MAX_SEARCH_TERMS} words and ${MAX_SEARCH_PAGE_SIZE} per page."
          articleSearch(terms: [String!]!, page: Int = 1, pageSize: Int = 10): ArticleSearchPage!
        }
      `,
      resolvers: {
        Query: {
          articleSearch: async (_parent: unknown, args: SearchArgs) => {
            const { documentIds, pageInfo } = await readSearchPage(strapi, args);
            const found =
              documentIds.length === 0
                ? []
                : await strapi.documents(ARTICLE).findMany({
                    status: 'published',
                    filters: { documentId: { $in: documentIds } },
                    limit: documentIds.length,
                  });
            const byId = new Map(found.map((article) => [article.documentId, article]));
            return { nodes: documentIds.flatMap((id) => (byId.has(id) ? [byId.get(id)] : [])), pageInfo };
          },
        },
      },
      resolversConfig: {
        // Whoever may list articles may search them.
        'Query.articleSearch': { auth: { scope: [`${ARTICLE}.find`] } },
      },
    }));
}
