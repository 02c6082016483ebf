// Builds what the end-to-end tests run: the CMS's server code and the website's production build
// (into .next-e2e, so `npm start`'s own build is left alone). Fails loudly without Chromium.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { root, webEnv } = require('./servers.cjs');
const { chromiumPath } = require('./browser.cjs');

module.exports = async () => {
  chromiumPath();
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'cms', 'tsconfig.json')],
    {
      stdio: 'inherit',
    },
  );
  fs.mkdirSync(path.join(root, 'cms', 'public', 'uploads'), { recursive: true });
  // The read token is a runtime setting, so one build serves every test run.
  execFileSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: path.join(root, 'web'),
    env: webEnv(undefined),
    stdio: 'inherit',
  });
};
