/**
 * What the CMS publishes and the website shows, declared once. Both apps derive from it: the CMS's
 * publish notifications (which uid is which change type, whether it has drafts), the website's
 * revalidation request schema and cache tags, the route map, and what the sitemaps list.
 * A test walks it against the CMS's content types and the website's routes, so a type added on
 * one side and forgotten on the other fails `npm test`.
 */
export const contentRegistry = {
  article: {
    uid: 'api::article.article',
    /** Its type in the CMS's GraphQL schema. */
    graphqlType: 'Article',
    /** Draft & publish: readers see a change only when it is published. */
    drafts: true,
    /** The page of one document (`:slug` is filled in, encoded). */
    page: '/articles/:slug',
    /** Its own feed, if it has one. */
    feed: null,
    /** Which sitemap lists its pages: `articles` (paginated files) or `pages`. */
    sitemap: 'articles',
  },
  author: {
    uid: 'api::author.author',
    graphqlType: 'Author',
    drafts: false,
    page: '/authors/:slug',
    feed: null,
    sitemap: 'pages',
  },
  section: {
    uid: 'api::section.section',
    graphqlType: 'Section',
    drafts: false,
    page: '/sections/:slug',
    feed: '/sections/:slug/feed.xml',
    sitemap: 'pages',
  },
  tag: { uid: 'api::tag.tag', graphqlType: 'Tag', drafts: false, page: '/tags/:slug', feed: null, sitemap: 'pages' },
  'site-setting': {
    uid: 'api::site-setting.site-setting',
    graphqlType: 'SiteSetting',
    drafts: false,
    page: null,
    feed: null,
    sitemap: null,
  },
} as const;

/** The GraphQL type of media files: a picture shows wherever an entry that uses it does. */
export const MEDIA_GRAPHQL_TYPE = 'UploadFile';

type Registry = typeof contentRegistry;

/** A content type the website shows, by its name in the newsroom ("article", "author", …). */
export type ContentTypeName = keyof Registry;
/** Names of every registered content type. */
export const CONTENT_TYPE_NAMES = Object.keys(contentRegistry) as ContentTypeName[];

/** What a change notification can be about: a content type, or a media file (pictures show on pages). */
export type ChangeType = ContentTypeName | 'media';
export const CHANGE_TYPES: [ChangeType, ...ChangeType[]] = ['media', ...CONTENT_TYPE_NAMES];

/** Content types that have a page of their own on the website. */
export type RoutableTypeName = {
  [Name in ContentTypeName]: Registry[Name]['page'] extends string ? Name : never;
}[ContentTypeName];

/** The registered name of a Strapi uid ("api::article.article" → "article"); null when the site does not show it. */
export function contentTypeOfUid(uid: string): ContentTypeName | null {
  return CONTENT_TYPE_NAMES.find((name) => contentRegistry[name].uid === uid) ?? null;
}

/** Fills a route pattern's `:slug` with an encoded slug. */
export function fillRoute(pattern: string, slug: string): string {
  return pattern.replace(':slug', encodeURIComponent(slug));
}
