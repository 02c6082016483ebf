import type { Core } from '@strapi/strapi';
import { readSecrets } from '../src/env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  // Public origin of the CMS (used for absolute media URLs and the admin).
  url: env('CMS_PUBLIC_URL', ''),
  app: {
    keys: readSecrets(env).appKeys,
  },
});

export default config;
