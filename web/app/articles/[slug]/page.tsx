import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { routes } from '@newsroom/shared';
import { ArticleView } from '@/components/article-view';
import { PreviewBanner } from '@/components/preview-banner';
import { ReadingOnView } from '@/components/reading-on';
import { ShareLinks } from '@/components/share-links';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getArticle } from '@/lib/cms/articles';
import { getEnv } from '@/lib/env';
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';

// No article is rendered at build time: each renders on its first request, then is cached
// (ISR) until its tags are revalidated or `revalidate` seconds pass. In draft mode (an editor's
// preview) Next renders per request and nothing is cached, while readers keep the cached page.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

// Metadata and page share one CMS request per render.
const loadArticle = cache(async (slug: string, draft: boolean) => getArticle(slug, { draft }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const draft = (await draftMode()).isEnabled;
  const found = await loadArticle((await params).slug, draft);
  if (!found) return {};
  const { article, site } = found;
  const image = article.seo.shareImage;
  return {
    title: `${article.seo.title} — ${site.name}`,
    description: article.seo.description ?? undefined,
    alternates: { canonical: article.seo.canonicalUrl ?? routes.article(article.slug) },
    authors: article.author ? [{ name: article.author.name }] : undefined,
    robots: draft ? { index: false, follow: false } : undefined,
    openGraph: {
      type: 'article',
      title: article.seo.title,
      description: article.seo.description ?? undefined,
      siteName: site.name,
      url: routes.article(article.slug),
      section: article.section?.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.author ? [routes.author(article.author.slug)] : undefined,
      publishedTime: article.publicationDate ?? undefined,
      modifiedTime: article.updatedAt ?? undefined,
      images: image ? [{ url: image.src, width: image.width, height: image.height, alt: image.alt }] : undefined,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary' },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const draft = (await draftMode()).isEnabled;
  const found = await loadArticle(slug, draft);
  // An article's former URLs answer 308 in proxy.ts before they reach this page.
  if (!found) notFound();
  const { article, readingOn, site } = found;
  const { siteUrl } = getEnv();

  return (
    <>
      {draft ? <PreviewBanner kind="preview" exitPath={routes.article(slug)} /> : null}
      {draft ? null : (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{
            __html: serializeJsonLd([
              newsArticleJsonLd(article, site, siteUrl),
              breadcrumbJsonLd(article, site, siteUrl),
            ]),
          }}
        />
      )}
      <SiteHeader site={site} />
      <main id="main" className="article-page">
        <ArticleView article={article} />
        {draft ? null : <ShareLinks url={siteUrl + routes.article(article.slug)} title={article.title} />}
        <ReadingOnView readingOn={readingOn} section={article.section} />
      </main>
      {/* Previews are editors' pages: no analytics there. */}
      <SiteFooter site={site} analytics={!draft} />
    </>
  );
}
