// Loads the CMS inside a command-line tool (import, import benchmark) on the same database and
// configuration as `npm start` (cms/.env): compiles the server code when its sources changed,
// loads Strapi without serving HTTP, and hands it back with a way to shut it down.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isUpToDate, saveStamp, sourceHash } from './build-stamp.mjs';

const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cmsDir = path.join(root, 'cms');
const distDir = path.join(cmsDir, 'dist');

/** Compiles shared/ and the CMS's server code unless the last compile is still current. */
export function compileCms() {
  const hash = sourceHash(
    ['src', 'config', 'tsconfig.json', 'package.json']
      .map((p) => path.join(cmsDir, p))
      .concat(path.join(root, 'shared', 'src')),
  );
  const stamp = path.join(root, '.newsroom', 'cms-server.stamp');
  if (isUpToDate(stamp, hash, path.join(distDir, 'src', 'index.js'))) return;
  console.error('Compiling the CMS…');
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'shared', 'tsconfig.build.json')],
    {
      stdio: 'inherit',
    },
  );
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(cmsDir, 'tsconfig.json')], {
    stdio: 'inherit',
  });
  saveStamp(stamp, hash);
}

/** Compiled server code and configuration (cms/.env, generated on a new machine), without loading Strapi. */
export function prepareCms() {
  compileCms();
  const { ensureEnvFiles } = require('./secrets.cjs');
  ensureEnvFiles(root);
}

/**
 * Strapi loaded in this process. `env` overrides cms/.env (a benchmark's throw-away database);
 * without it the tool works on the database `npm start` uses.
 */
export async function loadCms(env = {}) {
  prepareCms();
  Object.assign(process.env, {
    ENV_PATH: path.join(cmsDir, '.env'),
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'warn',
    ...env,
  });
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: cmsDir, distDir }).load();
  strapi.log.level = process.env.STRAPI_LOG_LEVEL;
  return {
    strapi,
    /** A module of the compiled CMS, e.g. `src/import/run.js`. */
    module: (file) => require(path.join(distDir, file)),
    stop: () => strapi.destroy(),
  };
}
