/** Why a read from the CMS failed: the website shows an error page and caches nothing. */
export class CmsError extends Error {
  constructor(
    message: string,
    readonly kind: 'unreachable' | 'rejected' | 'invalid-response' | 'misconfigured',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CmsError';
  }
}
