import { z } from 'zod';

// The one place the website reads process.env. Everything is validated together so a
// misconfigured deployment names every problem at once.

const schema = z.object({
  CMS_URL: z.url().default('http://127.0.0.1:1337'),
  CMS_MEDIA_URL: z.url().optional(),
  CMS_READ_TOKEN: z.string().min(16).optional(),
  REVALIDATE_SECRET: z.string().min(16).optional(),
  CMS_PREVIEW_TOKEN: z.string().min(16).optional(),
  PREVIEW_SECRET: z.string().min(16).optional(),
  REVIEW_LINK_SECRET: z.string().min(16).optional(),
  CMS_ADMIN_ORIGIN: z.url().optional(),
  SITE_URL: z.url().default('http://localhost:3000'),
  CMS_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
  ANALYTICS_MEASUREMENT_ID: z
    .string()
    .regex(/^(G|GT|AW)-[A-Z0-9]+$/, 'a Google tag id such as G-ABC123')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/ })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'letters, digits and : . - _ only')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PROXY_PURGE_URLS: z
    .string()
    .optional()
    .transform((value, context) => {
      const urls = (value ?? '')
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean);
      for (const url of urls) {
        if (!z.url({ protocol: /^https?$/ }).safeParse(url).success) {
          context.addIssue({ code: 'custom', message: `"${url}" is not an http(s) URL` });
        }
      }
      return urls;
    }),
  PROXY_PURGE_SECRET: z
    .string()
    .min(16)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  NEXT_DIST_DIR: z
    .string()
    .regex(/^\.next[\w-]*$/)
    .default('.next'),
  // Set by Next itself: `next dev` → development, `next build` and `next start` → production.
  NODE_ENV: z.string().optional(),
  // Set by Next itself while `next build` pre-renders pages ("phase-production-build").
  NEXT_PHASE: z.string().optional(),
});

export type WebEnv = {
  /** Origin the server uses to reach Strapi (GraphQL). */
  cmsUrl: string;
  /** Origin readers' image requests are optimized from (defaults to cmsUrl). */
  cmsMediaUrl: string;
  /** Strapi read-only API token; required by the running server, not by `next build`. */
  cmsReadToken: string | undefined;
  /** Shared with the CMS, which presents it when asking for pages to be revalidated. */
  revalidateSecret: string | undefined;
  /** Strapi token that may read drafts; used only on the server, for previews and review links. */
  cmsPreviewToken: string | undefined;
  /** Shared with the CMS's Preview button: opens draft mode. */
  previewSecret: string | undefined;
  /** Shared with the CMS, which signs review links with it. */
  reviewLinkSecret: string | undefined;
  /** Origin of the Strapi admin, the only page allowed to frame the site (for its preview pane). */
  cmsAdminOrigin: string;
  siteUrl: string;
  cmsTimeoutMs: number;
  /** The Google tag id used when Site settings name none (an operator's default). */
  analyticsMeasurementId: string | undefined;
  /** Redis shared by every website instance for the page and data cache; unset: the local disk. */
  redisUrl: string | undefined;
  /** Caching proxies in front of the site (Varnish), told to drop what a revalidation expires. */
  proxyPurgeUrls: string[];
  /** Shared with those proxies (PURGE_SECRET there): a purge without it is refused. */
  proxyPurgeSecret: string | undefined;
  /** Build output folder; tests build into their own so they never clobber `npm start`'s build. */
  nextDistDir: string;
  /** `next dev`: React's debugging needs eval, so the security policy allows it there only. */
  development: boolean;
  /** `next build` is pre-rendering: the build has no CMS, so what it renders must not ask for one. */
  building: boolean;
};

/** Validates an environment; throws one error listing every invalid or missing variable. */
export function parseEnv(source: Record<string, string | undefined>): WebEnv {
  const result = schema
    .refine((e) => e.PROXY_PURGE_URLS.length === 0 || e.PROXY_PURGE_SECRET, {
      path: ['PROXY_PURGE_SECRET'],
      message: 'required with PROXY_PURGE_URLS (the proxies refuse a purge without it)',
    })
    .safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid website environment — ${problems.join('; ')}. See web/.env.example.`);
  }
  const e = result.data;
  const trim = (url: string) => url.replace(/\/+$/, '');
  return {
    cmsUrl: trim(e.CMS_URL),
    cmsMediaUrl: trim(e.CMS_MEDIA_URL ?? e.CMS_URL),
    cmsReadToken: e.CMS_READ_TOKEN,
    revalidateSecret: e.REVALIDATE_SECRET,
    cmsPreviewToken: e.CMS_PREVIEW_TOKEN,
    previewSecret: e.PREVIEW_SECRET,
    reviewLinkSecret: e.REVIEW_LINK_SECRET,
    cmsAdminOrigin: new URL(e.CMS_ADMIN_ORIGIN ?? e.CMS_MEDIA_URL ?? e.CMS_URL).origin,
    siteUrl: trim(e.SITE_URL),
    cmsTimeoutMs: e.CMS_TIMEOUT_MS,
    analyticsMeasurementId: e.ANALYTICS_MEASUREMENT_ID,
    redisUrl: e.REDIS_URL,
    proxyPurgeUrls: e.PROXY_PURGE_URLS,
    proxyPurgeSecret: e.PROXY_PURGE_SECRET,
    nextDistDir: e.NEXT_DIST_DIR,
    development: e.NODE_ENV === 'development',
    building: e.NEXT_PHASE === 'phase-production-build',
  };
}

let cached: WebEnv | undefined;

/** The website's validated configuration, read once. */
export function getEnv(): WebEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Checks what the running server needs beyond the build; called once at start-up. */
export function assertServerEnv(env: WebEnv = getEnv()): void {
  const missing = [
    ['CMS_READ_TOKEN', env.cmsReadToken, 'the CMS read-only API token'],
    ['REVALIDATE_SECRET', env.revalidateSecret, 'shared with the CMS for publish notifications'],
    ['CMS_PREVIEW_TOKEN', env.cmsPreviewToken, 'the CMS token that reads drafts'],
    ['PREVIEW_SECRET', env.previewSecret, 'shared with the CMS Preview button'],
    ['REVIEW_LINK_SECRET', env.reviewLinkSecret, 'shared with the CMS, signs review links'],
  ].filter(([, value]) => !value);
  if (missing.length > 0) {
    const names = missing.map(([name, , what]) => `${name} (${what})`).join(', ');
    throw new Error(`Invalid website environment — required at run time: ${names}. See web/.env.example.`);
  }
}
