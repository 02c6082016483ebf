import { siteChromeQuery } from '@newsroom/shared';
import { getEnv } from '../env';
import { cmsQuery } from './query';
import { reshapeSite } from './reshape';
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
