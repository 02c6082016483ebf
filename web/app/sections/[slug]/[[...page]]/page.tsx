import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { routes } from '@newsroom/shared';
import { ListingView } from '@/components/listing-view';
import { getSectionListing } from '@/lib/cms/listings';
import { listingLoader, listingMetadata } from '@/lib/listing-route';

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page?: string[] }> };

const load = listingLoader(getSectionListing);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const listing = await load(slug, page);
  if (!listing) return {};
  const { subject } = listing;
  return listingMetadata(listing, routes.section(subject.slug), subject.description ?? undefined);
}

export default async function SectionPage({ params }: Props) {
  const { slug, page } = await params;
  const listing = await load(slug, page);
  if (!listing) notFound();
  const { subject, articles, site } = listing;
  return (
    <ListingView
      site={site}
      items={articles}
      hrefFor={(n) => routes.listingPage(routes.section(subject.slug), n)}
      heading={<h1 className="listing__title">{subject.name}</h1>}
      intro={subject.description ? <p className="listing__intro">{subject.description}</p> : null}
    />
  );
}
