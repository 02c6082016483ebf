/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ImageFields on UploadFile {\n    url\n    alternativeText\n    width\n    height\n  }\n": typeof types.ImageFieldsFragmentDoc,
    "\n  fragment SiteFields on SiteSetting {\n    siteName\n    description\n    analyticsMeasurementId\n    logo {\n      ...ImageFields\n    }\n  }\n": typeof types.SiteFieldsFragmentDoc,
    "\n  fragment SiteChrome on Query {\n    siteSetting {\n      ...SiteFields\n    }\n    navigation: sections(sort: [\"name:asc\"], pagination: { limit: 12 }) {\n      name\n      slug\n    }\n  }\n": typeof types.SiteChromeFragmentDoc,
    "\n  fragment ArticleCardFields on Article {\n    documentId\n    title\n    slug\n    dek\n    publicationDate\n    publishedAt\n    heroImage {\n      ...ImageFields\n    }\n    heroAlt\n    author {\n      documentId\n      name\n      slug\n      role\n    }\n    section {\n      documentId\n      name\n      slug\n    }\n  }\n": typeof types.ArticleCardFieldsFragmentDoc,
    "\n  fragment ArticleCardPage on ArticleEntityResponseCollection {\n    nodes {\n      ...ArticleCardFields\n    }\n    pageInfo {\n      page\n      pageCount\n      total\n    }\n  }\n": typeof types.ArticleCardPageFragmentDoc,
    "\n  fragment ArticlePageFields on Article {\n    ...ArticleCardFields\n    body\n    heroCaption\n    imageSource\n    updatedAt\n    author {\n      bio\n      avatar {\n        ...ImageFields\n      }\n    }\n    tags {\n      documentId\n      name\n      slug\n    }\n    seo {\n      metaTitle\n      metaDescription\n      canonicalUrl\n      shareImage {\n        ...ImageFields\n      }\n    }\n  }\n": typeof types.ArticlePageFieldsFragmentDoc,
    "\n  fragment ArticleReadingOnFields on Article {\n    related(limit: 5) {\n      ...ArticleCardFields\n    }\n    previousInSection {\n      title\n      slug\n    }\n    nextInSection {\n      title\n      slug\n    }\n  }\n": typeof types.ArticleReadingOnFieldsFragmentDoc,
    "\n  query ArticlePage($slug: String!, $status: PublicationStatus = PUBLISHED) {\n    articles(filters: { slug: { eq: $slug } }, status: $status, pagination: { limit: 1 }) {\n      ...ArticlePageFields\n      ...ArticleReadingOnFields\n    }\n    ...SiteChrome\n  }\n": typeof types.ArticlePageDocument,
    "\n  query MovedArticles($page: Int!, $pageSize: Int!) {\n    articles_connection(\n      filters: { formerSlugs: { slug: { notNull: true } } }\n      sort: [\"documentId:asc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      nodes {\n        slug\n        formerSlugs {\n          slug\n        }\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n  }\n": typeof types.MovedArticlesDocument,
    "\n  query ReviewArticle($documentId: ID!) {\n    article(documentId: $documentId, status: DRAFT) {\n      ...ArticlePageFields\n      reviewRevision\n    }\n    ...SiteChrome\n  }\n": typeof types.ReviewArticleDocument,
    "\n  query HomePage($page: Int!, $pageSize: Int!, $withSections: Boolean = false) {\n    articles_connection(\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    sectionBlocks: sections(sort: [\"name:asc\"], pagination: { limit: 6 }) @include(if: $withSections) {\n      documentId\n      name\n      slug\n      articles(sort: [\"publicationDate:desc\", \"publishedAt:desc\"], pagination: { limit: 3 }) {\n        ...ArticleCardFields\n      }\n    }\n    ...SiteChrome\n  }\n": typeof types.HomePageDocument,
    "\n  query ReviewStatus($documentId: ID!) {\n    article(documentId: $documentId, status: DRAFT) {\n      documentId\n      reviewRevision\n    }\n  }\n": typeof types.ReviewStatusDocument,
    "\n  query SiteAnalytics {\n    siteSetting {\n      analyticsMeasurementId\n    }\n  }\n": typeof types.SiteAnalyticsDocument,
    "\n  query Feed($limit: Int!) {\n    articles(sort: [\"publicationDate:desc\", \"publishedAt:desc\"], pagination: { limit: $limit }) {\n      ...ArticleCardFields\n      updatedAt\n    }\n    siteSetting {\n      ...SiteFields\n    }\n  }\n": typeof types.FeedDocument,
    "\n  query Sitemap($page: Int!, $pageSize: Int!) {\n    articles_connection(sort: [\"publishedAt:desc\"], pagination: { page: $page, pageSize: $pageSize }) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        total\n        pageCount\n      }\n    }\n  }\n": typeof types.SitemapDocument,
    "\n  query NewsSitemap($since: DateTime!) {\n    articles(filters: { publishedAt: { gte: $since } }, sort: [\"publishedAt:desc\"], pagination: { limit: 100 }) {\n      title\n      slug\n      publicationDate\n      publishedAt\n    }\n    siteSetting {\n      ...SiteFields\n    }\n  }\n": typeof types.NewsSitemapDocument,
    "\n  query SectionPage($slug: String!, $page: Int!, $pageSize: Int!) {\n    sections(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {\n      documentId\n      name\n      slug\n      description\n    }\n    articles_connection(\n      filters: { section: { slug: { eq: $slug } } }\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    ...SiteChrome\n  }\n": typeof types.SectionPageDocument,
    "\n  query AuthorPage($slug: String!, $page: Int!, $pageSize: Int!) {\n    authors(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {\n      documentId\n      name\n      slug\n      role\n      bio\n      avatar {\n        ...ImageFields\n      }\n    }\n    articles_connection(\n      filters: { author: { slug: { eq: $slug } } }\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    ...SiteChrome\n  }\n": typeof types.AuthorPageDocument,
    "\n  query TagPage($slug: String!, $page: Int!, $pageSize: Int!) {\n    tags(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {\n      documentId\n      name\n      slug\n    }\n    articles_connection(\n      filters: { tags: { slug: { eq: $slug } } }\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    ...SiteChrome\n  }\n": typeof types.TagPageDocument,
    "\n  query Search($terms: [String!]!, $page: Int!, $pageSize: Int!) {\n    articleSearch(terms: $terms, page: $page, pageSize: $pageSize) {\n      nodes {\n        ...ArticleCardFields\n        body\n      }\n      pageInfo {\n        page\n        pageCount\n        total\n        totalCapped\n      }\n    }\n    ...SiteChrome\n  }\n": typeof types.SearchDocument,
    "\n  query SitemapPages($page: Int!, $pageSize: Int!) {\n    sections_connection(pagination: { page: $page, pageSize: $pageSize }, sort: [\"name:asc\", \"documentId:asc\"]) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n    authors_connection(pagination: { page: $page, pageSize: $pageSize }, sort: [\"name:asc\", \"documentId:asc\"]) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n    tags_connection(pagination: { page: $page, pageSize: $pageSize }, sort: [\"name:asc\", \"documentId:asc\"]) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n  }\n": typeof types.SitemapPagesDocument,
    "\n  query SiteChromeOnly {\n    ...SiteChrome\n  }\n": typeof types.SiteChromeOnlyDocument,
};
const documents: Documents = {
    "\n  fragment ImageFields on UploadFile {\n    url\n    alternativeText\n    width\n    height\n  }\n": types.ImageFieldsFragmentDoc,
    "\n  fragment SiteFields on SiteSetting {\n    siteName\n    description\n    analyticsMeasurementId\n    logo {\n      ...ImageFields\n    }\n  }\n": types.SiteFieldsFragmentDoc,
    "\n  fragment SiteChrome on Query {\n    siteSetting {\n      ...SiteFields\n    }\n    navigation: sections(sort: [\"name:asc\"], pagination: { limit: 12 }) {\n      name\n      slug\n    }\n  }\n": types.SiteChromeFragmentDoc,
    "\n  fragment ArticleCardFields on Article {\n    documentId\n    title\n    slug\n    dek\n    publicationDate\n    publishedAt\n    heroImage {\n      ...ImageFields\n    }\n    heroAlt\n    author {\n      documentId\n      name\n      slug\n      role\n    }\n    section {\n      documentId\n      name\n      slug\n    }\n  }\n": types.ArticleCardFieldsFragmentDoc,
    "\n  fragment ArticleCardPage on ArticleEntityResponseCollection {\n    nodes {\n      ...ArticleCardFields\n    }\n    pageInfo {\n      page\n      pageCount\n      total\n    }\n  }\n": types.ArticleCardPageFragmentDoc,
    "\n  fragment ArticlePageFields on Article {\n    ...ArticleCardFields\n    body\n    heroCaption\n    imageSource\n    updatedAt\n    author {\n      bio\n      avatar {\n        ...ImageFields\n      }\n    }\n    tags {\n      documentId\n      name\n      slug\n    }\n    seo {\n      metaTitle\n      metaDescription\n      canonicalUrl\n      shareImage {\n        ...ImageFields\n      }\n    }\n  }\n": types.ArticlePageFieldsFragmentDoc,
    "\n  fragment ArticleReadingOnFields on Article {\n    related(limit: 5) {\n      ...ArticleCardFields\n    }\n    previousInSection {\n      title\n      slug\n    }\n    nextInSection {\n      title\n      slug\n    }\n  }\n": types.ArticleReadingOnFieldsFragmentDoc,
    "\n  query ArticlePage($slug: String!, $status: PublicationStatus = PUBLISHED) {\n    articles(filters: { slug: { eq: $slug } }, status: $status, pagination: { limit: 1 }) {\n      ...ArticlePageFields\n      ...ArticleReadingOnFields\n    }\n    ...SiteChrome\n  }\n": types.ArticlePageDocument,
    "\n  query MovedArticles($page: Int!, $pageSize: Int!) {\n    articles_connection(\n      filters: { formerSlugs: { slug: { notNull: true } } }\n      sort: [\"documentId:asc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      nodes {\n        slug\n        formerSlugs {\n          slug\n        }\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n  }\n": types.MovedArticlesDocument,
    "\n  query ReviewArticle($documentId: ID!) {\n    article(documentId: $documentId, status: DRAFT) {\n      ...ArticlePageFields\n      reviewRevision\n    }\n    ...SiteChrome\n  }\n": types.ReviewArticleDocument,
    "\n  query HomePage($page: Int!, $pageSize: Int!, $withSections: Boolean = false) {\n    articles_connection(\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    sectionBlocks: sections(sort: [\"name:asc\"], pagination: { limit: 6 }) @include(if: $withSections) {\n      documentId\n      name\n      slug\n      articles(sort: [\"publicationDate:desc\", \"publishedAt:desc\"], pagination: { limit: 3 }) {\n        ...ArticleCardFields\n      }\n    }\n    ...SiteChrome\n  }\n": types.HomePageDocument,
    "\n  query ReviewStatus($documentId: ID!) {\n    article(documentId: $documentId, status: DRAFT) {\n      documentId\n      reviewRevision\n    }\n  }\n": types.ReviewStatusDocument,
    "\n  query SiteAnalytics {\n    siteSetting {\n      analyticsMeasurementId\n    }\n  }\n": types.SiteAnalyticsDocument,
    "\n  query Feed($limit: Int!) {\n    articles(sort: [\"publicationDate:desc\", \"publishedAt:desc\"], pagination: { limit: $limit }) {\n      ...ArticleCardFields\n      updatedAt\n    }\n    siteSetting {\n      ...SiteFields\n    }\n  }\n": types.FeedDocument,
    "\n  query Sitemap($page: Int!, $pageSize: Int!) {\n    articles_connection(sort: [\"publishedAt:desc\"], pagination: { page: $page, pageSize: $pageSize }) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        total\n        pageCount\n      }\n    }\n  }\n": types.SitemapDocument,
    "\n  query NewsSitemap($since: DateTime!) {\n    articles(filters: { publishedAt: { gte: $since } }, sort: [\"publishedAt:desc\"], pagination: { limit: 100 }) {\n      title\n      slug\n      publicationDate\n      publishedAt\n    }\n    siteSetting {\n      ...SiteFields\n    }\n  }\n": types.NewsSitemapDocument,
    "\n  query SectionPage($slug: String!, $page: Int!, $pageSize: Int!) {\n    sections(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {\n      documentId\n      name\n      slug\n      description\n    }\n    articles_connection(\n      filters: { section: { slug: { eq: $slug } } }\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    ...SiteChrome\n  }\n": types.SectionPageDocument,
    "\n  query AuthorPage($slug: String!, $page: Int!, $pageSize: Int!) {\n    authors(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {\n      documentId\n      name\n      slug\n      role\n      bio\n      avatar {\n        ...ImageFields\n      }\n    }\n    articles_connection(\n      filters: { author: { slug: { eq: $slug } } }\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    ...SiteChrome\n  }\n": types.AuthorPageDocument,
    "\n  query TagPage($slug: String!, $page: Int!, $pageSize: Int!) {\n    tags(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {\n      documentId\n      name\n      slug\n    }\n    articles_connection(\n      filters: { tags: { slug: { eq: $slug } } }\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    ...SiteChrome\n  }\n": types.TagPageDocument,
    "\n  query Search($terms: [String!]!, $page: Int!, $pageSize: Int!) {\n    articleSearch(terms: $terms, page: $page, pageSize: $pageSize) {\n      nodes {\n        ...ArticleCardFields\n        body\n      }\n      pageInfo {\n        page\n        pageCount\n        total\n        totalCapped\n      }\n    }\n    ...SiteChrome\n  }\n": types.SearchDocument,
    "\n  query SitemapPages($page: Int!, $pageSize: Int!) {\n    sections_connection(pagination: { page: $page, pageSize: $pageSize }, sort: [\"name:asc\", \"documentId:asc\"]) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n    authors_connection(pagination: { page: $page, pageSize: $pageSize }, sort: [\"name:asc\", \"documentId:asc\"]) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n    tags_connection(pagination: { page: $page, pageSize: $pageSize }, sort: [\"name:asc\", \"documentId:asc\"]) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n  }\n": types.SitemapPagesDocument,
    "\n  query SiteChromeOnly {\n    ...SiteChrome\n  }\n": types.SiteChromeOnlyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImageFields on UploadFile {\n    url\n    alternativeText\n    width\n    height\n  }\n"): (typeof documents)["\n  fragment ImageFields on UploadFile {\n    url\n    alternativeText\n    width\n    height\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteFields on SiteSetting {\n    siteName\n    description\n    analyticsMeasurementId\n    logo {\n      ...ImageFields\n    }\n  }\n"): (typeof documents)["\n  fragment SiteFields on SiteSetting {\n    siteName\n    description\n    analyticsMeasurementId\n    logo {\n      ...ImageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteChrome on Query {\n    siteSetting {\n      ...SiteFields\n    }\n    navigation: sections(sort: [\"name:asc\"], pagination: { limit: 12 }) {\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment SiteChrome on Query {\n    siteSetting {\n      ...SiteFields\n    }\n    navigation: sections(sort: [\"name:asc\"], pagination: { limit: 12 }) {\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleCardFields on Article {\n    documentId\n    title\n    slug\n    dek\n    publicationDate\n    publishedAt\n    heroImage {\n      ...ImageFields\n    }\n    heroAlt\n    author {\n      documentId\n      name\n      slug\n      role\n    }\n    section {\n      documentId\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleCardFields on Article {\n    documentId\n    title\n    slug\n    dek\n    publicationDate\n    publishedAt\n    heroImage {\n      ...ImageFields\n    }\n    heroAlt\n    author {\n      documentId\n      name\n      slug\n      role\n    }\n    section {\n      documentId\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleCardPage on ArticleEntityResponseCollection {\n    nodes {\n      ...ArticleCardFields\n    }\n    pageInfo {\n      page\n      pageCount\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleCardPage on ArticleEntityResponseCollection {\n    nodes {\n      ...ArticleCardFields\n    }\n    pageInfo {\n      page\n      pageCount\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticlePageFields on Article {\n    ...ArticleCardFields\n    body\n    heroCaption\n    imageSource\n    updatedAt\n    author {\n      bio\n      avatar {\n        ...ImageFields\n      }\n    }\n    tags {\n      documentId\n      name\n      slug\n    }\n    seo {\n      metaTitle\n      metaDescription\n      canonicalUrl\n      shareImage {\n        ...ImageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ArticlePageFields on Article {\n    ...ArticleCardFields\n    body\n    heroCaption\n    imageSource\n    updatedAt\n    author {\n      bio\n      avatar {\n        ...ImageFields\n      }\n    }\n    tags {\n      documentId\n      name\n      slug\n    }\n    seo {\n      metaTitle\n      metaDescription\n      canonicalUrl\n      shareImage {\n        ...ImageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleReadingOnFields on Article {\n    related(limit: 5) {\n      ...ArticleCardFields\n    }\n    previousInSection {\n      title\n      slug\n    }\n    nextInSection {\n      title\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleReadingOnFields on Article {\n    related(limit: 5) {\n      ...ArticleCardFields\n    }\n    previousInSection {\n      title\n      slug\n    }\n    nextInSection {\n      title\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlePage($slug: String!, $status: PublicationStatus = PUBLISHED) {\n    articles(filters: { slug: { eq: $slug } }, status: $status, pagination: { limit: 1 }) {\n      ...ArticlePageFields\n      ...ArticleReadingOnFields\n    }\n    ...SiteChrome\n  }\n"): (typeof documents)["\n  query ArticlePage($slug: String!, $status: PublicationStatus = PUBLISHED) {\n    articles(filters: { slug: { eq: $slug } }, status: $status, pagination: { limit: 1 }) {\n      ...ArticlePageFields\n      ...ArticleReadingOnFields\n    }\n    ...SiteChrome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MovedArticles($page: Int!, $pageSize: Int!) {\n    articles_connection(\n      filters: { formerSlugs: { slug: { notNull: true } } }\n      sort: [\"documentId:asc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      nodes {\n        slug\n        formerSlugs {\n          slug\n        }\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MovedArticles($page: Int!, $pageSize: Int!) {\n    articles_connection(\n      filters: { formerSlugs: { slug: { notNull: true } } }\n      sort: [\"documentId:asc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      nodes {\n        slug\n        formerSlugs {\n          slug\n        }\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewArticle($documentId: ID!) {\n    article(documentId: $documentId, status: DRAFT) {\n      ...ArticlePageFields\n      reviewRevision\n    }\n    ...SiteChrome\n  }\n"): (typeof documents)["\n  query ReviewArticle($documentId: ID!) {\n    article(documentId: $documentId, status: DRAFT) {\n      ...ArticlePageFields\n      reviewRevision\n    }\n    ...SiteChrome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($page: Int!, $pageSize: Int!, $withSections: Boolean = false) {\n    articles_connection(\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    sectionBlocks: sections(sort: [\"name:asc\"], pagination: { limit: 6 }) @include(if: $withSections) {\n      documentId\n      name\n      slug\n      articles(sort: [\"publicationDate:desc\", \"publishedAt:desc\"], pagination: { limit: 3 }) {\n        ...ArticleCardFields\n      }\n    }\n    ...SiteChrome\n  }\n"): (typeof documents)["\n  query HomePage($page: Int!, $pageSize: Int!, $withSections: Boolean = false) {\n    articles_connection(\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    sectionBlocks: sections(sort: [\"name:asc\"], pagination: { limit: 6 }) @include(if: $withSections) {\n      documentId\n      name\n      slug\n      articles(sort: [\"publicationDate:desc\", \"publishedAt:desc\"], pagination: { limit: 3 }) {\n        ...ArticleCardFields\n      }\n    }\n    ...SiteChrome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewStatus($documentId: ID!) {\n    article(documentId: $documentId, status: DRAFT) {\n      documentId\n      reviewRevision\n    }\n  }\n"): (typeof documents)["\n  query ReviewStatus($documentId: ID!) {\n    article(documentId: $documentId, status: DRAFT) {\n      documentId\n      reviewRevision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteAnalytics {\n    siteSetting {\n      analyticsMeasurementId\n    }\n  }\n"): (typeof documents)["\n  query SiteAnalytics {\n    siteSetting {\n      analyticsMeasurementId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($limit: Int!) {\n    articles(sort: [\"publicationDate:desc\", \"publishedAt:desc\"], pagination: { limit: $limit }) {\n      ...ArticleCardFields\n      updatedAt\n    }\n    siteSetting {\n      ...SiteFields\n    }\n  }\n"): (typeof documents)["\n  query Feed($limit: Int!) {\n    articles(sort: [\"publicationDate:desc\", \"publishedAt:desc\"], pagination: { limit: $limit }) {\n      ...ArticleCardFields\n      updatedAt\n    }\n    siteSetting {\n      ...SiteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sitemap($page: Int!, $pageSize: Int!) {\n    articles_connection(sort: [\"publishedAt:desc\"], pagination: { page: $page, pageSize: $pageSize }) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        total\n        pageCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Sitemap($page: Int!, $pageSize: Int!) {\n    articles_connection(sort: [\"publishedAt:desc\"], pagination: { page: $page, pageSize: $pageSize }) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        total\n        pageCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsSitemap($since: DateTime!) {\n    articles(filters: { publishedAt: { gte: $since } }, sort: [\"publishedAt:desc\"], pagination: { limit: 100 }) {\n      title\n      slug\n      publicationDate\n      publishedAt\n    }\n    siteSetting {\n      ...SiteFields\n    }\n  }\n"): (typeof documents)["\n  query NewsSitemap($since: DateTime!) {\n    articles(filters: { publishedAt: { gte: $since } }, sort: [\"publishedAt:desc\"], pagination: { limit: 100 }) {\n      title\n      slug\n      publicationDate\n      publishedAt\n    }\n    siteSetting {\n      ...SiteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionPage($slug: String!, $page: Int!, $pageSize: Int!) {\n    sections(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {\n      documentId\n      name\n      slug\n      description\n    }\n    articles_connection(\n      filters: { section: { slug: { eq: $slug } } }\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    ...SiteChrome\n  }\n"): (typeof documents)["\n  query SectionPage($slug: String!, $page: Int!, $pageSize: Int!) {\n    sections(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {\n      documentId\n      name\n      slug\n      description\n    }\n    articles_connection(\n      filters: { section: { slug: { eq: $slug } } }\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    ...SiteChrome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorPage($slug: String!, $page: Int!, $pageSize: Int!) {\n    authors(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {\n      documentId\n      name\n      slug\n      role\n      bio\n      avatar {\n        ...ImageFields\n      }\n    }\n    articles_connection(\n      filters: { author: { slug: { eq: $slug } } }\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    ...SiteChrome\n  }\n"): (typeof documents)["\n  query AuthorPage($slug: String!, $page: Int!, $pageSize: Int!) {\n    authors(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {\n      documentId\n      name\n      slug\n      role\n      bio\n      avatar {\n        ...ImageFields\n      }\n    }\n    articles_connection(\n      filters: { author: { slug: { eq: $slug } } }\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    ...SiteChrome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagPage($slug: String!, $page: Int!, $pageSize: Int!) {\n    tags(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {\n      documentId\n      name\n      slug\n    }\n    articles_connection(\n      filters: { tags: { slug: { eq: $slug } } }\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    ...SiteChrome\n  }\n"): (typeof documents)["\n  query TagPage($slug: String!, $page: Int!, $pageSize: Int!) {\n    tags(filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {\n      documentId\n      name\n      slug\n    }\n    articles_connection(\n      filters: { tags: { slug: { eq: $slug } } }\n      sort: [\"publicationDate:desc\", \"publishedAt:desc\"]\n      pagination: { page: $page, pageSize: $pageSize }\n    ) {\n      ...ArticleCardPage\n    }\n    ...SiteChrome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($terms: [String!]!, $page: Int!, $pageSize: Int!) {\n    articleSearch(terms: $terms, page: $page, pageSize: $pageSize) {\n      nodes {\n        ...ArticleCardFields\n        body\n      }\n      pageInfo {\n        page\n        pageCount\n        total\n        totalCapped\n      }\n    }\n    ...SiteChrome\n  }\n"): (typeof documents)["\n  query Search($terms: [String!]!, $page: Int!, $pageSize: Int!) {\n    articleSearch(terms: $terms, page: $page, pageSize: $pageSize) {\n      nodes {\n        ...ArticleCardFields\n        body\n      }\n      pageInfo {\n        page\n        pageCount\n        total\n        totalCapped\n      }\n    }\n    ...SiteChrome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitemapPages($page: Int!, $pageSize: Int!) {\n    sections_connection(pagination: { page: $page, pageSize: $pageSize }, sort: [\"name:asc\", \"documentId:asc\"]) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n    authors_connection(pagination: { page: $page, pageSize: $pageSize }, sort: [\"name:asc\", \"documentId:asc\"]) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n    tags_connection(pagination: { page: $page, pageSize: $pageSize }, sort: [\"name:asc\", \"documentId:asc\"]) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query SitemapPages($page: Int!, $pageSize: Int!) {\n    sections_connection(pagination: { page: $page, pageSize: $pageSize }, sort: [\"name:asc\", \"documentId:asc\"]) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n    authors_connection(pagination: { page: $page, pageSize: $pageSize }, sort: [\"name:asc\", \"documentId:asc\"]) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n    tags_connection(pagination: { page: $page, pageSize: $pageSize }, sort: [\"name:asc\", \"documentId:asc\"]) {\n      nodes {\n        slug\n        updatedAt\n      }\n      pageInfo {\n        pageCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteChromeOnly {\n    ...SiteChrome\n  }\n"): (typeof documents)["\n  query SiteChromeOnly {\n    ...SiteChrome\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;