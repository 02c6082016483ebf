import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/** The secrets the CMS refuses to start without. */
export const SECRETS = [
  'APP_KEYS',
  'ADMIN_JWT_SECRET',
  'API_TOKEN_SALT',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  'JWT_SECRET',
] as const;

export type CmsSecrets = {
  appKeys: string[];
  adminJwtSecret: string;
  apiTokenSalt: string;
  transferTokenSalt: string;
  encryptionKey: string;
  jwtSecret: string;
};

/**
 * Reads the secrets every Strapi config needs, naming all missing ones at once.
 * `npm start` generates them into cms/.env on first run (see scripts/start.mjs).
 */
export function readSecrets(env: Env): CmsSecrets {
  const missing = SECRETS.filter((name) => !env(name));
  if (missing.length > 0) {
    throw new Error(
      `Missing environment variables for the CMS: ${missing.join(', ')}. ` +
        'Run `npm start` once at the repository root to generate cms/.env, or copy cms/.env.example.',
    );
  }
  return {
    appKeys: env.array('APP_KEYS') as string[],
    adminJwtSecret: env('ADMIN_JWT_SECRET') as string,
    apiTokenSalt: env('API_TOKEN_SALT') as string,
    transferTokenSalt: env('TRANSFER_TOKEN_SALT') as string,
    encryptionKey: env('ENCRYPTION_KEY') as string,
    jwtSecret: env('JWT_SECRET') as string,
  };
}

export type WebsiteLink = {
  /** Origin the CMS uses to reach the website, e.g. http://127.0.0.1:3000 (http://web:3000 in compose). */
  webUrl: string;
  revalidateSecret: string;
};

/** Where and how to tell the website about published changes; null when not configured. */
export function readWebsiteLink(source: NodeJS.ProcessEnv = process.env): WebsiteLink | null {
  if (!source.WEB_URL || !source.REVALIDATE_SECRET) return null;
  return { webUrl: source.WEB_URL.replace(/\/+$/, ''), revalidateSecret: source.REVALIDATE_SECRET };
}

export type ReviewSettings = {
  /** Origin readers and reviewers use for the website (links the CMS hands out). */
  publicUrl: string;
  /** Presented by the admin's Preview button to the website's /api/preview. */
  previewSecret: string | undefined;
  /** Signs review links. */
  reviewLinkSecret: string | undefined;
};

/** Settings for previews and review links. */
export function readReviewSettings(source: NodeJS.ProcessEnv = process.env): ReviewSettings {
  const publicUrl = source.WEB_PUBLIC_URL || source.WEB_URL || 'http://127.0.0.1:3000';
  return {
    publicUrl: publicUrl.replace(/\/+$/, ''),
    previewSecret: source.PREVIEW_SECRET || undefined,
    reviewLinkSecret: source.REVIEW_LINK_SECRET || undefined,
  };
}
