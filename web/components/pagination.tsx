import Link from 'next/link';
import { routes } from '@newsroom/shared';

/**
 * Newer/older links with real page numbers and rel=prev/next. A listing gives its `basePath`
 * (pages at /page/N); search gives its own `hrefFor`.
 */
export function Pagination({
  page,
  pageCount,
  basePath,
  hrefFor = (n) => routes.listingPage(basePath ?? '/', n),
  labels = { previous: 'Newer articles', next: 'Older articles' },
}: {
  page: number;
  pageCount: number;
  basePath?: string;
  hrefFor?: (page: number) => string;
  labels?: { previous: string; next: string };
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link rel="prev" href={hrefFor(page - 1)}>
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link rel="next" href={hrefFor(page + 1)}>
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
