import type { Core } from '@strapi/strapi';
import { cmsEnv } from './env';
import { registerArticleRules } from './document-middlewares/article-rules';
import { registerWebsiteNotifications } from './document-middlewares/notify-website';
import { registerDraftPrivacy, type DraftReaders } from './draft-privacy';
import { ensureQueryIndexes } from './bootstrap/query-indexes';
import { ensureApiToken, PREVIEW_READ_TOKEN, WEB_READ_TOKEN } from './bootstrap/api-tokens';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { seedAdminViews } from './bootstrap/admin-layout';
import { seedNewsroomRoles } from './bootstrap/roles';
import { registerNameSlugs } from './document-middlewares/slugs';
import { registerScheduler } from './scheduling';
import { ensureHistoryTable, registerHistory, registerHistoryRoutes } from './history';
import { backfillSearchText } from './bootstrap/search-text';
import { registerArticleNeighbours } from './graphql/article-neighbours';
import { registerArticleSearch } from './graphql/article-search';
import { registerBatchedRelations } from './graphql/batched-relations';
import { registerPlainFields } from './graphql/plain-fields';
import { registerArchiveListings } from './document-middlewares/archive-listings';
import { registerReviewLinkRoutes } from './review-links/admin-routes';
import { registerReviewLinksEndOnPublish } from './review-links/revision';
import { seedDemoContent } from './bootstrap/demo-content';
import { startResponseCache, stopResponseCache } from './graphql/response-cache';
import { startPageReaders, stopPageReaders } from './graphql/page-reader';
import { keepApiTokenLookups } from './auth/kept-api-tokens';

// Who may read drafts: filled in at bootstrap, once the preview token exists.
const draftReaders: DraftReaders = { previewTokenId: null };

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDraftPrivacy(strapi, draftReaders);
    registerArchiveListings(strapi);
    registerArticleRules(strapi);
    registerNameSlugs(strapi);
    registerReviewLinkRoutes(strapi);
    registerHistoryRoutes(strapi);
    registerHistory(strapi);
    registerReviewLinksEndOnPublish(strapi);
    registerArticleNeighbours(strapi);
    registerArticleSearch(strapi);
    registerBatchedRelations(strapi);
    registerPlainFields();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureHistoryTable(strapi);
    await ensureQueryIndexes(strapi);
    const env = cmsEnv();
    const webReadTokenId = await ensureApiToken(strapi, WEB_READ_TOKEN, env.tokens.webRead);
    await startResponseCache(strapi, webReadTokenId);
    keepApiTokenLookups(strapi);
    await startPageReaders(strapi, webReadTokenId);
    draftReaders.previewTokenId = await ensureApiToken(strapi, PREVIEW_READ_TOKEN, env.tokens.previewRead);
    await seedAdminViews(strapi);
    await seedNewsroomRoles(strapi);
    await backfillSearchText(strapi);
    await ensureFirstAdmin(strapi, env.firstAdmin);
    if (env.seedDemoContent) await seedDemoContent(strapi);
    // After seeding: the demo content goes in before the website is up, and nobody has seen it yet.
    registerWebsiteNotifications(strapi);
    registerScheduler(strapi, env.scheduleCron);
  },

  destroy() {
    stopResponseCache();
    stopPageReaders();
  },
};
