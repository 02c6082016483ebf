/**
 * Time-based regeneration, the safety net behind on-demand revalidation: published reads and
 * pages are regenerated at most this long after a change whose announcement was lost. Next reads a
 * route's `export const revalidate` statically, so each route file writes the number itself;
 * revalidate.test.ts checks that every one equals this.
 */
export const REVALIDATE_SECONDS = 300;
