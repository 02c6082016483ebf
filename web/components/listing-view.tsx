import type { ReactNode } from 'react';
import { ArticleCard } from '@/components/article-card';
import { Pagination } from '@/components/pagination';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import type { ArticleSummary, Paged, Site } from '@/lib/cms/types';

type ListingProps<T> = {
  site: Site;
  heading: ReactNode;
  intro?: ReactNode;
  /** One page of whatever the listing lists; null shows the heading alone (an empty search). */
  items: Paged<T> | null;
  /** How one item shows in the grid: an article card unless the listing says otherwise. */
  renderItem?: (item: T) => ReactNode;
  /** Where page `n` of the listing is. */
  hrefFor: (page: number) => string;
  labels?: { previous: string; next: string };
  /** What shows when the listing is empty; nothing when null. */
  empty?: ReactNode;
  /** What the header's search box holds. */
  query?: string;
  className?: string;
};

const articleCard = (item: unknown) => {
  const article = item as ArticleSummary;
  return <ArticleCard key={article.documentId} article={article} />;
};

/**
 * Any listing page (a section, author or tag; search results): its heading, then one page of its
 * items in the grid, newest first, with newer/older links.
 */
export function ListingView<T extends { documentId: string }>({
  site,
  heading,
  intro,
  items,
  renderItem = articleCard,
  hrefFor,
  labels,
  empty = <p className="empty">No published articles yet.</p>,
  query,
  className = 'front listing',
}: ListingProps<T>) {
  return (
    <>
      <SiteHeader site={site} query={query} />
      <main id="main" className={className}>
        <header className="listing__header">
          {heading}
          {intro}
        </header>
        {items && items.items.length === 0 ? empty : null}
        {items && items.items.length > 0 ? <div className="article-grid">{items.items.map(renderItem)}</div> : null}
        {items ? <Pagination page={items.page} pageCount={items.pageCount} hrefFor={hrefFor} labels={labels} /> : null}
      </main>
      <SiteFooter site={site} />
    </>
  );
}
