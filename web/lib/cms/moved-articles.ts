import { movedArticlesQuery } from '@newsroom/shared';
import { fetchCmsQuery } from './fetch-query';

/** Pages of 100 read at most: 5,000 renamed articles. */
const MAX_PAGES = 50;
/** How old the map may get before a read reloads it in the background. */
const MAX_AGE_MS = 10_000;
/** How long a read waits for a reload the CMS asked for (after a publish), before using the old map. */
const FRESH_WAIT_MS = 2_000;

/** Former slug → current slug of every published article whose slug changed after publishing. */
export async function fetchMovedArticles(): Promise<Map<string, string>> {
  const moved = new Map<string, string>();
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const data = await fetchCmsQuery(
      movedArticlesQuery,
      { page, pageSize: 100 },
      { credential: 'read', timeoutMs: 3000 },
    );
    const connection = data.articles_connection;
    for (const node of connection?.nodes ?? []) {
      for (const former of node.formerSlugs ?? [])
        if (former?.slug && former.slug !== node.slug) moved.set(former.slug, node.slug);
    }
    if (page >= (connection?.pageInfo.pageCount ?? 0)) break;
  }
  return moved;
}

type State = { map: Map<string, string>; loadedAt: number; stale: boolean; loading?: Promise<void> };

// Kept on globalThis: the proxy and the revalidate route are bundled apart, and the route must be
// able to mark the proxy's copy stale in the same server process.
const KEY = Symbol.for('newsroom.movedArticles');
const holder = globalThis as typeof globalThis & { [KEY]?: State };
const state = (): State => (holder[KEY] ??= { map: new Map(), loadedAt: -Infinity, stale: true });

function reload(current: State, load: () => Promise<Map<string, string>>): Promise<void> {
  current.loading ??= load()
    .then((map) => {
      current.map = map;
      current.loadedAt = Date.now();
      current.stale = false;
    })
    .catch((error: unknown) => {
      // Keeps the last map; tried again on the next read after MAX_AGE_MS.
      current.loadedAt = Date.now();
      console.warn('Could not read moved articles from the CMS; keeping the last list', {
        error: error instanceof Error ? error.message : String(error),
      });
    })
    .finally(() => {
      current.loading = undefined;
    });
  return current.loading;
}

/**
 * Where the article that used to live at `slug` lives now, or null. Answers from memory; the map
 * is reloaded in the background every 10 seconds, and at once (the read waits up to 2 s) after the
 * CMS announces an article change, so an old URL redirects on the very next request.
 */
export async function movedArticleSlug(
  slug: string,
  load: () => Promise<Map<string, string>> = fetchMovedArticles,
): Promise<string | null> {
  const current = state();
  if (current.stale) {
    await Promise.race([reload(current, load), new Promise((resolve) => setTimeout(resolve, FRESH_WAIT_MS))]);
  } else if (Date.now() - current.loadedAt >= MAX_AGE_MS) {
    void reload(current, load);
  }
  return current.map.get(slug) ?? null;
}

/** Called when the CMS announces an article change: the next read reloads the map first. */
export function expireMovedArticles(): void {
  state().stale = true;
}
