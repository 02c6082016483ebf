import type { StrapiApp } from '@strapi/strapi/admin';
import { HistoryPanel } from './history-panel';
import { ReviewLinksPanel } from './review-links-panel';

type SidePanels = { addEditViewSidePanel(panels: (typeof ReviewLinksPanel | typeof HistoryPanel)[]): void };

/** The content manager's API for edit-view side panels, checked rather than assumed. */
function hasSidePanels(apis: Record<string, unknown>): apis is Record<string, unknown> & SidePanels {
  return typeof apis.addEditViewSidePanel === 'function';
}

export default {
  config: {
    locales: [] as string[],
  },
  bootstrap(app: StrapiApp) {
    const { apis } = app.getPlugin('content-manager');
    if (!hasSidePanels(apis))
      throw new Error('This Strapi has no edit-view side panels: the Review links panel needs them.');
    apis.addEditViewSidePanel([ReviewLinksPanel, HistoryPanel]);
  },
};
