import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { routes } from '@newsroom/shared';
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
  const title = page === 1 ? site.name : `Latest articles, page ${page} — ${site.name}`;
  return {
    title,
    description: site.description ?? undefined,
    alternates: { canonical: page === 1 ? '/' : `/page/${page}` },
    openGraph: {
      type: 'website',
      title,
      description: site.description ?? undefined,
      siteName: site.name,
      url: page === 1 ? '/' : `/page/${page}`,
      images: site.logo
        ? [{ url: site.logo.src, width: site.logo.width, height: site.logo.height, alt: site.name }]
        : undefined,
    },
    twitter: { card: 'summary' },
  };
}

export default async function FrontPage({ params }: Props) {
  const page = parseListingPage((await params).page);
  if (page === null) notFound();
  const { site, articles, sections } = await listLatestArticles(page);
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
        {sections.map((section) => (
          <section key={section.slug} className="section-block" aria-labelledby={`section-${section.slug}`}>
            <h2 id={`section-${section.slug}`} className="section-block__title">
              <Link href={routes.section(section.slug)}>{section.name}</Link>
            </h2>
            <div className="article-grid">
              {section.articles.map((article) => (
                <ArticleCard key={article.documentId} article={article} headingLevel={3} />
              ))}
            </div>
          </section>
        ))}
      </main>
      <SiteFooter site={site} />
    </>
  );
}
