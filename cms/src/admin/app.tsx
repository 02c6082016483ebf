import type { StrapiApp } from '@strapi/strapi/admin';
import { ReviewLinksPanel } from './review-links-panel';

type ContentManagerApis = { addEditViewSidePanel(panels: unknown[]): void };

export default {
  config: {
    locales: [] as string[],
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as unknown as ContentManagerApis).addEditViewSidePanel([ReviewLinksPanel]);
  },
};
