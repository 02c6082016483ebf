// One runner for everything: unit tests beside the code, integration tests that boot Strapi
// in-process, and end-to-end tests against the built apps and a real Chromium.
const path = require('node:path');

const tsJest = ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.jest.json') }];
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: {
    '^@newsroom/shared$': '<rootDir>/shared/src/index.ts',
    '^@/(.*)$': '<rootDir>/web/$1',
    '^server-only$': '<rootDir>/web/lib/testing/server-only-stub.ts',
  },
  rootDir: __dirname,
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.next/'],
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{shared,web,cms,scripts}/**/*.test.{ts,tsx}', '<rootDir>/tests/unit/**/*.test.ts'],
      testPathIgnorePatterns: [...shared.testPathIgnorePatterns, '\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/cms/tests/**/*.int.test.ts'],
      globalSetup: '<rootDir>/cms/tests/global-setup.cjs',
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/global-setup.cjs',
      globalTeardown: '<rootDir>/tests/e2e/global-teardown.cjs',
    },
  ],
};
