import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { formatPublicationDate, routes } from '@newsroom/shared';
import { ArticleHero } from '@/components/article-hero';
import { AuthorBlock } from '@/components/author-block';
import { RichText } from '@/components/rich-text';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getArticle } from '@/lib/cms/articles';

// No article is rendered at build time: each renders on its first request, then is cached
// (ISR) until its tags are revalidated or `revalidate` seconds pass.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

// Metadata and page share one CMS request per render.
const loadArticle = cache(getArticle);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await loadArticle((await params).slug);
  if (!found) return {};
  const { article, site } = found;
  const image = article.seo.shareImage;
  return {
    title: `${article.seo.title} — ${site.name}`,
    description: article.seo.description ?? undefined,
    alternates: { canonical: article.seo.canonicalUrl ?? routes.article(article.slug) },
    authors: article.author ? [{ name: article.author.name }] : undefined,
    openGraph: {
      type: 'article',
      title: article.seo.title,
      description: article.seo.description ?? undefined,
      siteName: site.name,
      publishedTime: article.publicationDate ?? undefined,
      modifiedTime: article.updatedAt ?? undefined,
      images: image ? [{ url: image.src, width: image.width, height: image.height, alt: image.alt }] : undefined,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary' },
  };
}

export default async function ArticlePage({ params }: Props) {
  const found = await loadArticle((await params).slug);
  if (!found) notFound();
  const { article, site } = found;

  return (
    <>
      <SiteHeader site={site} />
      <main id="main" className="article-page">
        <article className="article">
          <header className="article__header">
            {article.section ? <p className="kicker">{article.section.name}</p> : null}
            <h1 className="article__title">{article.title}</h1>
            {article.dek ? <p className="article__dek">{article.dek}</p> : null}
            <p className="meta">
              {article.author ? (
                <span className="article__byline">
                  By {article.author.name}
                  {article.author.role ? `, ${article.author.role}` : ''}
                </span>
              ) : null}
              {article.publicationDate ? (
                <time className="article__date" dateTime={article.publicationDate}>
                  {formatPublicationDate(article.publicationDate)}
                </time>
              ) : null}
            </p>
          </header>
          {article.heroImage ? <ArticleHero image={article.heroImage} /> : null}
          <div className="article__body">
            <RichText blocks={article.body} />
          </div>
          {article.tags.length > 0 ? (
            <ul className="article__tags" aria-label="Topics">
              {article.tags.map((tag) => (
                <li key={tag.slug}>{tag.name}</li>
              ))}
            </ul>
          ) : null}
          {article.author ? <AuthorBlock author={article.author} /> : null}
        </article>
      </main>
      <SiteFooter site={site} />
    </>
  );
}
