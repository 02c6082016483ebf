import { graphql } from '../generated';

// Every document the website runs. Variables only: nothing is ever pasted into a query string.

export const imageFieldsFragment = graphql(`
  fragment ImageFields on UploadFile {
    url
    alternativeText
    width
    height
  }
`);

export const siteFieldsFragment = graphql(`
  fragment SiteFields on SiteSetting {
    siteName
    description
    analyticsMeasurementId
    logo {
      ...ImageFields
    }
  }
`);

/** What every page's header and footer show: the publication's settings and its sections. */
export const siteChromeFragment = graphql(`
  fragment SiteChrome on Query {
    siteSetting {
      ...SiteFields
    }
    navigation: sections(sort: ["name:asc"], pagination: { limit: 12 }) {
      name
      slug
    }
  }
`);

export const articleCardFieldsFragment = graphql(`
  fragment ArticleCardFields on Article {
    documentId
    title
    slug
    dek
    publicationDate
    publishedAt
    heroImage {
      ...ImageFields
    }
    heroAlt
    author {
      documentId
      name
      slug
      role
    }
    section {
      documentId
      name
      slug
    }
  }
`);

/** One page of article cards with its position, for every paginated listing. */
export const articleCardPageFragment = graphql(`
  fragment ArticleCardPage on ArticleEntityResponseCollection {
    nodes {
      ...ArticleCardFields
    }
    pageInfo {
      page
      pageCount
      total
    }
  }
`);

export const articlePageFieldsFragment = graphql(`
  fragment ArticlePageFields on Article {
    ...ArticleCardFields
    body
    heroCaption
    imageSource
    updatedAt
    author {
      bio
      avatar {
        ...ImageFields
      }
    }
    tags {
      documentId
      name
      slug
    }
    seo {
      metaTitle
      metaDescription
      canonicalUrl
      shareImage {
        ...ImageFields
      }
    }
  }
`);

/** Where a reader goes next from an article: related articles and its neighbours in the section. */
export const articleReadingOnFieldsFragment = graphql(`
  fragment ArticleReadingOnFields on Article {
    related(limit: 5) {
      ...ArticleCardFields
    }
    previousInSection {
      title
      slug
    }
    nextInSection {
      title
      slug
    }
  }
`);

export const articlePageQuery = graphql(`
  query ArticlePage($slug: String!, $status: PublicationStatus = PUBLISHED) {
    articles(filters: { slug: { eq: $slug } }, status: $status, pagination: { limit: 1 }) {
      ...ArticlePageFields
      ...ArticleReadingOnFields
    }
    ...SiteChrome
  }
`);

/**
 * One page of the published articles whose slug changed after publishing, with their former slugs:
 * the old URLs that answer 308 to the current one. Published articles only, as every read of the
 * website's token (an unpublished article's old URLs are 404s again).
 */
export const movedArticlesQuery = graphql(`
  query MovedArticles($page: Int!, $pageSize: Int!) {
    articles_connection(
      filters: { formerSlugs: { slug: { notNull: true } } }
      sort: ["documentId:asc"]
      pagination: { page: $page, pageSize: $pageSize }
    ) {
      nodes {
        slug
        formerSlugs {
          slug
        }
      }
      pageInfo {
        pageCount
      }
    }
  }
`);

/** The draft a review link grants, with the revision that revoking links increments. */
export const reviewArticleQuery = graphql(`
  query ReviewArticle($documentId: ID!) {
    article(documentId: $documentId, status: DRAFT) {
      ...ArticlePageFields
      reviewRevision
    }
    ...SiteChrome
  }
`);

/** The front page (or a page of the archive): latest articles, and on page 1 a block per section. */
export const homePageQuery = graphql(`
  query HomePage($page: Int!, $pageSize: Int!, $withSections: Boolean = false) {
    articles_connection(
      sort: ["publicationDate:desc", "publishedAt:desc"]
      pagination: { page: $page, pageSize: $pageSize }
    ) {
      ...ArticleCardPage
    }
    sectionBlocks: sections(sort: ["name:asc"], pagination: { limit: 6 }) @include(if: $withSections) {
      documentId
      name
      slug
      articles(sort: ["publicationDate:desc", "publishedAt:desc"], pagination: { limit: 3 }) {
        ...ArticleCardFields
      }
    }
    ...SiteChrome
  }
`);

/** Just enough of a draft to decide whether a review link is still valid. */
export const reviewStatusQuery = graphql(`
  query ReviewStatus($documentId: ID!) {
    article(documentId: $documentId, status: DRAFT) {
      documentId
      reviewRevision
    }
  }
`);

/** The Google tag id set in Site settings: the website's security policy lets the tag load when there is one. */
export const siteAnalyticsQuery = graphql(`
  query SiteAnalytics {
    siteSetting {
      analyticsMeasurementId
    }
  }
`);

/** The newest published articles for the RSS feed. */
export const feedQuery = graphql(`
  query Feed($limit: Int!) {
    articles(sort: ["publicationDate:desc", "publishedAt:desc"], pagination: { limit: $limit }) {
      ...ArticleCardFields
      updatedAt
    }
    siteSetting {
      ...SiteFields
    }
  }
`);

/** One page of article URLs for the sitemaps (page size is capped by the CMS at 100). */
export const sitemapQuery = graphql(`
  query Sitemap($page: Int!, $pageSize: Int!) {
    articles_connection(sort: ["publishedAt:desc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes {
        slug
        updatedAt
      }
      pageInfo {
        total
        pageCount
      }
    }
  }
`);

/** Articles published since a moment, for the Google News sitemap (the last 48 hours). */
export const newsSitemapQuery = graphql(`
  query NewsSitemap($since: DateTime!) {
    articles(filters: { publishedAt: { gte: $since } }, sort: ["publishedAt:desc"], pagination: { limit: 100 }) {
      title
      slug
      publicationDate
      publishedAt
    }
    siteSetting {
      ...SiteFields
    }
  }
`);

/** A section's page: the section and one page of its published articles. */
export const sectionPageQuery = graphql(`
  query SectionPage($slug: String!, $page: Int!, $pageSize: Int!) {
    sections(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
      documentId
      name
      slug
      description
    }
    articles_connection(
      filters: { section: { slug: { eq: $slug } } }
      sort: ["publicationDate:desc", "publishedAt:desc"]
      pagination: { page: $page, pageSize: $pageSize }
    ) {
      ...ArticleCardPage
    }
    ...SiteChrome
  }
`);

/** An author's page: name, role, bio, portrait and one page of their published articles. */
export const authorPageQuery = graphql(`
  query AuthorPage($slug: String!, $page: Int!, $pageSize: Int!) {
    authors(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
      documentId
      name
      slug
      role
      bio
      avatar {
        ...ImageFields
      }
    }
    articles_connection(
      filters: { author: { slug: { eq: $slug } } }
      sort: ["publicationDate:desc", "publishedAt:desc"]
      pagination: { page: $page, pageSize: $pageSize }
    ) {
      ...ArticleCardPage
    }
    ...SiteChrome
  }
`);

/** A tag's page: the tag and one page of the published articles carrying it. */
export const tagPageQuery = graphql(`
  query TagPage($slug: String!, $page: Int!, $pageSize: Int!) {
    tags(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
      documentId
      name
      slug
    }
    articles_connection(
      filters: { tags: { slug: { eq: $slug } } }
      sort: ["publicationDate:desc", "publishedAt:desc"]
      pagination: { page: $page, pageSize: $pageSize }
    ) {
      ...ArticleCardPage
    }
    ...SiteChrome
  }
`);

/**
 * One page of published articles matching a search. `filters` is built by the website from the
 * reader's words (each word must appear in the title, dek or body); never from raw query text.
 */
export const searchQuery = graphql(`
  query Search($terms: [String!]!, $page: Int!, $pageSize: Int!) {
    articleSearch(terms: $terms, page: $page, pageSize: $pageSize) {
      nodes {
        ...ArticleCardFields
        body
      }
      pageInfo {
        page
        pageCount
        total
        totalCapped
      }
    }
    ...SiteChrome
  }
`);

/** One page of sections, authors and tags, for the pages sitemaps (`pages-N.xml`). */
export const sitemapPagesQuery = graphql(`
  query SitemapPages($page: Int!, $pageSize: Int!) {
    sections_connection(pagination: { page: $page, pageSize: $pageSize }, sort: ["name:asc", "documentId:asc"]) {
      nodes {
        slug
        updatedAt
      }
      pageInfo {
        pageCount
      }
    }
    authors_connection(pagination: { page: $page, pageSize: $pageSize }, sort: ["name:asc", "documentId:asc"]) {
      nodes {
        slug
        updatedAt
      }
      pageInfo {
        pageCount
      }
    }
    tags_connection(pagination: { page: $page, pageSize: $pageSize }, sort: ["name:asc", "documentId:asc"]) {
      nodes {
        slug
        updatedAt
      }
      pageInfo {
        pageCount
      }
    }
  }
`);

/** The publication's settings and sections alone: the header and footer of a page with no content of its own. */
export const siteChromeQuery = graphql(`
  query SiteChromeOnly {
    ...SiteChrome
  }
`);
