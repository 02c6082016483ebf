import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';

const config = (): Core.Config.Middlewares => {
  const env = cmsEnv();
  // The admin shows the media library's pictures from wherever they are kept.
  const media = env.media.kind === 's3' ? [new URL(env.media.publicUrl).origin] : [];
  return [
    'strapi::logger',
    'strapi::errors',
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'connect-src': ["'self'", 'https:'],
            'img-src': ["'self'", 'data:', 'blob:', ...media],
            'media-src': ["'self'", 'data:', 'blob:', ...media],
            // The admin's Preview pane frames the website.
            'frame-src': ["'self'", env.review.publicUrl],
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
};

export default config;
