import { print } from 'graphql';
import { reviewStatusQuery } from '@newsroom/shared';
import { getEnv } from '../env';
import { CmsError } from '../cms/errors';

const query = print(reviewStatusQuery);

/**
 * The current review revision of an article's draft (null when it no longer exists). Called by
 * proxy.ts, which runs outside React Server Components where cmsQuery's Apollo client lives, so it
 * posts the same typed document with fetch. Never cached: revocation must take effect at once.
 */
export async function fetchReviewRevision(documentId: string): Promise<number | null> {
  const env = getEnv();
  if (!env.cmsPreviewToken) throw new CmsError('CMS_PREVIEW_TOKEN is not configured', 'misconfigured');
  const response = await fetch(`${env.cmsUrl}/graphql`, {
    method: 'POST',
    cache: 'no-store',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${env.cmsPreviewToken}` },
    body: JSON.stringify({ query, variables: { documentId } }),
    signal: AbortSignal.timeout(env.cmsTimeoutMs),
  });
  if (!response.ok) throw new CmsError(`CMS answered ${response.status}`, 'rejected');
  const body = (await response.json()) as {
    data?: { article: { reviewRevision?: number | null } | null };
    errors?: unknown[];
  };
  if (body.errors?.length || !body.data) throw new CmsError('CMS refused the review status query', 'invalid-response');
  return body.data.article ? (body.data.article.reviewRevision ?? 0) : null;
}
