import Link from 'next/link';
import { routes } from '@newsroom/shared';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getSiteOrFallback } from '@/lib/cms/site';

// Shown with status 404 both for addresses no route matches and for pages that call notFound().
// It carries the masthead and sections like every page, so a reader who followed a dead link can
// go on from here; when the CMS cannot be read it still renders, with the plain masthead.
export default async function NotFound() {
  const site = await getSiteOrFallback();
  return (
    <>
      <SiteHeader site={site} />
      <main id="main" className="status-page">
        <p className="kicker">Error 404</p>
        <h1>This page could not be found</h1>
        <p>The article may have been moved or unpublished, or the address may be mistyped.</p>
        {/* The masthead's search box is the one on this page: a second would repeat its landmark. */}
        <p>
          Search the articles from the box above, or <Link href={routes.home()}>go to the front page</Link>.
        </p>
      </main>
      <SiteFooter site={site} />
    </>
  );
}
