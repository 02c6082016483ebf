import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { routes } from '@newsroom/shared';
import { ListingView } from '@/components/listing-view';
import { getAuthorListing } from '@/lib/cms/listings';
import { getEnv } from '@/lib/env';
import { listingLoader, listingMetadata } from '@/lib/listing-route';
import { personJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page?: string[] }> };

const load = listingLoader(getAuthorListing);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const listing = await load(slug, page);
  if (!listing) return {};
  const { subject } = listing;
  return listingMetadata(
    listing,
    routes.author(subject.slug),
    subject.bio ?? (subject.role ? `${subject.name}, ${subject.role}` : undefined),
    { image: subject.avatar, type: 'profile' },
  );
}

export default async function AuthorPage({ params }: Props) {
  const { slug, page } = await params;
  const listing = await load(slug, page);
  if (!listing) notFound();
  const { subject, articles, site } = listing;
  return (
    <ListingView
      site={site}
      items={articles}
      hrefFor={(n) => routes.listingPage(routes.author(subject.slug), n)}
      heading={
        <div className="listing__author">
          {subject.avatar ? (
            <Image
              className="author-block__avatar"
              src={subject.avatar.src}
              alt={subject.avatar.alt}
              width={112}
              height={112}
              sizes="112px"
            />
          ) : null}
          <div>
            <h1 className="listing__title">{subject.name}</h1>
            {subject.role ? <p className="author-block__role">{subject.role}</p> : null}
          </div>
        </div>
      }
      intro={
        <>
          {subject.bio ? <p className="listing__intro">{subject.bio}</p> : null}
          <script
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: serializeJsonLd(personJsonLd(subject, getEnv().siteUrl)) }}
          />
        </>
      }
    />
  );
}
