import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../src/env';

const config = (): Core.Config.Server => {
  const env = cmsEnv();
  return {
    host: env.server.host,
    port: env.server.port,
    // Public origin of the CMS (used for absolute media URLs and the admin).
    url: env.server.publicUrl,
    app: {
      keys: env.secrets.appKeys,
    },
  };
};

export default config;
