import type { Core } from '@strapi/strapi';
import { articlePageQuery } from '@newsroom/shared';
import { isEnumType } from 'graphql';
import { knownTopics, neighbourIdInSection, relatedArticleIds, type ArticleRow } from './article-neighbours';
import { selectedFields, type PageReader } from './page-reader';
import { readPublishedRows, type Row } from './published-rows';
import { readSiteChrome, SITE_CHROME_SHAPE } from './site-chrome';

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

/** Every relation and component of the page's article, read whole. */
const ARTICLE_POPULATE = {
  heroImage: true,
  author: { avatar: true },
  section: true,
  tags: true,
  seo: { shareImage: true },
} as const;
/** The columns the page reads of its article (none it does not show, such as the search text). */
const ARTICLE_FIELDS = selectedFields(articlePageQuery, ['articles']);
/** What the page shows of a reading-on link (RELATED_CARD's relations; the neighbours ask fewer). */
const CARD_POPULATE = { heroImage: true, author: true, section: true } as const;
/** The columns the page shows of a reading-on link (no body). */
const CARD_FIELDS = selectedFields(articlePageQuery, ['related', 'previousInSection', 'nextInSection']);

/**
 * What the ArticlePage document reads, for one slug: published rows only. The article, with
 * everything it links to, comes first; then its reading-on links, read as cards.
 */
export async function readArticlePage(
  strapi: Core.Strapi,
  slug: string,
  defaultLimit: number,
): Promise<{ articles: Row[] } & Awaited<ReturnType<typeof readSiteChrome>>> {
  const [[article], chrome] = await Promise.all([
    readPublishedRows(strapi, ARTICLE, {
      where: { field: 'slug', values: [slug] },
      limit: 1,
      fields: ARTICLE_FIELDS,
      populate: ARTICLE_POPULATE,
    }),
    readSiteChrome(strapi),
  ]);
  if (!article) return { articles: [], ...chrome };
  const page = article as Row & ArticleRow;
  // Its section and tags, read with it, are what its reading-on links are chosen by.
  const section = page.section as Row | null;
  const tags = Array.isArray(page.tags) ? (page.tags as Row[]) : [];
  knownTopics(page, { section: section?.id ?? null, tags: tags.map((tag) => tag.id) });
  const [related, previous, next] = await Promise.all([
    relatedArticleIds(strapi, page, RELATED_LIMIT),
    neighbourIdInSection(strapi, page, 'previous'),
    neighbourIdInSection(strapi, page, 'next'),
  ]);
  const ids = [...new Set([...related, previous, next].filter((id) => id !== null))];
  const rows = await readPublishedRows(strapi, ARTICLE, {
    where: { field: 'id', values: ids },
    fields: CARD_FIELDS,
    populate: CARD_POPULATE,
  });
  const linked = new Map(rows.map((row) => [String(row.id), row]));
  // An article unpublished between the reads is left out, as Strapi's resolvers leave it.
  const published = (id: number | string | null) => (id === null ? null : (linked.get(String(id)) ?? null));
  // A to-many relation answers at most the GraphQL plugin's default page, as Strapi's loader does.
  const shownTags = tags.slice(0, defaultLimit);
  return {
    articles: [
      {
        ...page,
        tags: shownTags,
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
