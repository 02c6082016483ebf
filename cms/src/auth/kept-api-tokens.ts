import type { Core } from '@strapi/strapi';
import { requestAccessVersion } from '../graphql/response-cache';

/**
 * API tokens looked up once per access version, not four statements per request.
 *
 * Strapi authenticates every request that carries an API token by reading the token, its
 * permissions, its admin permissions and its owner: four statements, before anything else, for
 * the website's every question, kept answers included. A token only changes through Strapi's query
 * layer (created, edited, regenerated, revoked, its permissions changed, its last use noted), and
 * every such write moves the access version (graphql/response-cache.ts: every write but one to
 * the publication's own content does), on whichever CMS instance made it. So the token Strapi found for a
 * key is kept under the access version the request read first; a request under a newer one looks
 * it up again. An edit to the content moves only the content's version: the lookup stays kept, so
 * the first page asked after an edit costs no token statements either. Only content-API tokens
 * that exist are kept (an unknown key is looked up every time), at most MAX_KEPT of them; expiry
 * is still checked by Strapi on every request, from the token's own `expiresAt`.
 */

const MAX_KEPT = 1000;
type LookUp = (accessKeyHash: string, options?: { includeDecryptedKey?: boolean }) => Promise<unknown>;
type TokenService = { getByAccessKey: LookUp };

/** Keeps Strapi's content-API token lookups (call at bootstrap, after the admin's services exist). */
export function keepApiTokenLookups(strapi: Core.Strapi): void {
  const service: unknown = strapi.service('admin::api-token-content-api');
  if (!isTokenService(service)) {
    strapi.log.warn('API token lookups are not kept: the token service has no getByAccessKey.');
    return;
  }
  const lookUp: LookUp = service.getByAccessKey.bind(service);
  const kept = new Map<string, unknown>();
  let keptVersion: string | null = null;
  service.getByAccessKey = async (accessKeyHash, options) => {
    if (options?.includeDecryptedKey) return lookUp(accessKeyHash, options);
    const version = await requestAccessVersion(strapi);
    if (version !== keptVersion) {
      kept.clear();
      keptVersion = version;
    }
    const known = kept.get(accessKeyHash);
    // A copy each time: nothing a request does to its token reaches the next request.
    if (known !== undefined) return structuredClone(known);
    const token = await lookUp(accessKeyHash, options);
    if (version === keptVersion && isContentApiToken(token) && kept.size < MAX_KEPT) {
      kept.set(accessKeyHash, structuredClone(token));
    }
    return token;
  };
}

function isTokenService(service: unknown): service is TokenService {
  return (
    typeof service === 'object' && service !== null && typeof (service as TokenService).getByAccessKey === 'function'
  );
}

const isContentApiToken = (token: unknown): boolean =>
  typeof token === 'object' && token !== null && (token as { kind?: unknown }).kind === 'content-api';
