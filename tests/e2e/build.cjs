// Builds what the end-to-end tests and benchmarks run: the CMS's server code and the website's
// production build (into .next-e2e, so `npm start`'s own build is left alone).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { root, webEnv } = require('./servers.cjs');

const BUILD_ONLY_SECRETS = Object.fromEntries(
  ['APP_KEYS', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET'].map(
    (name) => [name, 'build-only-not-a-secret'],
  ),
);

/** Newest modification time under `dir` (files only). */
function newestMtime(dir) {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }, 0);
}

/** Builds the Strapi admin bundle when it is missing or older than the admin customisations. */
function buildAdminIfStale() {
  const cmsDir = path.join(root, 'cms');
  const built = path.join(cmsDir, 'dist', 'build', 'index.html');
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs > newestMtime(path.join(cmsDir, 'src', 'admin'))) return;
  execFileSync(process.execPath, [path.join(root, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build'], {
    cwd: cmsDir,
    // Strapi loads its configuration to build the admin; the secrets it asks for are not part of
    // the bundle, so throw-away values do.
    env: { ...process.env, ...BUILD_ONLY_SECRETS, STRAPI_TELEMETRY_DISABLED: 'true' },
    stdio: 'inherit',
  });
}

function buildForTests({ admin = false } = {}) {
  if (admin) buildAdminIfStale();
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'cms', 'tsconfig.json')],
    {
      stdio: 'inherit',
    },
  );
  fs.mkdirSync(path.join(root, 'cms', 'public', 'uploads'), { recursive: true });
  // Built without secrets, as a real image build is; the servers get them at start.
  execFileSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: path.join(root, 'web'),
    env: webEnv(undefined),
    stdio: 'inherit',
  });
}

module.exports = { buildForTests };
