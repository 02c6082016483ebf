import type { Core } from '@strapi/strapi';
import { registerArticleRules } from './document-middlewares/article-rules';
import { registerWebsiteNotifications } from './document-middlewares/notify-website';
import { registerDraftPrivacy, type DraftReaders } from './draft-privacy';
import { ensureQueryIndexes } from './bootstrap/query-indexes';
import { ensureApiToken, PREVIEW_READ_TOKEN, WEB_READ_TOKEN } from './bootstrap/api-tokens';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { hideSystemFields } from './bootstrap/admin-layout';
import { backfillSearchText } from './bootstrap/search-text';
import { registerArticleNeighbours } from './graphql/article-neighbours';
import { registerReviewLinkRoutes } from './review-links/admin-routes';
import { registerReviewLinksEndOnPublish } from './review-links/revision';
import { seedDemoContent } from './bootstrap/demo-content';

// Who may read drafts: filled in at bootstrap, once the preview token exists.
const draftReaders: DraftReaders = { previewTokenId: null };

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDraftPrivacy(strapi, draftReaders);
    registerArticleRules(strapi);
    registerReviewLinkRoutes(strapi);
    registerReviewLinksEndOnPublish(strapi);
    registerArticleNeighbours(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureQueryIndexes(strapi);
    await ensureApiToken(strapi, WEB_READ_TOKEN, process.env.WEB_READ_TOKEN);
    draftReaders.previewTokenId = await ensureApiToken(strapi, PREVIEW_READ_TOKEN, process.env.PREVIEW_READ_TOKEN);
    await hideSystemFields(strapi);
    await backfillSearchText(strapi);
    await ensureFirstAdmin(strapi, { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD });
    if (process.env.SEED_DEMO_CONTENT !== 'false') await seedDemoContent(strapi);
    // After seeding: the demo content goes in before the website is up, and nobody has seen it yet.
    registerWebsiteNotifications(strapi);
  },
};
