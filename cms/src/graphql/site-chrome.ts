import type { Core } from '@strapi/strapi';
import { readPublishedRows, type Row } from './published-rows';

const NAVIGATION_LIMIT = 12;
/** The site chrome's lines in a reader's shape (the SiteChrome fragment): `readSiteChrome` reads them. */
export const SITE_CHROME_SHAPE = [
  `navigation=sections(sort: ["name:asc"], pagination: {limit: ${NAVIGATION_LIMIT}})`,
  'siteSetting',
  'siteSetting.logo',
];

/** The publication's settings with its logo, and the sections the header lists (SITE_CHROME_SHAPE). */
export async function readSiteChrome(strapi: Core.Strapi): Promise<{ siteSetting: Row | null; navigation: Row[] }> {
  const [siteSettings, navigation] = await Promise.all([
    readPublishedRows(strapi, 'api::site-setting.site-setting', { limit: 1, populate: { logo: true } }),
    readPublishedRows(strapi, 'api::section.section', {
      orderBy: [{ field: 'name', direction: 'asc' }],
      limit: NAVIGATION_LIMIT,
    }),
  ]);
  const siteSetting = siteSettings[0] ?? null;
  return { siteSetting, navigation };
}
