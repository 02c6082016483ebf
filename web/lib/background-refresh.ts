export type BackgroundRefreshOptions = {
  /** How old the value may get before a read starts reloading it (the read still gets the old one). */
  maxAgeMs: number;
  /** How long reads wait for a value while none has loaded yet; after that they get undefined. */
  firstWaitMs: number;
  /** Called once when loading starts failing (not again until a load succeeds). */
  onError?: (error: unknown) => void;
  now?: () => number;
};

/**
 * A value kept in memory and reloaded in the background: reads answer at once with the last value
 * loaded, so a slow or stopped source delays nothing but the very first reads (by `firstWaitMs` at
 * most). A failed load keeps the previous value and is retried once `maxAgeMs` has passed.
 */
export function backgroundRefreshed<T>(
  load: () => Promise<T>,
  { maxAgeMs, firstWaitMs, onError, now = Date.now }: BackgroundRefreshOptions,
): () => Promise<T | undefined> {
  let loaded: { value: T } | undefined;
  let startedAt = -Infinity;
  let loading: Promise<void> | undefined;
  let failing = false;

  const reload = () => {
    startedAt = now();
    loading = load()
      .then(
        (value) => {
          loaded = { value };
          failing = false;
        },
        (error: unknown) => {
          if (!failing) onError?.(error);
          failing = true;
        },
      )
      .finally(() => {
        loading = undefined;
      });
  };

  return async () => {
    if (!loading && now() - startedAt >= maxAgeMs) reload();
    if (!loaded && loading) await withinMs(loading, firstWaitMs);
    return loaded?.value;
  };
}

/** Waits for `promise`, but no longer than `ms`. */
async function withinMs(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
