import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { verifyReviewToken } from '@newsroom/shared';
import { ArticleView } from '@/components/article-view';
import { PreviewBanner } from '@/components/preview-banner';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getReviewArticle } from '@/lib/cms/articles';
import { getEnv } from '@/lib/env';

// A reviewer's copy of one draft. Rendered per request and never cached; it grants this draft only
// (no draft mode, no cookie), so the rest of the site stays the published site.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default async function ReviewPage({ params }: { params: Promise<{ token: string }> }) {
  const verified = verifyReviewToken((await params).token, getEnv().reviewLinkSecret ?? '');
  if (!verified.ok) notFound();
  const found = await getReviewArticle(verified.grant.documentId);
  if (!found || found.revision !== verified.grant.revision) notFound();
  const { article, site } = found;

  return (
    <>
      <PreviewBanner kind="review" />
      <SiteHeader site={site} />
      <main id="main" className="article-page">
        <ArticleView article={article} />
      </main>
      <SiteFooter site={site} analytics={false} />
    </>
  );
}
