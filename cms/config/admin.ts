import type { Core } from '@strapi/strapi';
import { readSecrets } from '../src/env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const secrets = readSecrets(env);
  return {
    auth: {
      secret: secrets.adminJwtSecret,
    },
    apiToken: {
      salt: secrets.apiTokenSalt,
    },
    transfer: {
      token: {
        salt: secrets.transferTokenSalt,
      },
    },
    secrets: {
      encryptionKey: secrets.encryptionKey,
    },
    // Tests and headless deployments run the content API without the admin bundle.
    serveAdminPanel: env.bool('SERVE_ADMIN', true),
    flags: {
      nps: false,
      promoteEE: false,
    },
  };
};

export default config;
