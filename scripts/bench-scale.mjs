#!/usr/bin/env node
// `npm run bench:scale`: the CMS queries the website makes, at archive size. Loads the compiled CMS
// in-process on a throw-away database (SQLite by default; BENCH_DATABASE=postgres for PostgreSQL,
// e.g. with BENCH_ARTICLES=100000), imports BENCH_ARTICLES generated articles (default 10,000)
// through the importer's fast path, then times the website's own GraphQL documents over HTTP:
// an article by slug, the front page and a section, tag and author listing at page 1 and page 200,
// a search, and a sitemap file. Each is timed as the CMS answers it between edits (from the
// answers it keeps for the website's token) and as it answers it first after an edit. Sections,
// tags and authors are few enough that page 200 exists.
// Each query is first answered BENCH_WARMUP times (default 20) untimed.
// Prints p50/p95 per query and records them in bench-results.json.
// On PostgreSQL, BENCH_KEEP_SCHEMA=1 keeps the seeded schema (its name is printed) and
// BENCH_SCHEMA=<name> times again on a kept one without importing (a 100,000-article import
// takes over half an hour here).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { loadCms } from './lib/cms-in-process.mjs';

const require = createRequire(import.meta.url);
const { recordFigures } = require('./lib/bench-results.cjs');
const shared = require('../shared/dist/index.js');

const ARTICLES = Number(process.env.BENCH_ARTICLES || 10_000);
// 100 runs: a p95 of 30 is the second-slowest run, one stall on a shared host.
const RUNS = Number(process.env.BENCH_RUNS || 100);
// Answers computed and thrown away before each query is timed, as a CMS that has served its pages
// for a while has: its code compiled hot, and on PostgreSQL its statements prepared and planned on
// each pooled connection (a prepared statement is planned afresh for its first five runs).
const WARMUP = Number(process.env.BENCH_WARMUP || 20);
const POSTGRES = process.env.BENCH_DATABASE === 'postgres';
const PAGE_SIZE = 12; // the website's listing page size (LATEST_PAGE_SIZE)
const SITEMAP_PAGE_SIZE = 100;
// Enough articles behind each section, author and tag for a page 200 of 12.
const PER_GROUP = 2500;
const GROUPS = Math.max(1, Math.floor(ARTICLES / PER_GROUP));

const WORDS = (
  'the of and to in a that is was for on with as by at from government minister election coalition ' +
  'party vote water energy river dam border trade tariff port harbour grid ceasefire talks budget ' +
  'inflation wages farmers drought council court regulator ministry province region report officials'
).split(' ');
let seed = 11;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
const paragraph = (text) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

function generated(i) {
  // One article in a thousand mentions a rare word, for a selective search.
  const rare = i % 1000 === 7 ? ' The zeppelins were grounded.' : '';
  return {
    sourceId: `scale:${i}`,
    origin: `generated article ${i}`,
    title: `Analysis ${i}: ${words(7)}`,
    dek: words(35),
    body: Array.from({ length: 10 }, (_, p) => paragraph(`${words(80)}.${p === 4 ? rare : ''}`)),
    publicationDate: new Date(Date.UTC(2000, 0, 1) + i * 3.6e6).toISOString().slice(0, 10),
    status: 'published',
    author: { name: `Correspondent ${i % GROUPS}`, role: 'Staff writer' },
    section: `Desk ${i % GROUPS}`,
    tags: [`topic ${i % GROUPS}`, `theme ${(i * 7) % GROUPS}`],
    formerSlugs: [],
  };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (n) => Math.round(n * 10) / 10;

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-scale-'));
  const readToken = randomBytes(24).toString('base64url');
  const database = POSTGRES
    ? {
        DATABASE_CLIENT: 'postgres',
        DATABASE_URL: process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test',
        DATABASE_SCHEMA: process.env.BENCH_SCHEMA || `newsroom_scale_${randomBytes(3).toString('hex')}`,
      }
    : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(tmp, 'scale.db') };
  const reused = POSTGRES && Boolean(process.env.BENCH_SCHEMA);
  const kept = POSTGRES && (reused || process.env.BENCH_KEEP_SCHEMA === '1');
  if (POSTGRES && !reused) {
    const { Client } = require('pg');
    const client = new Client({ connectionString: database.DATABASE_URL });
    await client.connect();
    await client.query(`CREATE SCHEMA "${database.DATABASE_SCHEMA}"`);
    await client.end();
  }
  const cms = await loadCms({
    ...database,
    SEED_DEMO_CONTENT: 'false',
    WEB_URL: '',
    WEB_READ_TOKEN: readToken,
    STRAPI_LOG_LEVEL: 'error',
  });
  try {
    const { settleAfterImport, writeArticles } = cms.module('src/import/writer.js');
    const started = performance.now();
    const BATCH = 5000;
    if (reused) {
      const published = await cms.strapi.db
        .query('api::article.article')
        .count({ where: { publishedAt: { $notNull: true } } });
      if (published !== ARTICLES)
        throw new Error(`Schema ${database.DATABASE_SCHEMA} holds ${published} articles, not ${ARTICLES}`);
      console.log(`Reusing the ${ARTICLES} articles in schema ${database.DATABASE_SCHEMA}.`);
    } else {
      for (let start = 0; start < ARTICLES; start += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, ARTICLES - start) }, (_, k) => generated(start + k));
        const reports = await writeArticles(cms.strapi, batch, { publish: true, dryRun: false });
        const refused = reports.filter((report) => report.outcome === 'refused');
        if (refused.length > 0) throw new Error(`${refused.length} refused, e.g. ${refused[0].detail}`);
        process.stderr.write(`  ${start + batch.length} articles…\n`);
      }
      // As `npm run import` leaves the tables: vacuumed and analysed (PostgreSQL).
      await settleAfterImport(cms.strapi);
      console.log(
        `Imported ${ARTICLES} articles (${GROUPS} sections, authors and tag pairs) on ${POSTGRES ? 'PostgreSQL' : 'SQLite'} in ${Math.round((performance.now() - started) / 1000)} s.`,
      );
    }

    await new Promise((resolve) => cms.strapi.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${cms.strapi.server.httpServer.address().port}/graphql`;
    let lastCache = null;
    const run = async (document, variables) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${readToken}` },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const result = await response.json();
      lastCache = response.headers.get('x-cms-cache');
      if (result.errors) throw new Error(JSON.stringify(result.errors).slice(0, 500));
      return result.data;
    };
    const slugOf = async (uid, name) =>
      (await cms.strapi.db.query(uid).findOne({ where: { name }, select: ['slug'] })).slug;
    const section = await slugOf('api::section.section', 'Desk 0');
    const tag = await slugOf('api::tag.tag', 'topic 0');
    const author = await slugOf('api::author.author', 'Correspondent 0');
    const articleSlug = (
      await cms.strapi.db
        .query('api::article.article')
        .findOne({ where: { sourceId: `scale:${ARTICLES - 3}` }, select: ['slug'] })
    ).slug;
    const listing = (document, slug, page) => () => run(document, { slug, page, pageSize: PAGE_SIZE });
    const deepSitemap = Math.max(1, Math.ceil(ARTICLES / SITEMAP_PAGE_SIZE / 2));
    const cases = [
      ['query.article', 'article by slug', () => run(shared.articlePageQuery, { slug: articleSlug })],
      ['query.front.1', 'front page, page 1', () => run(shared.homePageQuery, { page: 1, pageSize: PAGE_SIZE })],
      ['query.front.200', 'front page, page 200', () => run(shared.homePageQuery, { page: 200, pageSize: PAGE_SIZE })],
      ['query.section.1', 'section, page 1', listing(shared.sectionPageQuery, section, 1)],
      ['query.section.200', 'section, page 200', listing(shared.sectionPageQuery, section, 200)],
      ['query.tag.1', 'tag, page 1', listing(shared.tagPageQuery, tag, 1)],
      ['query.tag.200', 'tag, page 200', listing(shared.tagPageQuery, tag, 200)],
      ['query.author.1', 'author, page 1', listing(shared.authorPageQuery, author, 1)],
      ['query.author.200', 'author, page 200', listing(shared.authorPageQuery, author, 200)],
      [
        'query.search',
        'search "zeppelins" (1 in 1,000)',
        () => run(shared.searchQuery, { terms: ['zeppelins'], page: 1, pageSize: PAGE_SIZE }),
      ],
      [
        'query.search_two_words',
        'search "drought harbour"',
        () => run(shared.searchQuery, { terms: ['drought', 'harbour'], page: 1, pageSize: PAGE_SIZE }),
      ],
      [
        'query.sitemap',
        `sitemap file (page ${deepSitemap} of ${Math.ceil(ARTICLES / SITEMAP_PAGE_SIZE)})`,
        () => run(shared.sitemapQuery, { page: deepSitemap, pageSize: SITEMAP_PAGE_SIZE }),
      ],
    ];
    // Every case answers with what it should before anything is timed.
    const article = (await cases[0][2]()).articles;
    if (article.length !== 1) throw new Error('The article by slug was not found');
    const sectionPage = await cases[4][2]();
    if (sectionPage.articles_connection.nodes.length !== PAGE_SIZE)
      throw new Error(`Section page 200 has ${sectionPage.articles_connection.nodes.length} articles`);
    const found = (await cases[9][2]()).articleSearch.pageInfo.total;
    if (found < Math.floor(ARTICLES / 1000)) throw new Error(`Search found ${found} articles`);

    // Each query twice over: as the CMS answers it between two edits (the answer it kept for the
    // website's token), and as it answers the first time after an edit (the content's version
    // moved before each run, as any write on any CMS instance moves it).
    const { moveContentVersion } = cms.module('src/graphql/response-cache.js');
    const moveVersion = () => moveContentVersion(cms.strapi);
    const time = async (query, before, expected) => {
      const times = [];
      for (let i = 0; i < RUNS; i += 1) {
        await before();
        const t = performance.now();
        await query();
        times.push(performance.now() - t);
        if (lastCache !== expected) throw new Error(`Expected a cache ${expected}, got ${lastCache}`);
      }
      return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
    };
    const figures = { articles: ARTICLES };
    console.log(`\nCMS queries over HTTP at ${ARTICLES} articles (${RUNS} runs each):`);
    console.log(`  ${''.padEnd(36)} ${'kept answer'.padEnd(24)} first after an edit`);
    for (const [key, label, query] of cases) {
      for (let i = 0; i < WARMUP; i += 1) {
        await moveVersion();
        await query();
      }
      const kept = await time(query, async () => {}, 'hit');
      const fresh = await time(query, moveVersion, 'miss');
      figures[`${key}.p50_ms`] = kept.p50;
      figures[`${key}.p95_ms`] = kept.p95;
      figures[`${key}.uncached.p50_ms`] = fresh.p50;
      figures[`${key}.uncached.p95_ms`] = fresh.p95;
      const pair = ({ p50, p95 }) => `p50 ${String(p50).padStart(6)}  p95 ${String(p95).padStart(6)} ms`;
      console.log(`  ${label.padEnd(36)} ${pair(kept)}   ${pair(fresh)}`);
    }
    recordFigures(POSTGRES ? 'scale-postgres' : 'scale', {
      command: `${POSTGRES ? 'BENCH_DATABASE=postgres ' : ''}${ARTICLES === 10_000 ? '' : `BENCH_ARTICLES=${ARTICLES} `}npm run bench:scale`,
      context: { database: POSTGRES ? 'postgres' : 'sqlite', articles: ARTICLES, runs: RUNS, warmup: WARMUP },
      figures,
    });
  } finally {
    await cms.stop();
    if (kept) {
      console.log(`Kept schema ${database.DATABASE_SCHEMA}: BENCH_SCHEMA=${database.DATABASE_SCHEMA} times it again.`);
    } else if (POSTGRES) {
      const { Client } = require('pg');
      const client = new Client({ connectionString: database.DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA "${database.DATABASE_SCHEMA}" CASCADE`);
      await client.end();
    }
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
