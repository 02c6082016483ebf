import { contentRegistry, contentTypeOfUid, fillRoute, type RoutableTypeName } from './content-registry';
import { isValidSlug } from './slug';

const page = (type: RoutableTypeName) => (slug: string) => fillRoute(contentRegistry[type].page, slug);

/** The one map from content to URL path, derived from the content registry: web routes, the CMS preview, feeds and sitemaps. */
export const routes = {
  home: () => '/',
  article: page('article'),
  author: page('author'),
  section: page('section'),
  tag: page('tag'),
  /** A section's own RSS feed. */
  sectionFeed: (slug: string) => fillRoute(contentRegistry.section.feed, slug),
  /** Page `n` of a listing at `basePath` (page 1 is the listing itself). */
  listingPage: (basePath: string, n: number) =>
    n <= 1 ? basePath || '/' : `${basePath === '/' ? '' : basePath}/page/${n}`,
  /** The search page, or a page of results for `query` (page 1 leaves the number out). */
  search: (query = '', page = 1) => {
    if (query === '') return '/search';
    const params = new URLSearchParams({ q: query });
    if (page > 1) params.set('page', String(page));
    return `/search?${params.toString()}`;
  },
  /** Where the exit link of a preview leaves draft mode and returns to `path`. */
  exitPreview: (path: string) => `/api/preview/exit?${new URLSearchParams({ path })}`,
  /** Where the CMS's Preview button enters draft mode for `path`. */
  enterPreview: (secret: string, path: string) => `/api/preview?${new URLSearchParams({ secret, path })}`,
  /** A review link's page. */
  review: (token: string) => `/review/${token}`,
  /** The RSS feed of the whole publication. */
  feed: () => '/feed.xml',
  /** The sitemap index. */
  sitemap: () => '/sitemap.xml',
  /** Where the CMS announces published changes. */
  revalidate: () => '/api/revalidate',
} as const;

/** The site path of a document, or null when the type has no page or the slug cannot exist. */
export function pathFor(contentType: string, slug: unknown): string | null {
  const name = contentTypeOfUid(contentType);
  const pattern = name ? contentRegistry[name].page : null;
  if (!pattern || !isValidSlug(slug)) return null;
  return fillRoute(pattern, slug);
}
