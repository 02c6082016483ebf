import 'server-only';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { getEnv } from '../env';
import { getClient } from './client';
import { cmsErrorOf } from './apollo-errors';
import { CmsError, reportCmsError } from './errors';
import { REVALIDATE_SECONDS } from './revalidate';

/**
 * How a read is made. Published reads are cached with tags (and time-based revalidation as the
 * safety net); draft reads use the preview token and are never cached.
 */
export type ReadMode = { mode: 'published'; tags: string[]; revalidate?: number } | { mode: 'draft' };

/**
 * The single way the website reads from the CMS. Failures throw CmsError, so Next never caches
 * them as a page and keeps serving the last good one.
 */
export async function cmsQuery<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  read: ReadMode,
): Promise<TData> {
  const env = getEnv();
  const token = read.mode === 'draft' ? env.cmsPreviewToken : env.cmsReadToken;
  if (!token) {
    throw reportCmsError(
      new CmsError(
        `${read.mode === 'draft' ? 'CMS_PREVIEW_TOKEN' : 'CMS_READ_TOKEN'} is not configured`,
        'misconfigured',
      ),
    );
  }
  const cache: RequestInit & { next?: { revalidate: number; tags: string[] } } =
    read.mode === 'draft'
      ? { cache: 'no-store' }
      : { next: { revalidate: read.revalidate ?? REVALIDATE_SECONDS, tags: read.tags } };
  try {
    const result = await getClient().query({
      query: document,
      variables,
      fetchPolicy: 'no-cache',
      context: {
        headers: { authorization: `Bearer ${token}` },
        fetchOptions: { ...cache, signal: AbortSignal.timeout(env.cmsTimeoutMs) },
      },
    });
    if (!result.data) throw new CmsError('The CMS answered without data', 'invalid-response');
    return result.data as TData;
  } catch (error) {
    throw reportCmsError(cmsErrorOf(error));
  }
}
