import type { Core } from '@strapi/strapi';
import {
  authorPageQuery,
  homePageQuery,
  searchQuery,
  sectionPageQuery,
  sitemapQuery,
  tagPageQuery,
} from '@newsroom/shared';
import type { DocumentNode } from 'graphql';
import { NEWEST_FIRST, pageIds, readListingPage, type ListingPlan } from '../document-middlewares/archive-listings';
import { readPublishedRows, type Populate, type Row } from './published-rows';
import { readSiteChrome, SITE_CHROME_SHAPE } from './site-chrome';
import { readSearchPage } from './article-search';
import { selectedFields, type Limits, type PageReader } from './page-reader';

/**
 * The listing pages' readers (see page-reader.ts): the front page and a section's, tag's or
 * author's page (newest first), a page of search results and a sitemap file. A page's ids and
 * total come from the archive's listing reads (archive-listings.ts) or the search
 * (article-search.ts), published articles only; the cards are then read whole in one pass.
 */

const ARTICLE = 'api::article.article';

const NEWEST = '["publicationDate:desc", "publishedAt:desc"]';
const PAGINATION = 'pagination: {page: $page, pageSize: $pageSize}';
/** What an article card shows besides its own columns (ArticleCardFields). */
const CARD_SHAPE = ['author', 'heroImage', 'section'];
const CARD_POPULATE = { heroImage: true, author: true, section: true } as const;

/** The shape lines of a page of cards under `connection`. */
const cardPageShape = (connection: string) => [
  connection,
  `${connection}.nodes`,
  ...CARD_SHAPE.map((field) => `${connection}.nodes.${field}`),
  `${connection}.pageInfo`,
];

/** How a page's cards are read: the columns its document shows, and the relations (CARD_POPULATE). */
type CardRead = { fields: readonly string[]; populate?: Populate; by?: 'id' | 'documentId' };

/** Published articles by id (or document id), as cards, in the order given (any since unpublished left out). */
async function readCards(strapi: Core.Strapi, ids: readonly (number | string)[], read: CardRead): Promise<Row[]> {
  const by = read.by ?? 'id';
  const found = await readPublishedRows(strapi, ARTICLE, {
    where: { field: by, values: ids },
    fields: read.fields,
    populate: read.populate ?? CARD_POPULATE,
  });
  const byId = new Map(found.map((row) => [String(row[by]), row]));
  return ids.map((id) => byId.get(String(id))).filter((row) => row !== undefined);
}

/** `page` and `pageSize` as Strapi takes them without a complaint; otherwise null (Strapi answers). */
function pageOf(variables: Record<string, unknown>, limits: Limits): { start: number; limit: number } | null {
  const { page, pageSize } = variables;
  if (typeof page !== 'number' || typeof pageSize !== 'number') return null;
  if (!Number.isInteger(page) || !Number.isInteger(pageSize) || page < 1 || pageSize < 1) return null;
  if (limits.maxLimit > 0 && pageSize > limits.maxLimit) return null;
  return { start: (page - 1) * pageSize, limit: pageSize };
}

/** One page of a listing, as GraphQL's `..._connection` answers it. */
async function readCardPage(
  strapi: Core.Strapi,
  plan: ListingPlan,
  read: CardRead,
): Promise<{ nodes: Row[]; pageInfo: Record<string, number> } | null> {
  const listing = readListingPage(strapi, plan);
  if (!listing || plan.limit === undefined) return null;
  const pageSize = plan.limit;
  // The cards are read while the total is still being counted.
  const [nodes, total] = await Promise.all([listing.ids.then((ids) => readCards(strapi, ids, read)), listing.total]);
  return {
    nodes,
    pageInfo: {
      total,
      page: Math.floor(plan.start / pageSize) + 1,
      pageSize,
      pageCount: Math.ceil(total / pageSize),
    },
  };
}

const newestFirst = (relation: string | null, slug: string | null, start: number, limit: number): ListingPlan => ({
  relation,
  slug,
  sort: NEWEST_FIRST.map(({ field, direction }) => ({ field, direction })),
  start,
  limit,
});

/** A section's, tag's or author's page: the entry by its slug and one page of its articles. */
function subjectPageReader(options: {
  name: string;
  document: DocumentNode;
  relation: string;
  uid: string;
  root: string;
  /** Relations of the entry the document shows, populated whole. */
  populate: Record<string, true>;
}): PageReader {
  const entry = `${options.root}(filters: {slug: {eq: $slug}}, pagination: {limit: 1})`;
  const cards: CardRead = { fields: selectedFields(options.document) };
  const connection = `articles_connection(filters: {${options.relation}: {slug: {eq: $slug}}}, sort: ${NEWEST}, ${PAGINATION})`;
  return {
    name: options.name,
    document: options.document,
    shape: [
      entry,
      ...Object.keys(options.populate).map((field) => `${entry}.${field}`),
      ...cardPageShape(connection),
      ...SITE_CHROME_SHAPE,
    ]
      .sort()
      .join('\n'),
    async read(strapi, variables, _schema, limits) {
      const page = pageOf(variables, limits);
      if (!page || typeof variables.slug !== 'string') return null;
      const slug = variables.slug;
      const [entries, articles, chrome] = await Promise.all([
        readPublishedRows(strapi, options.uid, {
          where: { field: 'slug', values: [slug] },
          limit: 1,
          populate: options.populate,
        }),
        readCardPage(strapi, newestFirst(options.relation, slug, page.start, page.limit), cards),
        readSiteChrome(strapi),
      ]);
      if (!articles) return null;
      return { [options.root]: entries, articles_connection: articles, ...chrome };
    },
  };
}

const SECTION_BLOCKS = `sectionBlocks=sections(sort: ["name:asc"], pagination: {limit: 6}) @include(if: $withSections)`;
const BLOCK_ARTICLES = `${SECTION_BLOCKS}.articles(sort: ${NEWEST}, pagination: {limit: 3})`;

const HOME_CARDS: CardRead = { fields: selectedFields(homePageQuery) };

/** The front page: every published article newest first, and on page 1 a block per section. */
const homePageReader: PageReader = {
  name: 'HomePage',
  document: homePageQuery,
  shape: [
    ...cardPageShape(`articles_connection(sort: ${NEWEST}, ${PAGINATION})`),
    SECTION_BLOCKS,
    BLOCK_ARTICLES,
    ...CARD_SHAPE.map((field) => `${BLOCK_ARTICLES}.${field}`),
    ...SITE_CHROME_SHAPE,
  ]
    .sort()
    .join('\n'),
  async read(strapi, variables, _schema, limits) {
    const page = pageOf(variables, limits);
    if (!page) return null;
    const [articles, chrome, sectionBlocks] = await Promise.all([
      readCardPage(strapi, newestFirst(null, null, page.start, page.limit), HOME_CARDS),
      readSiteChrome(strapi),
      variables.withSections === true ? readSectionBlocks(strapi) : null,
    ]);
    if (!articles || (variables.withSections === true && !sectionBlocks)) return null;
    return { articles_connection: articles, ...chrome, sectionBlocks };
  },
};

/** The first six sections by name, each with its three newest published articles. */
async function readSectionBlocks(strapi: Core.Strapi): Promise<Row[] | null> {
  const sections = await readPublishedRows(strapi, 'api::section.section', {
    orderBy: [{ field: 'name', direction: 'asc' }],
    limit: 6,
  });
  if (sections.some((section) => typeof section.slug !== 'string')) return null;
  const ids = await Promise.all(
    sections.map((section) => pageIds(strapi, newestFirst('section', section.slug as string, 0, 3))),
  );
  const cards = new Map((await readCards(strapi, ids.flat(), HOME_CARDS)).map((row) => [Number(row.id), row]));
  return sections.map((section, i) => ({
    ...section,
    articles: ids[i]!.map((id) => cards.get(id)).filter((row) => row !== undefined),
  }));
}

const SEARCH = 'articleSearch(terms: $terms, page: $page, pageSize: $pageSize)';

const SEARCH_CARDS: CardRead = { fields: selectedFields(searchQuery) };

/** A page of search results (article-search.ts chooses them, published articles only). */
const searchPageReader: PageReader = {
  name: 'Search',
  document: searchQuery,
  shape: [SEARCH, `${SEARCH}.nodes`, ...CARD_SHAPE.map((field) => `${SEARCH}.nodes.${field}`), `${SEARCH}.pageInfo`]
    .concat(SITE_CHROME_SHAPE)
    .sort()
    .join('\n'),
  async read(strapi, variables) {
    const { terms, page, pageSize } = variables;
    if (!Array.isArray(terms) || !terms.every((term) => typeof term === 'string')) return null;
    if (typeof page !== 'number' || typeof pageSize !== 'number') return null;
    const [search, chrome] = await Promise.all([
      readSearchPage(strapi, { terms, page, pageSize }),
      readSiteChrome(strapi),
    ]);
    const nodes = await readCards(strapi, search.documentIds, { ...SEARCH_CARDS, by: 'documentId' });
    return { articleSearch: { nodes, pageInfo: search.pageInfo }, ...chrome };
  },
};

const SITEMAP = `articles_connection(sort: ["publishedAt:desc"], ${PAGINATION})`;

const SITEMAP_ENTRIES: CardRead = { fields: selectedFields(sitemapQuery), populate: {} };

/** A sitemap file: one page of every published article's address, the latest published first. */
const sitemapReader: PageReader = {
  name: 'Sitemap',
  document: sitemapQuery,
  shape: [SITEMAP, `${SITEMAP}.nodes`, `${SITEMAP}.pageInfo`].sort().join('\n'),
  async read(strapi, variables, _schema, limits) {
    const page = pageOf(variables, limits);
    if (!page) return null;
    const plan: ListingPlan = {
      relation: null,
      slug: null,
      sort: [{ field: 'publishedAt', direction: 'desc' }],
      start: page.start,
      limit: page.limit,
    };
    const articles = await readCardPage(strapi, plan, SITEMAP_ENTRIES);
    return articles && { articles_connection: articles };
  },
};

/** The readers of the website's listing pages. */
export const listingPageReaders: readonly PageReader[] = [
  homePageReader,
  searchPageReader,
  sitemapReader,
  subjectPageReader({
    name: 'SectionPage',
    document: sectionPageQuery,
    relation: 'section',
    uid: 'api::section.section',
    root: 'sections',
    populate: {},
  }),
  subjectPageReader({
    name: 'TagPage',
    document: tagPageQuery,
    relation: 'tags',
    uid: 'api::tag.tag',
    root: 'tags',
    populate: {},
  }),
  subjectPageReader({
    name: 'AuthorPage',
    document: authorPageQuery,
    relation: 'author',
    uid: 'api::author.author',
    root: 'authors',
    populate: { avatar: true },
  }),
];
