// npm run bench:js — the article page's JavaScript, gzipped, from the website's build output.
// Run `npm run build` first (or pass another build folder: npm run bench:js -- web/.next-e2e).
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { measureArticleJs } = require('./lib/js-budget.cjs');
const { recordFigures } = require('./lib/bench-results.cjs');

const distDir = path.resolve(process.argv[2] ?? path.join('web', process.env.NEXT_DIST_DIR ?? '.next'));
const figures = measureArticleJs(distDir);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

console.log(`article page JavaScript, gzipped (${path.relative(process.cwd(), distDir)})`);
console.log(`  everything loaded:            ${kb(figures.totalBytes)}`);
console.log(`  Next's baseline (404 page):   ${kb(figures.baselineBytes)}`);
console.log(
  `  above the baseline:           ${kb(figures.aboveBaselineBytes)} (page chunks: next/link, next/image and ours)`,
);
for (const module of figures.ownModules) console.log(`    ${module.name.padEnd(30)} ${kb(module.bytes)}`);
console.log(`  our own client code:          ${kb(figures.ownBytes)} of a ${kb(figures.budgetBytes)} budget`);
console.log(
  `js-budget own_bytes=${figures.ownBytes} budget_bytes=${figures.budgetBytes} ratio=${(figures.ownBytes / figures.budgetBytes).toFixed(2)} total_bytes=${figures.totalBytes} baseline_bytes=${figures.baselineBytes}`,
);
const kbOf = (bytes) => Math.round((bytes / 1024) * 10) / 10;
recordFigures('js', {
  command: `npm run bench:js -- ${path.relative(process.cwd(), distDir)}`,
  figures: {
    'js.total_kb': kbOf(figures.totalBytes),
    'js.baseline_kb': kbOf(figures.baselineBytes),
    'js.own_kb': kbOf(figures.ownBytes),
  },
});
if (figures.ownBytes > figures.budgetBytes) {
  console.error('Over budget.');
  process.exitCode = 1;
}
