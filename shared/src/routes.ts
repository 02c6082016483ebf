import { isValidSlug } from './slug';

/** Content types that have a page of their own on the website. */
export type RoutableType = 'api::article.article' | 'api::author.author' | 'api::section.section' | 'api::tag.tag';

/** The one map from content to URL path, used by the web routes, the CMS preview and (later) feeds and sitemaps. */
export const routes = {
  home: () => '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  author: (slug: string) => `/authors/${encodeURIComponent(slug)}`,
  section: (slug: string) => `/sections/${encodeURIComponent(slug)}`,
  tag: (slug: string) => `/tags/${encodeURIComponent(slug)}`,
  /** The search page, or a page of results for `query` (page 1 leaves the number out). */
  search: (query = '', page = 1) => {
    if (query === '') return '/search';
    const params = new URLSearchParams({ q: query });
    if (page > 1) params.set('page', String(page));
    return `/search?${params.toString()}`;
  },
} as const;

const pathByType: Record<RoutableType, (slug: string) => string> = {
  'api::article.article': routes.article,
  'api::author.author': routes.author,
  'api::section.section': routes.section,
  'api::tag.tag': routes.tag,
};

/** The site path of a document, or null when the type has no page or the slug cannot exist. */
export function pathFor(contentType: string, slug: unknown): string | null {
  if (!(contentType in pathByType) || !isValidSlug(slug)) return null;
  return pathByType[contentType as RoutableType](slug);
}
