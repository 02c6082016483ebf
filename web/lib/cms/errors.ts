/**
 * Why a read from the CMS failed:
 * - `unreachable`: no answer (down, timed out, connection refused): it will likely pass on its own;
 * - `misconfigured`: the website's own settings are wrong (no token, or the CMS refuses the token);
 * - `rejected`: the CMS answered with GraphQL errors (a query the schema no longer accepts);
 * - `invalid-response`: an answer that is not the data asked for.
 * The website shows an error page and caches nothing; the operator's log says what to look at.
 */
export type CmsErrorKind = 'unreachable' | 'rejected' | 'invalid-response' | 'misconfigured';

export class CmsError extends Error {
  constructor(
    message: string,
    readonly kind: CmsErrorKind,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CmsError';
  }
}

/** What the operator should check for each kind of failure. */
export const CMS_ERROR_ADVICE: Record<CmsErrorKind, string> = {
  unreachable: 'The CMS did not answer: is it running, and is CMS_URL right? Cached pages keep being served.',
  misconfigured: 'The CMS refused the website: check CMS_READ_TOKEN / CMS_PREVIEW_TOKEN against the CMS.',
  rejected: 'The CMS refused the query: is the website built against the schema the CMS runs (npm run codegen)?',
  'invalid-response': 'The CMS answered without the data asked for: check that CMS_URL points at the CMS.',
};

/** The kind of a failed HTTP answer from the CMS: a refused token is our settings, anything else the CMS. */
export function kindOfStatus(status: number): CmsErrorKind {
  if (status === 401 || status === 403) return 'misconfigured';
  if (status >= 500 || status === 429 || status === 408) return 'unreachable';
  return 'rejected';
}

/**
 * One line in the server log per failed read, naming the kind and the advice for it, and the
 * CmsError to throw. Next never caches a thrown render, so the last good page keeps being served.
 */
export function reportCmsError(error: CmsError): CmsError {
  console.error(`[cms:${error.kind}] ${error.message} — ${CMS_ERROR_ADVICE[error.kind]}`);
  return error;
}
