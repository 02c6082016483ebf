import { AsyncLocalStorage } from 'node:async_hooks';

// An import writes thousands of articles; the website should hear about it once at the end, not
// once per row. Writes made inside `quietly` skip the per-change website notification.
const quiet = new AsyncLocalStorage<true>();

/** Runs `work` with per-change website notifications held back (the caller announces once). */
export function quietly<T>(work: () => Promise<T>): Promise<T> {
  return quiet.run(true, work);
}

/** True inside `quietly`. */
export function isQuiet(): boolean {
  return quiet.getStore() === true;
}
