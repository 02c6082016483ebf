import type { Core, UID } from '@strapi/strapi';
import { pathFor, routes } from '@newsroom/shared';
import { cmsEnv } from '../src/env';

const config = (): Core.Config.Admin => {
  const env = cmsEnv();
  const { secrets, review: website } = env;
  return {
    auth: {
      secret: secrets.adminJwtSecret,
      // cookie.secure is left to Strapi on purpose: in production it marks the admin session
      // cookie Secure when the request itself came over https (getRefreshCookieOptions in
      // @strapi/admin's session-auth), so `npm start` on http://127.0.0.1 still logs in. Forcing
      // true would break that (Koa refuses to set a Secure cookie over http); forcing false would
      // drop Secure behind https too. Behind a TLS proxy, Koa sees https only with server.proxy.koa.
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
    serveAdminPanel: env.serveAdmin,
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
          return `${website.publicUrl}${routes.enterPreview(website.previewSecret ?? '', path)}`;
        },
      },
    },
  };
};

export default config;
