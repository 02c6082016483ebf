import { reviewStatusQuery } from '@newsroom/shared';
import { fetchCmsQuery } from './fetch-query';

/**
 * The current review revision of an article's draft (null when it no longer exists), for proxy.ts.
 * Never cached: revocation must take effect at once.
 */
export async function fetchReviewRevision(documentId: string): Promise<number | null> {
  const data = await fetchCmsQuery(reviewStatusQuery, { documentId }, { credential: 'preview' });
  return data.article ? (data.article.reviewRevision ?? 0) : null;
}
