import type { Metadata } from 'next';
import { cache } from 'react';
import { listingPageHref } from '@/components/pagination';
import type { Listing } from './cms/listings';
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

/** Title, description and canonical URL of a listing page. */
export function listingMetadata(
  listing: Listing<Subject>,
  basePath: string,
  description: string | undefined,
): Metadata {
  const { subject, articles, site } = listing;
  return {
    title: `${subject.name}${articles.page > 1 ? `, page ${articles.page}` : ''} — ${site.name}`,
    description,
    alternates: { canonical: listingPageHref(basePath, articles.page) },
  };
}
