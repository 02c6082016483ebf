// Boots the compiled CMS in this process on a throw-away SQLite database and serves it on a free
// loopback port. Used by the integration tests and by `npm run codegen` to read the live schema.
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const appDir = path.resolve(__dirname, '..');
const distDir = path.join(appDir, 'dist');
const secret = () => randomBytes(24).toString('base64url');

const POSTGRES_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** Creates an empty schema in the test PostgreSQL database; returns a function that drops it. */
async function createPostgresSchema(name) {
  const { Client } = require('pg');
  const run = async (sql) => {
    const client = new Client({ connectionString: POSTGRES_URL });
    try {
      await client.connect();
    } catch (error) {
      throw new Error(
        `PostgreSQL is not reachable at ${POSTGRES_URL} (${error.message}). Start it, point TEST_POSTGRES_URL at one, ` +
          'or set NEWSROOM_SKIP_POSTGRES=1 to leave the PostgreSQL run out.',
      );
    }
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE SCHEMA "${name}"`);
  return () => run(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
}

/**
 * @param {{ seed?: boolean, readToken?: string, databaseFile?: string, database?: 'sqlite' | 'postgres' }} [options]
 * @returns {Promise<{ strapi: any, url: string, readToken: string, previewToken: string, stop: () => Promise<void> }>}
 */
async function bootStrapi(options = {}) {
  if (!fs.existsSync(path.join(distDir, 'src', 'index.js'))) {
    throw new Error('cms/dist is missing: compile the CMS first (npx tsc -p cms/tsconfig.json).');
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-cms-'));
  const readToken = options.readToken ?? secret();
  const previewToken = secret();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    APP_KEYS: [secret(), secret()].join(','),
    ADMIN_JWT_SECRET: secret(),
    API_TOKEN_SALT: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    JWT_SECRET: secret(),
    WEB_READ_TOKEN: readToken,
    PREVIEW_READ_TOKEN: previewToken,
    PREVIEW_SECRET: options.previewSecret ?? secret(),
    REVIEW_LINK_SECRET: options.reviewLinkSecret ?? secret(),
    WEB_PUBLIC_URL: 'http://127.0.0.1:3999',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: options.databaseFile ?? path.join(tmp, 'data.db'),
    DATABASE_URL: '',
    SERVE_ADMIN: 'false',
    SEED_DEMO_CONTENT: options.seed ? 'true' : 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'error',
  });
  let dropSchema = async () => {};
  if (options.database === 'postgres') {
    const schema = `newsroom_test_${randomBytes(4).toString('hex')}`;
    dropSchema = await createPostgresSchema(schema);
    Object.assign(process.env, { DATABASE_CLIENT: 'postgres', DATABASE_URL: POSTGRES_URL, DATABASE_SCHEMA: schema });
  }
  fs.mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });

  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir }).load();
  strapi.log.level = process.env.STRAPI_LOG_LEVEL;
  await new Promise((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address();

  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    readToken,
    previewToken,
    async stop() {
      await strapi.destroy();
      await dropSchema();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

module.exports = { bootStrapi, appDir };
