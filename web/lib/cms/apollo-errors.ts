import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { CmsError, kindOfStatus, type CmsErrorKind } from './errors';

/** Strapi's codes for a request whose credentials it refuses. */
const REFUSED_CREDENTIALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** The kind of a failure the Apollo client threw while reading from the CMS. */
export function kindOfApolloError(error: unknown): CmsErrorKind {
  if (CombinedGraphQLErrors.is(error)) {
    const refused = error.errors.some((entry) => REFUSED_CREDENTIALS.has(String(entry.extensions?.code ?? '')));
    return refused ? 'misconfigured' : 'rejected';
  }
  if (ServerError.is(error)) return kindOfStatus(error.statusCode);
  if (ServerParseError.is(error)) return 'invalid-response';
  return 'unreachable';
}

/** The CmsError for a failure the Apollo client threw. */
export function cmsErrorOf(error: unknown): CmsError {
  if (error instanceof CmsError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CmsError(`CMS query failed: ${message}`, kindOfApolloError(error), { cause: error });
}
