import type { Core, UID } from '@strapi/strapi';
import { pathFor } from '@newsroom/shared';
import { readReviewSettings, readSecrets } from '../src/env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const secrets = readSecrets(env);
  const website = readReviewSettings();
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
    // The Preview button (free in the Community plan): opens the page of the document on the
    // website, through /api/preview which turns on draft mode for the draft tab.
    preview: {
      enabled: Boolean(website.previewSecret),
      config: {
        allowedOrigins: [website.publicUrl],
        async handler(uid: string, { documentId, status }: { documentId: string; status?: string }) {
          const document = await strapi
            .documents(uid as UID.ContentType)
            .findOne({ documentId, status: status as 'draft' | 'published' });
          const path = pathFor(uid, (document as { slug?: unknown } | null)?.slug);
          if (!path) return null;
          if (status === 'published') return `${website.publicUrl}${path}`;
          const query = new URLSearchParams({ secret: website.previewSecret ?? '', path });
          return `${website.publicUrl}/api/preview?${query}`;
        },
      },
    },
  };
};

export default config;
