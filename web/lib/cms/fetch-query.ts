import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { getEnv } from '../env';
import { CmsError, kindOfStatus, reportCmsError } from './errors';

/**
 * One GraphQL document posted with plain fetch, never cached, typed by the generated document.
 * For proxy.ts, which runs outside React Server Components where cmsQuery's Apollo client and the
 * tagged data cache live. `credential` picks the website's read token or its preview token.
 */
export async function fetchCmsQuery<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  { credential, timeoutMs }: { credential: 'read' | 'preview'; timeoutMs?: number },
): Promise<TData> {
  const env = getEnv();
  const token = credential === 'preview' ? env.cmsPreviewToken : env.cmsReadToken;
  const name = credential === 'preview' ? 'CMS_PREVIEW_TOKEN' : 'CMS_READ_TOKEN';
  if (!token) throw reportCmsError(new CmsError(`${name} is not configured`, 'misconfigured'));
  const response = await fetch(`${env.cmsUrl}/graphql`, {
    method: 'POST',
    cache: 'no-store',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
    signal: AbortSignal.timeout(timeoutMs ?? env.cmsTimeoutMs),
  }).catch((error: unknown) => {
    throw reportCmsError(new CmsError('CMS unreachable', 'unreachable', { cause: error }));
  });
  const body = (await response.json().catch(() => null)) as { data?: TData; errors?: unknown[] } | null;
  if (!response.ok)
    throw reportCmsError(new CmsError(`CMS answered ${response.status}`, kindOfStatus(response.status)));
  if (body?.errors?.length) throw reportCmsError(new CmsError('CMS refused the query', 'rejected'));
  if (!body?.data) throw reportCmsError(new CmsError('CMS answered without data', 'invalid-response'));
  return body.data;
}
