import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const servers = require('./servers.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measureArticleJs, OWN_CODE_BUDGET_BYTES } = require('../../scripts/lib/js-budget.cjs');

// Sizes, not timings: the build the other browser tests run is measured as shipped.
describe('the article page’s JavaScript', () => {
  const figures = measureArticleJs(path.join(servers.root, 'web', servers.DIST_DIR));

  it('ships only the consent banner, the share button and the error page as our own client code', () => {
    expect(figures.ownModules.map((module: { name: string }) => module.name).sort()).toEqual([
      'app/error.tsx',
      'components/analytics.tsx',
      'components/share-button.tsx',
    ]);
  });

  it(`keeps our own client code within ${OWN_CODE_BUDGET_BYTES / 1024} kB gzipped`, () => {
    expect(figures.ownBytes).toBeGreaterThan(0);
    expect(figures.ownBytes).toBeLessThanOrEqual(OWN_CODE_BUDGET_BYTES);
  });
});
