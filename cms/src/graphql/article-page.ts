import type { Core } from '@strapi/strapi';
import { articlePageQuery } from '@newsroom/shared';
import { isEnumType } from 'graphql';
import { neighbourIdInSection, relatedArticleIds, type ArticleRow } from './article-neighbours';
import type { PageReader } from './page-reader';
import { PUBLISHED, readSiteChrome, SITE_CHROME_SHAPE } from './site-chrome';

/**
 * The article page's reader (see page-reader.ts): the article by its slug, published rows only,
 * with everything it links to, its reading-on links and the site's chrome. Every type it reaches
 * besides articles has no drafts.
 */

const ARTICLE = 'api::article.article';

const PAGE_ARTICLE = 'articles(filters: {slug: {eq: $slug}}, status: $status, pagination: {limit: 1})';
const RELATED_LIMIT = 5;
const RELATED = `${PAGE_ARTICLE}.related(limit: ${RELATED_LIMIT})`;
const SHAPE = [
  PAGE_ARTICLE,
  ...['author', 'author.avatar', 'heroImage', 'nextInSection', 'previousInSection'].map((f) => `${PAGE_ARTICLE}.${f}`),
  RELATED,
  ...['author', 'heroImage', 'section'].map((f) => `${RELATED}.${f}`),
  ...['section', 'seo', 'seo.shareImage', 'tags'].map((f) => `${PAGE_ARTICLE}.${f}`),
  ...SITE_CHROME_SHAPE,
]
  .sort()
  .join('\n');

/** Every relation and component of an article, populated whole (cards read fewer, as they ask). */
const ARTICLE_POPULATE = {
  heroImage: true,
  author: { populate: { avatar: true } },
  section: true,
  tags: true,
  seo: { populate: { shareImage: true } },
};

type Row = ArticleRow & Record<string, unknown>;

/**
 * What the ArticlePage document reads, for one slug: published rows only. The article's id comes
 * first, then its reading-on links, then the article and its links are read whole in one pass.
 */
export async function readArticlePage(
  strapi: Core.Strapi,
  slug: string,
  defaultLimit: number,
): Promise<{ articles: Row[] } & Awaited<ReturnType<typeof readSiteChrome>>> {
  const [page, chrome] = await Promise.all([
    strapi.db.query(ARTICLE).findOne({
      select: ['id', 'documentId', 'publicationDate'],
      where: { slug, ...PUBLISHED },
    }) as Promise<Row | null>,
    readSiteChrome(strapi),
  ]);
  if (!page) return { articles: [], ...chrome };
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
  if (!article) return { articles: [], ...chrome };
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
    ...chrome,
  };
}

export const articlePageReader: PageReader = {
  name: 'ArticlePage',
  document: articlePageQuery,
  shape: SHAPE,
  async read(strapi, variables, schema, limits) {
    // Published only: a draft status is the draft guard's to refuse or rewrite, through Strapi.
    const status = schema.getType('PublicationStatus');
    const published = isEnumType(status) ? status.getValue('PUBLISHED')?.value : undefined;
    if (published === undefined || variables.status !== published || typeof variables.slug !== 'string') return null;
    return readArticlePage(strapi, variables.slug, limits.defaultLimit);
  },
};
