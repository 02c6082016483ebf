import type { Core } from '@strapi/strapi';
import { registerArticleRules } from './document-middlewares/article-rules';
import { registerWebsiteNotifications } from './document-middlewares/notify-website';
import { ensureQueryIndexes } from './bootstrap/query-indexes';
import { ensureWebReadToken } from './bootstrap/web-read-token';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { seedDemoContent } from './bootstrap/demo-content';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerArticleRules(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureQueryIndexes(strapi);
    await ensureWebReadToken(strapi, process.env.WEB_READ_TOKEN);
    await ensureFirstAdmin(strapi, { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD });
    if (process.env.SEED_DEMO_CONTENT !== 'false') await seedDemoContent(strapi);
    // After seeding: the demo content goes in before the website is up, and nobody has seen it yet.
    registerWebsiteNotifications(strapi);
  },
};
