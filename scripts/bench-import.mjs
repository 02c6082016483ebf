#!/usr/bin/env node
// `npm run bench:import`: how fast the importer writes articles. Loads the compiled CMS in-process on
// a throw-away SQLite database (BENCH_DATABASE=postgres for PostgreSQL), generates BENCH_ARTICLES
// (default 10,000) long-form articles with authors, sections and tags, and imports them published
// through the importer's writer — every editorial rule, history and search text included. Prints
// the rate overall and for the first and last tenth (does it slow as the table grows?); the last
// line is machine-readable.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { loadCms } from './lib/cms-in-process.mjs';

const { recordFigures } = createRequire(import.meta.url)('./lib/bench-results.cjs');

const ARTICLES = Number(process.env.BENCH_ARTICLES || 10_000);
const TARGET_PER_SECOND = 100;

const WORDS = (
  'the of and to in a that is was for on with as by at from government minister election coalition ' +
  'party vote water energy river dam border trade tariff port harbour grid ceasefire talks budget ' +
  'inflation wages farmers drought council court regulator ministry province region report officials'
).split(' ');
let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
const paragraph = (text) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

function generated(i) {
  return {
    sourceId: `bench:${i}`,
    origin: `generated article ${i}`,
    title: `Analysis ${i}: ${words(7)}`,
    dek: words(35),
    body: Array.from({ length: 10 }, (_, p) =>
      paragraph(`${p % 3 === 0 ? '“' : ''}${words(80)}${p % 3 === 0 ? ',” said an official.' : '.'}`),
    ),
    publicationDate: new Date(Date.UTC(2012, 0, 1) + i * 3.6e6).toISOString().slice(0, 10),
    status: 'published',
    author: { name: `Correspondent ${i % 25}`, role: 'Staff writer' },
    section: `Section ${i % 8}`,
    tags: [`topic ${i % 40}`, `topic ${(i * 7) % 40}`],
    formerSlugs: [],
  };
}

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-import-'));
  const database =
    process.env.BENCH_DATABASE === 'postgres'
      ? {
          DATABASE_CLIENT: 'postgres',
          DATABASE_URL: process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test',
        }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(tmp, 'bench.db') };
  const cms = await loadCms({ ...database, SEED_DEMO_CONTENT: 'false', WEB_URL: '', STRAPI_LOG_LEVEL: 'error' });
  try {
    const { writeArticles } = cms.module('src/import/writer.js');
    const articles = Array.from({ length: ARTICLES }, (_, i) => generated(i));
    const marks = [];
    const tenth = Math.max(1, Math.floor(ARTICLES / 10));
    const started = performance.now();
    const reports = await writeArticles(cms.strapi, articles, {
      publish: true,
      dryRun: false,
      progress: (done) => {
        if (done % tenth === 0 || done === ARTICLES) marks.push([done, performance.now()]);
        if (done % 1000 === 0) process.stderr.write(`  ${done} articles…\n`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const failures = reports.filter((report) => report.outcome === 'refused');
    if (failures.length > 0) throw new Error(`${failures.length} refused, e.g. ${failures[0].detail}`);
    const rate = ARTICLES / seconds;
    const [first] = marks;
    const firstRate = first[0] / ((first[1] - started) / 1000);
    const [beforeLast, last] = marks.slice(-2);
    const lastRate = (last[0] - beforeLast[0]) / ((last[1] - beforeLast[1]) / 1000);
    console.log(
      `\nImported ${ARTICLES} published articles (10 paragraphs, author, section, 2 tags) in ${seconds.toFixed(1)} s`,
    );
    console.log(
      `  overall      ${rate.toFixed(0).padStart(5)} articles/s  (target ≥ ${TARGET_PER_SECOND}: ${rate >= TARGET_PER_SECOND ? 'met' : 'NOT met'})`,
    );
    console.log(`  first tenth  ${firstRate.toFixed(0).padStart(5)} articles/s`);
    console.log(
      `  last tenth   ${lastRate.toFixed(0).padStart(5)} articles/s  (×${(lastRate / firstRate).toFixed(2)} of the first)`,
    );
    recordFigures('import', {
      command: 'npm run bench:import',
      context: { database: 'sqlite', articles: ARTICLES },
      figures: {
        'import.articles_per_s': Math.round(rate),
        'import.first_tenth_per_s': Math.round(firstRate),
        'import.last_tenth_per_s': Math.round(lastRate),
      },
    });
    console.log(
      `bench-import articles=${ARTICLES} per_second=${rate.toFixed(1)} first_tenth=${firstRate.toFixed(1)} last_tenth=${lastRate.toFixed(1)}`,
    );
  } finally {
    await cms.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
