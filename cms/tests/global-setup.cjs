// Compiles the CMS's TypeScript once (no admin build) so each integration test can boot it.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  const cmsDir = path.resolve(__dirname, '..');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(cmsDir, 'tsconfig.json')], {
    cwd: cmsDir,
    stdio: 'inherit',
  });
};
