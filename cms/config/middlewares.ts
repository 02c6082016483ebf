import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';

const config = (): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'", 'https:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'data:', 'blob:'],
          // The admin's Preview pane frames the website.
          'frame-src': ["'self'", cmsEnv().review.publicUrl],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  'strapi::cors',
  // No 'strapi::poweredBy': an X-Powered-By header only tells scanners what to try.
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
