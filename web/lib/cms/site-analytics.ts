import { print } from 'graphql';
import { siteAnalyticsQuery, type SiteAnalyticsQuery } from '@newsroom/shared';
import { backgroundRefreshed } from '../background-refresh';
import { getEnv } from '../env';
import { CmsError } from './errors';

const query = print(siteAnalyticsQuery);

/**
 * The Google tag id editors set in Site settings (null when none). Posted with fetch, like the
 * review status, because proxy.ts runs outside React Server Components where cmsQuery's Apollo
 * client and the tagged data cache live.
 */
export async function fetchSiteAnalyticsId(): Promise<string | null> {
  const env = getEnv();
  if (!env.cmsReadToken) throw new CmsError('CMS_READ_TOKEN is not configured', 'misconfigured');
  const response = await fetch(`${env.cmsUrl}/graphql`, {
    method: 'POST',
    cache: 'no-store',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${env.cmsReadToken}` },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(Math.min(env.cmsTimeoutMs, 3000)),
  });
  if (!response.ok) throw new CmsError(`CMS answered ${response.status}`, 'rejected');
  const body = (await response.json()) as { data?: SiteAnalyticsQuery; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new CmsError('CMS refused the site analytics query', 'invalid-response');
  return body.data.siteSetting?.analyticsMeasurementId?.trim() || null;
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
