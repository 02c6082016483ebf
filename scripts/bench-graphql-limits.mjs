#!/usr/bin/env node
// `npm run bench:graphql-limits`: what a hostile GraphQL request costs the CMS now. Boots the
// compiled CMS in-process on a temp SQLite database with the demo publication and times, over
// HTTP with the website's read token: the article list with related articles once, the same under
// 15 aliases (the most allowed) and under 500 aliases (refused before it runs). Prints the median
// of BENCH_RUNS runs each and the ratios to the single copy measured in the same run.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const RUNS = Number(process.env.BENCH_RUNS || 7);

execFileSync('npm', ['run', 'build', '-w', 'shared'], { cwd: root, stdio: 'ignore' });
execFileSync('npx', ['tsc', '-p', 'cms/tsconfig.json'], { cwd: root, stdio: 'inherit' });
const { bootStrapi } = require('../cms/scripts/boot-strapi.cjs');
const cms = await bootStrapi({ seed: true });

async function timed(query) {
  const started = process.hrtime.bigint();
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.readToken}` },
    body: JSON.stringify({ query }),
  });
  await response.text();
  return { status: response.status, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

const copy = 'articles { title related { title } }';
const aliased = (n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${copy}`).join(' ')} }`;
const cases = { 'one copy': `{ ${copy} }`, '15 aliases': aliased(15), '500 aliases': aliased(500) };
for (const query of Object.values(cases)) await timed(query); // warm-up

const results = {};
for (const [name, query] of Object.entries(cases)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timed(query));
  const sorted = runs.map((run) => run.ms).sort((a, b) => a - b);
  results[name] = { status: runs[0].status, p50: sorted[Math.floor(sorted.length / 2)] };
}
const base = results['one copy'].p50;
for (const [name, { status, p50 }] of Object.entries(results)) {
  console.log(`${name.padEnd(12)} HTTP ${status}  p50 ${p50.toFixed(1)} ms  ×${(p50 / base).toFixed(2)} of one copy`);
}
console.log(
  `graphql-limits one_ms=${base.toFixed(1)} aliases15_ms=${results['15 aliases'].p50.toFixed(1)} aliases500_ms=${results['500 aliases'].p50.toFixed(1)} aliases500_status=${results['500 aliases'].status} runs=${RUNS}`,
);
await cms.stop();
process.exit(0);
