import type { Core } from '@strapi/strapi';
import { routes, type ContentChange as Change } from '@newsroom/shared';
import type { WebsiteLink } from '../env';

/** A change as the CMS sends it: the shared schema's, always with the document action. */
export type ContentChange = Change & { action: string };

/** Delays between attempts: the first is awaited by the editor's request, retries run in the background. */
export const RETRY_DELAYS_MS = [1_000, 5_000, 30_000];
const ATTEMPT_TIMEOUT_MS = 3_000;

type Logger = Pick<Core.Strapi['log'], 'info' | 'warn' | 'error'> & { debug?: (message: string) => void };

/**
 * Tells the website which content changed so it expires exactly those pages. The first attempt is
 * awaited (so a reload right after Publish shows the change); failures are retried in the background
 * and logged. Time-based revalidation on the website remains the safety net.
 */
export function createWebsiteNotifier(link: WebsiteLink, log: Logger, fetchImpl: typeof fetch = fetch) {
  async function attempt(change: ContentChange): Promise<void> {
    const response = await fetchImpl(`${link.webUrl}${routes.revalidate()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': link.revalidateSecret },
      body: JSON.stringify(change),
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`website answered ${response.status}`);
  }

  function retry(change: ContentChange, index: number): void {
    const delay = RETRY_DELAYS_MS[index];
    if (delay === undefined) {
      log.error(
        `Website revalidation for ${describe(change)} failed after ${RETRY_DELAYS_MS.length + 1} attempts; pages refresh on their timer.`,
      );
      return;
    }
    setTimeout(() => {
      attempt(change).then(
        () => log.info(`Website revalidated ${describe(change)} on retry ${index + 1}.`),
        (error: Error) => {
          log.warn(`Website revalidation retry ${index + 1} for ${describe(change)} failed: ${error.message}`);
          retry(change, index + 1);
        },
      );
    }, delay).unref();
  }

  return {
    async notify(change: ContentChange): Promise<void> {
      try {
        await attempt(change);
        log.debug?.(`Website revalidated ${describe(change)}.`);
      } catch (error) {
        log.warn(`Website revalidation for ${describe(change)} failed: ${(error as Error).message}; retrying.`);
        retry(change, 0);
      }
    },
  };
}

function describe(change: ContentChange): string {
  return `${change.type} ${change.action}${change.documentId ? ` ${change.documentId}` : ''}`;
}
