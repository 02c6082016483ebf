import type { ReactNode } from 'react';
import { ArticleCard } from '@/components/article-card';
import { Pagination } from '@/components/pagination';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import type { ArticleSummary, Paged, Site } from '@/lib/cms/types';

/** A section, author or tag page: its heading, then its articles, newest first, paginated. */
export function ListingView({
  site,
  heading,
  intro,
  articles,
  basePath,
}: {
  site: Site;
  heading: ReactNode;
  intro?: ReactNode;
  articles: Paged<ArticleSummary>;
  basePath: string;
}) {
  return (
    <>
      <SiteHeader site={site} />
      <main id="main" className="front listing">
        <header className="listing__header">
          {heading}
          {intro}
        </header>
        {articles.items.length === 0 ? <p className="empty">No published articles yet.</p> : null}
        <div className="article-grid">
          {articles.items.map((article) => (
            <ArticleCard key={article.documentId} article={article} />
          ))}
        </div>
        <Pagination basePath={basePath} page={articles.page} pageCount={articles.pageCount} />
      </main>
      <SiteFooter site={site} />
    </>
  );
}
