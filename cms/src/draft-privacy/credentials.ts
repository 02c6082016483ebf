/** The authentication Strapi attaches to a request (`ctx.state.auth`), as far as these rules read it. */
export type RequestAuth = { strategy?: { name?: string }; credentials?: { id?: unknown } | null } | undefined | null;

// The API-token strategy is "content-api-token" in 5.54 ("api-token" in earlier 5.x).
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/** Whether the request is authenticated by exactly the API token with this id. */
export function isApiToken(auth: RequestAuth, tokenId: number | string | null): boolean {
  const strategy = auth?.strategy?.name;
  return (
    strategy !== undefined &&
    API_TOKEN_STRATEGIES.has(strategy) &&
    tokenId !== null &&
    auth?.credentials?.id === tokenId
  );
}

/**
 * The one place that decides who reads drafts over HTTP: an admin in the admin panel, and the
 * website's preview token (previews and review links). Everyone else — the public role, the
 * website's published-read token, any custom or full-access token, users-permissions users, a
 * strategy added later — reads published versions only.
 */
export function mayReadDrafts(auth: RequestAuth, previewTokenId: number | null): boolean {
  if (auth?.strategy?.name === 'admin') return true;
  return isApiToken(auth, previewTokenId);
}
