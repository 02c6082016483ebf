// What `npm start` hashes to decide whether the website needs a new build: everything `next build`
// compiles or reads from web/. A file missing here would leave a stale build running after a change.
const WEB_BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'cache',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'tsconfig.json',
  'package.json',
  '.env',
];

module.exports = { WEB_BUILD_INPUTS };
