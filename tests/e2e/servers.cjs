// Starts the built CMS and website as real servers on loopback ports for end-to-end tests.
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { serverEnv } = require('../../scripts/lib/server-env.cjs');

const root = path.resolve(__dirname, '..', '..');
const CMS_PORT = Number(process.env.E2E_CMS_PORT || 41337);
const WEB_PORT = Number(process.env.E2E_WEB_PORT || 43000);
const DIST_DIR = '.next-e2e';
const secret = () => randomBytes(24).toString('base64url');

const cmsUrl = `http://127.0.0.1:${CMS_PORT}`;
const webUrl = `http://127.0.0.1:${WEB_PORT}`;

/** Environment the website is built and run with in tests: production mode, as `npm start` runs it. */
function webEnv(settings) {
  const env = {
    ...serverEnv(process.env, { dev: false }),
    CMS_URL: cmsUrl,
    SITE_URL: webUrl,
    NEXT_DIST_DIR: DIST_DIR,
    CMS_TIMEOUT_MS: '3000',
  };
  // Built without secrets (like a real image build); run with them.
  for (const name of [
    'CMS_READ_TOKEN',
    'CMS_PREVIEW_TOKEN',
    'REVALIDATE_SECRET',
    'PREVIEW_SECRET',
    'REVIEW_LINK_SECRET',
  ]) {
    delete env[name];
  }
  env.CMS_ADMIN_ORIGIN = cmsUrl;
  if (settings) {
    Object.assign(env, {
      CMS_READ_TOKEN: settings.readToken,
      CMS_PREVIEW_TOKEN: settings.previewToken,
      REVALIDATE_SECRET: settings.revalidateSecret,
      PREVIEW_SECRET: settings.previewSecret,
      REVIEW_LINK_SECRET: settings.reviewLinkSecret,
    });
  }
  return env;
}

async function waitFor(url, child, name, timeoutMs = 120_000) {
  try {
    return await waitForOrThrow(url, child, name, timeoutMs);
  } catch (error) {
    // A server that never became ready must not outlive the test run (it would hold its port).
    await stop(child);
    throw error;
  }
}

async function waitForOrThrow(url, child, name, timeoutMs) {
  const started = Date.now();
  let log = '';
  child.stdout.on('data', (c) => (log = (log + c).slice(-20000)));
  child.stderr.on('data', (c) => (log = (log + c).slice(-20000)));
  // The last output of the server, for a failing test to show.
  child.recentOutput = () => log;
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${log}`);
    if (log.includes('Invalid website environment'))
      throw new Error(`${name} refused its configuration:\n${log.slice(-2000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not start within ${timeoutMs} ms:\n${log}`);
}

function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 8000).unref();
  });
}

/** A CMS process on a temp SQLite file with demo content, plus credentials to drive it. */
function createCmsSettings({ admin = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-'));
  return {
    dir,
    readToken: secret(),
    revalidateSecret: secret(),
    previewToken: secret(),
    previewSecret: secret(),
    reviewLinkSecret: secret(),
    adminEmail: 'e2e.editor@newsroom.test',
    adminPassword: `E2e-${secret()}9a`,
    // Production mode, as `npm start` runs it.
    env: {
      ...serverEnv(process.env, { dev: false }),
      HOST: '127.0.0.1',
      PORT: String(CMS_PORT),
      APP_KEYS: `${secret()},${secret()}`,
      ADMIN_JWT_SECRET: secret(),
      API_TOKEN_SALT: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      ENCRYPTION_KEY: secret(),
      JWT_SECRET: secret(),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'data.db'),
      SERVE_ADMIN: admin ? 'true' : 'false',
      SEED_DEMO_CONTENT: 'true',
      WEB_URL: webUrl,
      WEB_PUBLIC_URL: webUrl,
      STRAPI_LOG_LEVEL: 'warn',
      // The scheduler looks every 2 seconds instead of every minute, so a test waits seconds.
      SCHEDULE_CRON: '*/2 * * * * *',
    },
  };
}

async function startCms(settings) {
  const env = {
    ...settings.env,
    WEB_READ_TOKEN: settings.readToken,
    REVALIDATE_SECRET: settings.revalidateSecret,
    PREVIEW_READ_TOKEN: settings.previewToken,
    PREVIEW_SECRET: settings.previewSecret,
    REVIEW_LINK_SECRET: settings.reviewLinkSecret,
    ADMIN_EMAIL: settings.adminEmail,
    ADMIN_PASSWORD: settings.adminPassword,
  };
  const child = spawn(process.execPath, [path.join(root, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
    cwd: path.join(root, 'cms'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  await waitFor(`${cmsUrl}/_health`, child, 'The CMS');
  return child;
}

/**
 * A production website server. Extra instances (several behind a load balancer) take their own
 * `port` and environment, e.g. REDIS_URL for the shared cache.
 */
async function startWeb(settings, { port = WEB_PORT, env = {} } = {}) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: path.join(root, 'web'),
      env: { ...webEnv(settings), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  await waitFor(`http://127.0.0.1:${port}/articles/a-slug-that-warms-nothing-up`, child, 'The website');
  return child;
}

/** Starts the CMS, then the website; `stop()` stops whichever are running (the CMS may be swapped). */
async function startStack(settings) {
  const stack = {
    cms: await startCms(settings),
    web: null,
    async stop() {
      await stop(stack.web);
      await stop(stack.cms);
    },
  };
  try {
    stack.web = await startWeb(settings);
  } catch (error) {
    await stop(stack.cms);
    throw error;
  }
  return stack;
}

module.exports = {
  root,
  cmsUrl,
  webUrl,
  WEB_PORT,
  DIST_DIR,
  webEnv,
  createCmsSettings,
  startCms,
  startWeb,
  startStack,
  stop,
};
