import type { Metadata } from 'next';
import { cache } from 'react';
import { routes } from '@newsroom/shared';
import type { Listing } from './cms/listings';
import type { Picture } from './cms/types';
import { parseListingPage } from './pagination';

type Subject = { name: string; slug: string };

/**
 * The loader of a paginated listing route (`/sections/[slug]/[[...page]]` and the like): reads the
 * page number from the URL, fetches once per render (shared with generateMetadata), and returns
 * null for a 404 — an unknown subject, a malformed page, or a page past the end.
 */
export function listingLoader<T extends Subject>(
  getListing: (slug: string, page: number) => Promise<Listing<T> | null>,
) {
  return cache(async (slug: string, segments: string[] | undefined): Promise<Listing<T> | null> => {
    const page = parseListingPage(segments);
    if (page === null) return null;
    const listing = await getListing(slug, page);
    if (!listing || (page > 1 && page > listing.articles.pageCount)) return null;
    return listing;
  });
}

/**
 * Title, description, canonical URL and social cards of a listing page. `image` is the subject's
 * own picture (an author's portrait); otherwise the publication's logo, if it has one.
 */
export function listingMetadata(
  listing: Listing<Subject>,
  basePath: string,
  description: string | undefined,
  { image, type = 'website' }: { image?: Picture | null; type?: 'website' | 'profile' } = {},
): Metadata {
  const { subject, articles, site } = listing;
  const title = `${subject.name}${articles.page > 1 ? `, page ${articles.page}` : ''} — ${site.name}`;
  const url = routes.listingPage(basePath, articles.page);
  const picture = image ?? site.logo;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type,
      title,
      description,
      url,
      siteName: site.name,
      images: picture
        ? [{ url: picture.src, width: picture.width, height: picture.height, alt: picture.alt }]
        : undefined,
    },
    twitter: { card: 'summary', title, description },
  };
}
