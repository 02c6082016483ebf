import path from 'node:path';
import { z } from 'zod';

// The one place the CMS reads its environment (Strapi has loaded cms/.env into it by then).
// Everything is validated together, so a misconfigured deployment names every problem at once.

/** The secrets the CMS refuses to start without. */
export const SECRETS = [
  'APP_KEYS',
  'ADMIN_JWT_SECRET',
  'API_TOKEN_SALT',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  'JWT_SECRET',
] as const;

const secret = z.string({ error: 'missing (run `npm start` once to generate cms/.env)' }).min(1, 'empty');
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value ? value : undefined));
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', ''])
    .optional()
    .transform((value) => (value === 'true' ? true : value === 'false' ? false : fallback));
const optionalUrl = z
  .union([z.url(), z.literal('')])
  .optional()
  .transform((value) => (value ? value.replace(/\/+$/, '') : undefined));
const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

const schema = z.object({
  APP_KEYS: secret.transform((value) => value.split(',').map((key) => key.trim())),
  ADMIN_JWT_SECRET: secret,
  API_TOKEN_SALT: secret,
  TRANSFER_TOKEN_SALT: secret,
  ENCRYPTION_KEY: secret,
  JWT_SECRET: secret,
  HOST: z.string().default('127.0.0.1'),
  PORT: port(1337),
  CMS_PUBLIC_URL: optionalUrl,
  DATABASE_CLIENT: z.enum(['sqlite', 'postgres']).default('sqlite'),
  DATABASE_FILENAME: z.string().default('.tmp/data.db'),
  DATABASE_URL: optionalText,
  DATABASE_HOST: z.string().default('127.0.0.1'),
  DATABASE_PORT: port(5432),
  DATABASE_NAME: z.string().default('newsroom'),
  DATABASE_USERNAME: z.string().default('newsroom'),
  DATABASE_PASSWORD: z.string().default(''),
  DATABASE_SCHEMA: z.string().default('public'),
  DATABASE_SSL: flag(false),
  DATABASE_SSL_REJECT_UNAUTHORIZED: flag(true),
  DATABASE_POOL_MIN: z.coerce.number().int().min(0).default(2),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).default(10),
  WEB_READ_TOKEN: optionalText,
  PREVIEW_READ_TOKEN: optionalText,
  ADMIN_EMAIL: optionalText,
  ADMIN_PASSWORD: optionalText,
  SEED_DEMO_CONTENT: flag(true),
  SERVE_ADMIN: flag(true),
  GRAPHQL_INTROSPECTION: flag(false),
  STRAPI_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']).default('info'),
  WEB_URL: optionalUrl,
  WEB_PUBLIC_URL: optionalUrl,
  REVALIDATE_SECRET: optionalText,
  PREVIEW_SECRET: optionalText,
  REVIEW_LINK_SECRET: optionalText,
  /** When the scheduler looks for due articles: a cron rule with seconds first (every minute by default). */
  SCHEDULE_CRON: z
    .string()
    .regex(/^\S+( \S+){5}$/, 'a cron rule with six fields, seconds first (e.g. "0 * * * * *")')
    .default('0 * * * * *'),
  /** Where pictures go: `local` (cms/public/uploads, the default) or `s3` (any S3-compatible store). */
  MEDIA_STORAGE: z.enum(['local', 's3']).default('local'),
  S3_BUCKET: optionalText,
  S3_REGION: z.string().default('us-east-1'),
  /** An S3-compatible service's endpoint (MinIO, R2, Ceph…); empty for AWS itself. */
  S3_ENDPOINT: optionalUrl,
  /** Bucket in the path (endpoint/bucket/key) rather than in the host name; most self-hosted stores need it. */
  S3_FORCE_PATH_STYLE: flag(false),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  /** Where readers' browsers and the website fetch pictures from (a CDN, or the bucket's public URL). */
  S3_PUBLIC_URL: optionalUrl,
  /** Canned ACL sent with every picture; `none` for buckets with ACLs disabled (AWS's default since 2023). */
  S3_ACL: z.enum(['public-read', 'private', 'none']).default('public-read'),
  NODE_ENV: z.string().optional(),
});

/** Every variable the CMS reads (deployment files are checked against it). */
export const CMS_VARIABLES = Object.keys(schema.shape);

export type WebsiteLink = {
  /** Origin the CMS uses to reach the website, e.g. http://127.0.0.1:3000 (http://web:3000 in compose). */
  webUrl: string;
  revalidateSecret: string;
};

export type ReviewSettings = {
  /** Origin readers and reviewers use for the website (links the CMS hands out). */
  publicUrl: string;
  /** Presented by the admin's Preview button to the website's /api/preview. */
  previewSecret: string | undefined;
  /** Signs review links. */
  reviewLinkSecret: string | undefined;
};

export type DatabaseSettings =
  | { client: 'sqlite'; filename: string }
  | {
      client: 'postgres';
      url: string | undefined;
      host: string;
      port: number;
      name: string;
      username: string;
      password: string;
      schema: string;
      ssl: false | { rejectUnauthorized: boolean };
      pool: { min: number; max: number };
    };

/** Where the media library keeps its files. */
export type MediaStorage =
  | { kind: 'local' }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint: string | undefined;
      forcePathStyle: boolean;
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
      /** Base of every picture's URL: `<publicUrl>/uploads/<file>`. */
      publicUrl: string;
      acl: 'public-read' | 'private' | undefined;
    };

export type CmsEnv = {
  secrets: {
    appKeys: string[];
    adminJwtSecret: string;
    apiTokenSalt: string;
    transferTokenSalt: string;
    encryptionKey: string;
    jwtSecret: string;
  };
  server: { host: string; port: number; publicUrl: string };
  database: DatabaseSettings;
  /** Keys of the website's two API tokens; the bootstrap creates or corrects the tokens to match. */
  tokens: { webRead: string | undefined; previewRead: string | undefined };
  firstAdmin: { email: string | undefined; password: string | undefined };
  seedDemoContent: boolean;
  serveAdmin: boolean;
  /** Production hides the GraphQL landing page and introspection (unless GRAPHQL_INTROSPECTION). */
  production: boolean;
  graphqlIntrospection: boolean;
  logLevel: string;
  /** Where and how to tell the website about published changes; null when not configured. */
  website: WebsiteLink | null;
  review: ReviewSettings;
  /** The scheduler's cron rule (seconds first). */
  scheduleCron: string;
  media: MediaStorage;
};

/** Validates an environment; throws one error listing every invalid or missing variable. */
export function parseCmsEnv(source: Record<string, string | undefined>): CmsEnv {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid CMS environment — ${problems.join('; ')}. See cms/.env.example.`);
  }
  const e = result.data;
  const production = e.NODE_ENV === 'production';
  const media = mediaStorage(e);
  return {
    secrets: {
      appKeys: e.APP_KEYS,
      adminJwtSecret: e.ADMIN_JWT_SECRET,
      apiTokenSalt: e.API_TOKEN_SALT,
      transferTokenSalt: e.TRANSFER_TOKEN_SALT,
      encryptionKey: e.ENCRYPTION_KEY,
      jwtSecret: e.JWT_SECRET,
    },
    server: { host: e.HOST, port: e.PORT, publicUrl: e.CMS_PUBLIC_URL ?? '' },
    database:
      e.DATABASE_CLIENT === 'postgres'
        ? {
            client: 'postgres',
            url: e.DATABASE_URL,
            host: e.DATABASE_HOST,
            port: e.DATABASE_PORT,
            name: e.DATABASE_NAME,
            username: e.DATABASE_USERNAME,
            password: e.DATABASE_PASSWORD,
            schema: e.DATABASE_SCHEMA,
            ssl: e.DATABASE_SSL && { rejectUnauthorized: e.DATABASE_SSL_REJECT_UNAUTHORIZED },
            pool: { min: e.DATABASE_POOL_MIN, max: e.DATABASE_POOL_MAX },
          }
        : {
            client: 'sqlite',
            // Relative paths are resolved from the cms/ folder, wherever Strapi is launched from.
            filename:
              e.DATABASE_FILENAME === ':memory:'
                ? e.DATABASE_FILENAME
                : path.resolve(__dirname, '..', '..', e.DATABASE_FILENAME),
          },
    tokens: { webRead: e.WEB_READ_TOKEN, previewRead: e.PREVIEW_READ_TOKEN },
    firstAdmin: { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD },
    seedDemoContent: e.SEED_DEMO_CONTENT,
    serveAdmin: e.SERVE_ADMIN,
    production,
    graphqlIntrospection: !production || e.GRAPHQL_INTROSPECTION,
    logLevel: e.STRAPI_LOG_LEVEL,
    website: e.WEB_URL && e.REVALIDATE_SECRET ? { webUrl: e.WEB_URL, revalidateSecret: e.REVALIDATE_SECRET } : null,
    review: {
      publicUrl: e.WEB_PUBLIC_URL ?? e.WEB_URL ?? 'http://127.0.0.1:3000',
      previewSecret: e.PREVIEW_SECRET,
      reviewLinkSecret: e.REVIEW_LINK_SECRET,
    },
    scheduleCron: e.SCHEDULE_CRON,
    media,
  };
}

function mediaStorage(e: z.infer<typeof schema>): MediaStorage {
  if (e.MEDIA_STORAGE === 'local') return { kind: 'local' };
  const problems: string[] = [];
  if (!e.S3_BUCKET) problems.push('S3_BUCKET: required when MEDIA_STORAGE is s3');
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)) {
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both, or neither (the AWS default credentials)');
  }
  if (problems.length > 0) {
    throw new Error(`Invalid CMS environment — ${problems.join('; ')}. See cms/.env.example.`);
  }
  const bucket = e.S3_BUCKET!;
  const publicUrl =
    e.S3_PUBLIC_URL ??
    (e.S3_ENDPOINT
      ? e.S3_FORCE_PATH_STYLE
        ? `${e.S3_ENDPOINT}/${bucket}`
        : `${new URL(e.S3_ENDPOINT).protocol}//${bucket}.${new URL(e.S3_ENDPOINT).host}`
      : `https://${bucket}.s3.${e.S3_REGION}.amazonaws.com`);
  return {
    kind: 's3',
    bucket,
    region: e.S3_REGION,
    endpoint: e.S3_ENDPOINT,
    forcePathStyle: e.S3_FORCE_PATH_STYLE,
    credentials:
      e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
        : undefined,
    publicUrl,
    acl: e.S3_ACL === 'none' ? undefined : e.S3_ACL,
  };
}

/**
 * The CMS's validated configuration. Read at each call rather than once per process: the
 * integration tests boot several CMSs in one process, each with its own environment.
 */
export function cmsEnv(): CmsEnv {
  return parseCmsEnv(process.env);
}
