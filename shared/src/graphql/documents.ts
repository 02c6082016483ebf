import { graphql } from '../generated';

// Every document the website runs. Variables only: nothing is ever pasted into a query string.

export const siteFieldsFragment = graphql(`
  fragment SiteFields on SiteSetting {
    siteName
    description
  }
`);

export const imageFieldsFragment = graphql(`
  fragment ImageFields on UploadFile {
    url
    alternativeText
    width
    height
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

export const articlePageQuery = graphql(`
  query ArticlePage($slug: String!, $status: PublicationStatus = PUBLISHED) {
    articles(filters: { slug: { eq: $slug } }, status: $status, pagination: { limit: 1 }) {
      ...ArticlePageFields
    }
    siteSetting {
      ...SiteFields
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
    siteSetting {
      ...SiteFields
    }
  }
`);

export const homePageQuery = graphql(`
  query HomePage($page: Int!, $pageSize: Int!) {
    articles_connection(
      sort: ["publicationDate:desc", "publishedAt:desc"]
      pagination: { page: $page, pageSize: $pageSize }
    ) {
      ...ArticleCardPage
    }
    siteSetting {
      ...SiteFields
    }
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
    siteSetting {
      ...SiteFields
    }
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
    siteSetting {
      ...SiteFields
    }
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
    siteSetting {
      ...SiteFields
    }
  }
`);
