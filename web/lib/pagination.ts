/** Largest page number a listing URL may ask for; anything above is a 404 without asking the CMS. */
export const MAX_LISTING_PAGE = 10_000;

/**
 * Reads the catch-all segments of a listing URL: [] is page 1, ["page", "N"] is page N (N ≥ 2,
 * written without leading zeros). Anything else is null, which the page turns into a 404.
 */
export function parseListingPage(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  if (segments.length !== 2 || segments[0] !== 'page' || !/^[1-9]\d{0,4}$/.test(segments[1])) return null;
  const page = Number(segments[1]);
  return page >= 2 && page <= MAX_LISTING_PAGE ? page : null;
}
