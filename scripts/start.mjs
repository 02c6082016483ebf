#!/usr/bin/env node
// `npm start`: first-run setup, builds what changed, then runs the CMS (port 1337) and the website
// (port 3000) together on SQLite with demo content, both in production mode. `npm run dev` does the
// same in watch mode, with the developer tooling. Ctrl-C stops both.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureEnvFiles } from './lib/secrets.cjs';
import { WEB_BUILD_INPUTS } from './lib/build-inputs.cjs';
import { isUpToDate, saveStamp, sourceHash } from './lib/build-stamp.mjs';
import { assertPortFree, run, startServer, stopServer, waitForUrl } from './lib/processes.mjs';
import { serverEnv } from './lib/server-env.cjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const cmsDir = path.join(root, 'cms');
const webDir = path.join(root, 'web');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const strapiBin = bin('@strapi/strapi', 'bin/strapi.js');
const nextBin = bin('next', 'dist/bin/next');
const step = (n, total, text) => console.log(`\n\x1b[1m[${n}/${total}] ${text}\x1b[0m`);

const children = [];
let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the website and the CMS…');
  await Promise.all(children.map((child) => stopServer(child)));
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function main() {
  const total = dev ? 3 : 5;
  step(1, total, 'Configuration');
  const { cms, web, created, added } = ensureEnvFiles(root);
  for (const file of created) console.log(`  created ${path.relative(root, file)} with generated secrets`);
  for (const [app, names] of Object.entries(added)) {
    if (names.length > 0) console.log(`  added to ${app}/.env: ${names.join(', ')}`);
  }
  if (created.length === 0) console.log('  using cms/.env and web/.env');
  const env = serverEnv(process.env, { dev });
  const cmsPort = Number(cms.PORT || 1337);
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  await assertPortFree(cmsPort, 'the CMS');
  await assertPortFree(3000, 'the website');

  if (!dev) {
    const stamps = path.join(root, '.newsroom');
    const cmsHash = sourceHash(
      ['src', 'config', 'package.json', 'tsconfig.json', '.env']
        .map((p) => path.join(cmsDir, p))
        .concat(path.join(root, 'shared', 'src')),
    );
    step(2, total, 'Building the CMS (Strapi admin, ~1 min the first time)');
    if (isUpToDate(path.join(stamps, 'cms.stamp'), cmsHash, path.join(cmsDir, 'dist', 'build', 'index.html'))) {
      console.log('  up to date');
    } else {
      await run(process.execPath, [strapiBin, 'build'], { cwd: cmsDir, env });
      saveStamp(path.join(stamps, 'cms.stamp'), cmsHash);
    }
    const webHash = sourceHash(
      WEB_BUILD_INPUTS.map((p) => path.join(webDir, p)).concat(path.join(root, 'shared', 'src')),
    );
    step(3, total, 'Building the website (Next.js)');
    if (isUpToDate(path.join(stamps, 'web.stamp'), webHash, path.join(webDir, '.next', 'BUILD_ID'))) {
      console.log('  up to date');
    } else {
      await run(process.execPath, [nextBin, 'build'], { cwd: webDir, env });
      saveStamp(path.join(stamps, 'web.stamp'), webHash);
    }
  }

  step(dev ? 2 : 4, total, 'Starting the CMS on SQLite (first start seeds the demo content)');
  const strapi = startServer('cms', process.execPath, [strapiBin, dev ? 'develop' : 'start'], { cwd: cmsDir, env });
  children.push(strapi);
  strapi.on('exit', (code) => !stopping && (console.error(`The CMS stopped (code ${code}).`), shutdown(1)));
  await waitForUrl(`${cmsUrl}/_health`, { child: strapi, name: 'The CMS', timeoutMs: dev ? 300_000 : 180_000 });

  step(dev ? 3 : 5, total, 'Starting the website');
  const next = startServer('web', process.execPath, [nextBin, dev ? 'dev' : 'start', '-H', '127.0.0.1', '-p', '3000'], {
    cwd: webDir,
    env,
  });
  children.push(next);
  next.on('exit', (code) => !stopping && (console.error(`The website stopped (code ${code}).`), shutdown(1)));
  await waitForUrl('http://127.0.0.1:3000/', { child: next, name: 'The website', timeoutMs: 120_000 });

  const firstRun = created.some((file) => file.startsWith(cmsDir));
  console.log(`
\x1b[1mNewsroom is running.\x1b[0m
  Website      ${web.SITE_URL || 'http://127.0.0.1:3000'}
  Admin (CMS)  ${cmsUrl}/admin
  Log in with  ${cms.ADMIN_EMAIL}
               ${firstRun ? cms.ADMIN_PASSWORD : '(password: ADMIN_PASSWORD in cms/.env)'}
${firstRun ? '  This password is shown once; it stays in cms/.env (ignored by git).\n' : ''}  Press Ctrl-C to stop both.
`);
}

main().catch((error) => {
  console.error(`\n\x1b[31mnpm start failed:\x1b[0m ${error.message}`);
  shutdown(1);
});
