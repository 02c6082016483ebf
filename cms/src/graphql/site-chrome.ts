import type { Core } from '@strapi/strapi';

/** What every page reader binds its reads to: published rows. */
export const PUBLISHED = { publishedAt: { $notNull: true } };

const NAVIGATION_LIMIT = 12;
/** The site chrome's lines in a reader's shape (the SiteChrome fragment): `readSiteChrome` reads them. */
export const SITE_CHROME_SHAPE = [
  `navigation=sections(sort: ["name:asc"], pagination: {limit: ${NAVIGATION_LIMIT}})`,
  'siteSetting',
  'siteSetting.logo',
];

type Row = { id: number | string } & Record<string, unknown>;

/** The publication's settings with its logo, and the sections the header lists (SITE_CHROME_SHAPE). */
export async function readSiteChrome(strapi: Core.Strapi): Promise<{ siteSetting: Row | null; navigation: Row[] }> {
  const [siteSetting, navigation] = await Promise.all([
    strapi.db
      .query('api::site-setting.site-setting')
      .findOne({ where: PUBLISHED, populate: { logo: true } }) as Promise<Row | null>,
    strapi.db
      .query('api::section.section')
      .findMany({ where: PUBLISHED, orderBy: [{ name: 'asc' }], limit: NAVIGATION_LIMIT }) as Promise<Row[]>,
  ]);
  return { siteSetting, navigation };
}
