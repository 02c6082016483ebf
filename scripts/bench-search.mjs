#!/usr/bin/env node
// `npm run bench:search`: what search costs the CMS at a realistic archive size. Boots the compiled
// CMS in-process on a temp SQLite database (BENCH_DATABASE=postgres for PostgreSQL), adds
// BENCH_ARTICLES published articles of ~900 words each, then times the website's own GraphQL
// documents over HTTP: search (a rare word, a common word, two words), an article by slug and the
// front page. Prints p50/p95 per query and each one's ratio to the article lookup measured in the
// same run; the last line is machine-readable.
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { print } from 'graphql';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ARTICLES = Number(process.env.BENCH_ARTICLES || 10_000);
const RUNS = Number(process.env.BENCH_RUNS || 30);
const ARTICLE = 'api::article.article';

// A fixed word list and a seeded generator: every run builds the same archive.
const WORDS = (
  'the of and to in a that is was for on with as by at from his her they government minister ' +
  'election coalition party vote water energy river dam border trade tariff port harbour grid coal ' +
  'ceasefire security talks budget inflation wages labour farmers drought city council mayor court ' +
  'law platform regulator data ministry province region report analysts said according officials'
).split(' ');
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function main() {
  execFileSync('npm', ['run', 'build', '-w', 'shared'], { cwd: root, stdio: 'ignore' });
  execFileSync('npx', ['tsc', '-p', 'cms/tsconfig.json'], { cwd: root, stdio: 'inherit' });
  const { bootStrapi } = require('../cms/scripts/boot-strapi.cjs');
  const shared = require('../shared/dist/index.js');
  const cms = await bootStrapi({ database: process.env.BENCH_DATABASE === 'postgres' ? 'postgres' : 'sqlite' });
  try {
    const started = performance.now();
    const now = new Date();
    for (let start = 0; start < ARTICLES; start += 500) {
      const batch = [];
      for (let i = start; i < Math.min(start + 500, ARTICLES); i += 1) {
        // One article in a thousand mentions the rare word.
        const body = `${words(900)}${i % 1000 === 7 ? ' zeppelin' : ''}`;
        const date = new Date(Date.UTC(2015, 0, 1) + i * 8.64e6).toISOString().slice(0, 10);
        batch.push({
          documentId: randomUUID().replace(/-/g, '').slice(0, 24),
          title: `Archive piece ${i}: ${words(8)}`,
          slug: `archive-piece-${i}`,
          dek: words(40),
          body: [{ type: 'paragraph', children: [{ type: 'text', text: body }] }],
          searchText: '',
          publicationDate: date,
          publishedAt: now,
          createdAt: now,
          updatedAt: now,
        });
      }
      for (const row of batch) row.searchText = shared.searchTextOf(row);
      await cms.strapi.db.query(ARTICLE).createMany({ data: batch });
    }
    console.log(`Added ${ARTICLES} published articles in ${Math.round(performance.now() - started)} ms.`);

    const run = async (document, variables) => {
      const response = await fetch(`${cms.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.readToken}` },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const result = await response.json();
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    const filters = (...terms) => shared.searchFilters(terms);
    const cases = [
      ['article by slug', shared.articlePageQuery, { slug: `archive-piece-${ARTICLES - 3}` }],
      ['front page', shared.homePageQuery, { page: 1, pageSize: 12, withSections: true }],
      ['search: rare word', shared.searchQuery, { filters: filters('zeppelin'), page: 1, pageSize: 12 }],
      ['search: common word', shared.searchQuery, { filters: filters('coalition'), page: 1, pageSize: 12 }],
      ['search: two words', shared.searchQuery, { filters: filters('drought', 'tariff'), page: 1, pageSize: 12 }],
    ];
    const results = [];
    for (const [name, document, variables] of cases) {
      await run(document, variables); // warm-up
      const times = [];
      for (let i = 0; i < RUNS; i += 1) {
        const t = performance.now();
        await run(document, variables);
        times.push(performance.now() - t);
      }
      results.push({ name, p50: percentile(times, 50), p95: percentile(times, 95) });
    }
    const base = results[0].p50;
    console.log(`\n${ARTICLES} articles, ${RUNS} runs each, ms (ratio to the article lookup's p50):`);
    for (const { name, p50, p95 } of results) {
      console.log(
        `  ${name.padEnd(22)} p50 ${p50.toFixed(1).padStart(7)}  p95 ${p95.toFixed(1).padStart(7)}  ×${(p50 / base).toFixed(1)}`,
      );
    }
    const line = results.map((r) => `${r.name.replace(/[^a-z]+/g, '_')}_p50_ms=${Math.round(r.p50)}`).join(' ');
    console.log(`bench-search articles=${ARTICLES} ${line}`);
  } finally {
    await cms.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
