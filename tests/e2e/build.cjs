// Builds what the end-to-end tests and benchmarks run: the CMS's server code and the website's
// production build (into .next-e2e, so `npm start`'s own build is left alone).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { root, webEnv } = require('./servers.cjs');

function buildForTests() {
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
