import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article-card';
import { Pagination } from '@/components/pagination';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { listLatestArticles } from '@/lib/cms/articles';
import { parseListingPage } from '@/lib/pagination';

// The front page lives in an optional catch-all so that `next build` pre-renders nothing and needs
// no CMS: with no static params, "/" and "/page/N" render on first request and are then cached (ISR).
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parseListingPage((await params).page);
  if (page === null) return {};
  const { site } = await listLatestArticles(page);
  return {
    title: page === 1 ? site.name : `Latest articles, page ${page} — ${site.name}`,
    description: site.description ?? undefined,
    alternates: { canonical: page === 1 ? '/' : `/page/${page}` },
  };
}

export default async function FrontPage({ params }: Props) {
  const page = parseListingPage((await params).page);
  if (page === null) notFound();
  const { site, articles } = await listLatestArticles(page);
  if (page > 1 && page > articles.pageCount) notFound();
  const [lead, ...rest] = page === 1 ? articles.items : [undefined, ...articles.items];

  return (
    <>
      <SiteHeader site={site} />
      <main id="main" className="front">
        <h1 className="visually-hidden">
          {page === 1 ? `${site.name}: latest articles` : `Latest articles, page ${page}`}
        </h1>
        {articles.items.length === 0 ? <p className="empty">No articles have been published yet.</p> : null}
        {lead ? <ArticleCard article={lead} lead /> : null}
        <div className="article-grid">
          {rest.map((article) => (article ? <ArticleCard key={article.documentId} article={article} /> : null))}
        </div>
        <Pagination basePath="/" page={page} pageCount={articles.pageCount} />
      </main>
      <SiteFooter site={site} />
    </>
  );
}
