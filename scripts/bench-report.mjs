#!/usr/bin/env node
// `npm run bench:report`: BENCHMARKS.md from bench-results.json (what the bench scripts recorded),
// and the same table on the terminal. Exit code 1 when a target was not met.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { readResults, renderReport, REPORT_FILE } = require('./lib/bench-results.cjs');

const { markdown, unmet } = renderReport(readResults());
fs.writeFileSync(REPORT_FILE, markdown);
console.log(markdown);
console.log(`Wrote ${REPORT_FILE}.`);
process.exitCode = unmet > 0 ? 1 : 0;
