import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { routes } from '@newsroom/shared';
import { ListingView } from '@/components/listing-view';
import { listingPageHref } from '@/components/pagination';
import { getTagListing } from '@/lib/cms/listings';
import { parseListingPage } from '@/lib/pagination';

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page?: string[] }> };

const load = cache(async (slug: string, segments: string[] | undefined) => {
  const page = parseListingPage(segments);
  if (page === null) return null;
  const listing = await getTagListing(slug, page);
  if (!listing || (page > 1 && page > listing.articles.pageCount)) return null;
  return listing;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const listing = await load(slug, page);
  if (!listing) return {};
  const { subject, articles, site } = listing;
  return {
    title: `${subject.name}${articles.page > 1 ? `, page ${articles.page}` : ''} — ${site.name}`,
    description: `Articles about ${subject.name}`,
    alternates: { canonical: listingPageHref(routes.tag(subject.slug), articles.page) },
  };
}

export default async function TagPage({ params }: Props) {
  const { slug, page } = await params;
  const listing = await load(slug, page);
  if (!listing) notFound();
  const { subject, articles, site } = listing;
  return (
    <ListingView
      site={site}
      basePath={routes.tag(subject.slug)}
      articles={articles}
      heading={
        <>
          <p className="kicker">Topic</p>
          <h1 className="listing__title">{subject.name}</h1>
        </>
      }
    />
  );
}
