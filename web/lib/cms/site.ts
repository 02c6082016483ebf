import { siteChromeQuery } from '@newsroom/shared';
import { getEnv } from '../env';
import { CmsError } from './errors';
import { cmsQuery } from './query';
import { FALLBACK_SITE, reshapeSite } from './reshape';
import { tags } from './tags';
import type { Site } from './types';

/** The publication's name, logo and sections alone: for pages with no content of their own (an empty search). */
export async function getSite(): Promise<Site> {
  const data = await cmsQuery(
    siteChromeQuery,
    {},
    { mode: 'published', tags: [tags.collection('site-setting'), tags.collection('section')] },
  );
  return reshapeSite(data.siteSetting, getEnv().cmsMediaUrl, data.navigation);
}

/**
 * The publication's name and sections for a page that must render even when the CMS cannot be
 * read (the 404 page): then the plain fallback masthead, without sections. cmsQuery has already
 * logged the failure; anything that is not a CMS failure is a bug and still throws. `next build`
 * pre-renders the 404 page and has no CMS, so it gets the fallback without asking (and without a
 * misleading error in the build log); the root layout's revalidate timer replaces that copy.
 */
export async function getSiteOrFallback(): Promise<Site> {
  if (getEnv().building) return FALLBACK_SITE;
  try {
    return await getSite();
  } catch (error) {
    if (error instanceof CmsError) return FALLBACK_SITE;
    throw error;
  }
}
