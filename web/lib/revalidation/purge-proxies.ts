// After a revalidation, the caching proxies in front of the site (Varnish, deploy/varnish/) must
// drop what it expired, or they would keep serving the old page until its s-maxage runs out. Each
// page they cache carries its cache tags (the Surrogate-Key header proxy.ts sets from
// pageCacheTags; Varnish keeps them as xkeys), so one PURGE naming the expired tags removes
// exactly the pages that show the change.

/** What a proxy answered; a proxy that is down or refuses is reported, never thrown. */
export type PurgeOutcome = { url: string; ok: boolean; detail: string };

const PURGE_TIMEOUT_MS = 2000;

/** Header values are one line: the tags are our own strings, but a newline would split the request. */
function tagList(tags: readonly string[]): string {
  return tags.filter((tag) => /^[\x21-\x7e]+$/.test(tag)).join(' ');
}

export async function purgeProxies(
  tags: readonly string[],
  { urls, secret }: { urls: readonly string[]; secret: string | undefined },
): Promise<PurgeOutcome[]> {
  const keys = tagList(tags);
  if (urls.length === 0 || !secret || !keys) return [];
  return Promise.all(
    urls.map(async (url): Promise<PurgeOutcome> => {
      try {
        const response = await fetch(url, {
          method: 'PURGE',
          headers: { 'xkey-purge': keys, 'x-purge-secret': secret },
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        });
        const detail = (await response.text()).trim().slice(0, 200) || response.statusText;
        if (!response.ok) console.warn('A caching proxy refused the purge', { url, status: response.status, detail });
        return { url, ok: response.ok, detail: `${response.status} ${detail}` };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        console.warn('A caching proxy could not be purged', { url, detail });
        return { url, ok: false, detail };
      }
    }),
  );
}
