import 'server-only';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { getEnv } from '../env';
import { getClient } from './client';
import { CmsError } from './errors';

type ReadOptions = {
  /** Cache tags for on-demand revalidation; every published read has some. */
  tags: string[];
};

/**
 * The single way the website reads from the CMS: published content, cached with tags and a
 * time-based revalidation as the safety net. Failures throw CmsError, so Next never caches them
 * as a page and keeps serving the last good one.
 */
export async function cmsQuery<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  { tags }: ReadOptions,
): Promise<TData> {
  const env = getEnv();
  if (!env.cmsReadToken) throw new CmsError('CMS_READ_TOKEN is not configured', 'misconfigured');
  try {
    const result = await getClient().query({
      query: document,
      variables,
      fetchPolicy: 'no-cache',
      context: {
        fetchOptions: {
          next: { revalidate: env.revalidateSeconds, tags },
          signal: AbortSignal.timeout(env.cmsTimeoutMs),
        },
      },
    });
    if (!result.data) throw new CmsError('The CMS answered without data', 'invalid-response');
    return result.data as TData;
  } catch (error) {
    if (error instanceof CmsError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new CmsError(`CMS query failed: ${message}`, 'unreachable', { cause: error });
  }
}
