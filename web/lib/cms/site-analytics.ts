import { siteAnalyticsQuery } from '@newsroom/shared';
import { backgroundRefreshed } from '../background-refresh';
import { fetchCmsQuery } from './fetch-query';

/** The Google tag id editors set in Site settings (null when none), for the security policy proxy.ts sends. */
export async function fetchSiteAnalyticsId(): Promise<string | null> {
  const data = await fetchCmsQuery(siteAnalyticsQuery, {}, { credential: 'read', timeoutMs: 3000 });
  return data.siteSetting?.analyticsMeasurementId?.trim() || null;
}

/**
 * The Site settings tag id as this server last read it, for the security policy proxy.ts sends
 * with every page. Re-read every 10 seconds at most, in the background, so pages never wait on the
 * CMS: an id an editor sets is allowed within seconds, and a CMS outage keeps the last one known.
 */
export const getSiteAnalyticsId = backgroundRefreshed(fetchSiteAnalyticsId, {
  maxAgeMs: 10_000,
  firstWaitMs: 1_000,
  onError: (error) =>
    console.warn('Could not read the Google tag id from Site settings; keeping the last one known', {
      error: error instanceof Error ? error.message : String(error),
    }),
});
