import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';

/** The most related articles one request may ask for. */
export const MAX_RELATED = 6;
/** Candidates looked at when ranking related articles: the newest that share a section or a tag. */
const RELATED_CANDIDATES = 30;

/** What the resolvers read of the article they hang off (Strapi's row, typed by the generated schema). */
type ArticleRow = {
  id: number | string;
  documentId: string;
  publicationDate?: unknown;
  publishedAt?: unknown;
};
type Topics = { section: string | null; tags: string[] };
type Candidate = ArticleRow & { section?: { documentId: string } | null; tags?: { documentId: string }[] | null };

const NEWEST_FIRST = [{ publicationDate: 'desc' }, { publishedAt: 'desc' }] as const;
const OLDEST_FIRST = [{ publicationDate: 'asc' }, { publishedAt: 'asc' }] as const;

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

async function readTopics(strapi: Core.Strapi, article: ArticleRow): Promise<Topics> {
  const row = await strapi.db.query(ARTICLE).findOne({
    where: { id: article.id },
    select: ['id'],
    populate: { section: { select: ['documentId'] }, tags: { select: ['documentId'] } },
  });
  return {
    section: row?.section?.documentId ?? null,
    tags: (row?.tags ?? []).map((tag: { documentId: string }) => tag.documentId),
  };
}

/**
 * Published articles on the same subjects as `article`: each shared tag counts twice, the same
 * section once; ties go to the newest. Never the article itself.
 */
export async function relatedArticles(strapi: Core.Strapi, article: ArticleRow, limit: number): Promise<Candidate[]> {
  const count = Math.min(Math.max(Math.trunc(limit) || 0, 0), MAX_RELATED);
  if (count === 0) return [];
  const topics = await topicsOf(strapi, article);
  const anyOf = [
    ...(topics.section ? [{ section: { documentId: topics.section } }] : []),
    ...(topics.tags.length > 0 ? [{ tags: { documentId: { $in: topics.tags } } }] : []),
  ];
  if (anyOf.length === 0) return [];
  // The candidates are ranked on their topics alone: their text (a body each) is read only for
  // the few that are chosen.
  const candidates: Candidate[] = await strapi.documents(ARTICLE).findMany({
    status: 'published',
    filters: { documentId: { $ne: article.documentId }, $or: anyOf },
    sort: [...NEWEST_FIRST],
    limit: RELATED_CANDIDATES,
    fields: ['documentId'],
    populate: { section: { fields: ['documentId'] }, tags: { fields: ['documentId'] } },
  });
  const score = (candidate: Candidate) =>
    (candidate.tags ?? []).filter((tag) => topics.tags.includes(tag.documentId)).length * 2 +
    (topics.section && candidate.section?.documentId === topics.section ? 1 : 0);
  // Array.prototype.sort is stable: equal scores keep the newest-first order of the query.
  const chosen = candidates
    .map((candidate) => ({ candidate, score: score(candidate) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map(({ candidate }) => candidate.id);
  if (chosen.length === 0) return [];
  const rows: Candidate[] = await strapi.documents(ARTICLE).findMany({
    status: 'published',
    filters: { id: { $in: chosen } },
    limit: chosen.length,
  });
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  // An article unpublished between the two reads is left out.
  return chosen.flatMap((id) => byId.get(String(id)) ?? []);
}

/**
 * The published article just before (older) or after (newer) `article` in its section, ordered
 * by publication date and then by publishing time; null at either end or without a section.
 */
export async function neighbourInSection(
  strapi: Core.Strapi,
  article: ArticleRow,
  direction: 'previous' | 'next',
): Promise<Candidate | null> {
  const date = article.publicationDate ? String(article.publicationDate) : null;
  if (!date) return null;
  const { section } = await topicsOf(strapi, article);
  if (!section) return null;
  const beyond = direction === 'previous' ? '$lt' : '$gt';
  const publishedAt = article.publishedAt ? new Date(String(article.publishedAt)).toISOString() : null;
  const found = await strapi.documents(ARTICLE).findFirst({
    status: 'published',
    filters: {
      section: { documentId: section },
      documentId: { $ne: article.documentId },
      $or: [
        { publicationDate: { [beyond]: date } },
        // Same day: the order it went live in. (A draft being previewed has no publishing time yet.)
        ...(publishedAt ? [{ publicationDate: { $eq: date }, publishedAt: { [beyond]: publishedAt } }] : []),
      ],
    },
    sort: direction === 'previous' ? [...NEWEST_FIRST] : [...OLDEST_FIRST],
  });
  return found ?? null;
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
          related: (parent: ArticleRow, args: { limit?: number }) => relatedArticles(strapi, parent, args.limit ?? 3),
          previousInSection: (parent: ArticleRow) => neighbourInSection(strapi, parent, 'previous'),
          nextInSection: (parent: ArticleRow) => neighbourInSection(strapi, parent, 'next'),
        },
      },
    }));
}
