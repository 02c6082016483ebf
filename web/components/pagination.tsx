import Link from 'next/link';

/** The URL of page `page` of a listing at `basePath` ("/" or "/sections/politics"). */
export function listingPageHref(basePath: string, page: number): string {
  if (page <= 1) return basePath;
  return `${basePath === '/' ? '' : basePath}/page/${page}`;
}

/** Newer/older links with real page numbers and rel=prev/next. */
export function Pagination({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link rel="prev" href={listingPageHref(basePath, page - 1)}>
          Newer articles
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link rel="next" href={listingPageHref(basePath, page + 1)}>
          Older articles
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
