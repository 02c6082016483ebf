#!/usr/bin/env node
// `npm run bench:proxy`: the reader's side at load, in one run on this machine.
// Starts the production CMS (temp SQLite) and website, Debian's Varnish in front of it
// (deploy/varnish/newsroom.vcl), and a raw Node server that answers every request with the same
// bytes as the article page. Then, with autocannon (pinned in package.json):
//   1. the cached article page at 50 connections: raw, through Varnish, directly from Next
//      (req/s, p50, p99; ratios to raw from this run);
//   2. publish → live, directly and through Varnish (p50/p95 over BENCH_RUNS publishes);
//   3. 200 connections for LOAD_SECONDS on cached pages, directly and through Varnish: errors and
//      the website's and CMS's memory (RSS) before and after.
// Records every figure in bench-results.json (scripts/lib/bench-results.cjs).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const servers = require('../tests/e2e/servers.cjs');
const { CmsApi } = require('../tests/e2e/cms-api.cjs');
const { buildForTests } = require('../tests/e2e/build.cjs');
const { startVarnish } = require('../tests/e2e/varnish.cjs');
const { recordFigures } = require('./lib/bench-results.cjs');

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS || 60);
const RUNS = Number(process.env.BENCH_RUNS || 20);
const PROXY_PORT = 46091;
const RAW_PORT = 46092;
const SLUG = 'tamsa-ceasefire-security-arrangements';
const GIVE_UP_MS = 10_000;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (n, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Resident memory of a process and everything it started, in MB. */
function rssMb(pid) {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const family = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, parent] of table) {
      if (family.has(parent) && !family.has(child)) {
        family.add(child);
        grew = true;
      }
    }
  }
  const kb = table.filter(([p]) => family.has(p)).reduce((sum, [, , rss]) => sum + rss, 0);
  return round(kb / 1024, 1);
}

function cannon(url, { connections, seconds }) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, pipelining: 1 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/** A Node server answering every request with `file`'s bytes, in its own process (as Next is). */
async function startRawServer(file) {
  const code = `
    const fs = require('node:fs');
    const body = fs.readFileSync(${JSON.stringify(file)});
    require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
      res.end(body);
    }).listen(${RAW_PORT}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(`http://127.0.0.1:${RAW_PORT}/`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('The raw server did not start');
}

async function timeUntilShown(url, marker, start) {
  while (performance.now() - start < GIVE_UP_MS) {
    const body = await (await fetch(url)).text();
    if (body.includes(marker)) return performance.now() - start;
  }
  throw new Error(`${url} never showed "${marker}" within ${GIVE_UP_MS} ms`);
}

async function main() {
  if (!process.argv.includes('--no-build')) buildForTests();
  const settings = servers.createCmsSettings();
  const purgeSecret = randomBytes(24).toString('base64url');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-proxy-'));
  const cms = await servers.startCms(settings);
  const proxy = await startVarnish({ port: PROXY_PORT, backendPort: servers.WEB_PORT, purgeSecret });
  const web = await servers.startWeb(settings, {
    env: { PROXY_PURGE_URLS: proxy.url, PROXY_PURGE_SECRET: purgeSecret },
  });
  await proxy.backendHealthy();
  let raw;
  const figures = {};
  try {
    const pagePath = `/articles/${SLUG}`;
    const direct = `${servers.webUrl}${pagePath}`;
    const viaProxy = `${proxy.url}${pagePath}`;
    // Cached in Next and in Varnish before anything is measured.
    for (const url of [direct, viaProxy, direct, viaProxy]) await fetch(url);
    const bytes = Buffer.from(await (await fetch(direct)).arrayBuffer());
    fs.writeFileSync(path.join(tmp, 'page.html'), bytes);
    raw = await startRawServer(path.join(tmp, 'page.html'));
    figures['page.bytes'] = bytes.length;

    console.log(`Article page (${bytes.length} bytes), 50 connections × ${SECONDS} s each, alternated:`);
    const targets = [
      ['raw', `http://127.0.0.1:${RAW_PORT}${pagePath}`],
      ['proxy', viaProxy],
      ['direct', direct],
    ];
    for (const [name, url] of targets) {
      await cannon(url, { connections: 50, seconds: 2 }); // warm-up, not counted
      const result = await cannon(url, { connections: 50, seconds: SECONDS });
      const failed = result.errors + result.non2xx + result.timeouts;
      if (failed > 0) throw new Error(`${name}: ${failed} failed requests at 50 connections`);
      figures[`page.${name}.rps`] = round(result.requests.average);
      figures[`page.${name}.p50_ms`] = result.latency.p50;
      figures[`page.${name}.p99_ms`] = result.latency.p99;
      console.log(
        `  ${name.padEnd(7)} ${String(round(result.requests.average)).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms`,
      );
    }
    figures['page.proxy.ratio'] = round(figures['page.proxy.rps'] / figures['page.raw.rps'], 2);
    figures['page.direct.ratio'] = round(figures['page.direct.rps'] / figures['page.raw.rps'], 2);
    console.log(
      `  through Varnish ÷ raw = ${figures['page.proxy.ratio']}×; Next directly ÷ raw = ${figures['page.direct.ratio']}×`,
    );

    // Publish → live.
    const api = await CmsApi.connect(servers.cmsUrl, settings.adminEmail, settings.adminPassword);
    const author = await api.findAuthor('amara-okafor');
    const slug = 'benchmark-publish-through-the-proxy';
    const documentId = await api.publishArticle({
      title: 'Benchmark: publish to live',
      slug,
      dek: 'Initial dek.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: '“Measured, not guessed,” the desk said.' }] }],
      author: author.documentId,
    });
    const livePaths = [`/articles/${slug}`, '/'];
    const directTimes = [];
    const proxyTimes = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const marker = `Revision ${run} of the benchmark dek, ${Date.now().toString(36)}.`;
      for (const p of livePaths) {
        await fetch(`${servers.webUrl}${p}`);
        await fetch(`${proxy.url}${p}`);
        await fetch(`${proxy.url}${p}`);
      }
      await api.updateAndPublishArticle(documentId, { dek: marker });
      const start = performance.now();
      const [d1, d2, p1, p2] = await Promise.all([
        ...livePaths.map((p) => timeUntilShown(`${servers.webUrl}${p}`, marker, start)),
        ...livePaths.map((p) => timeUntilShown(`${proxy.url}${p}`, marker, start)),
      ]);
      directTimes.push(Math.max(d1, d2));
      proxyTimes.push(Math.max(p1, p2));
    }
    figures['publish.direct.p50_ms'] = round(percentile(directTimes, 50));
    figures['publish.direct.p95_ms'] = round(percentile(directTimes, 95));
    figures['publish.proxy.p50_ms'] = round(percentile(proxyTimes, 50));
    figures['publish.proxy.p95_ms'] = round(percentile(proxyTimes, 95));
    console.log(
      `Publish → live over ${RUNS} publishes (article and front page): directly p50 ${figures['publish.direct.p50_ms']} ms p95 ${figures['publish.direct.p95_ms']} ms; through Varnish p50 ${figures['publish.proxy.p50_ms']} ms p95 ${figures['publish.proxy.p95_ms']} ms`,
    );

    // 200 connections on cached pages.
    for (const url of [direct, viaProxy]) await fetch(url);
    figures['load.web_rss_before_mb'] = rssMb(web.pid);
    figures['load.cms_rss_before_mb'] = rssMb(cms.pid);
    for (const [name, url] of [
      ['direct', direct],
      ['proxy', viaProxy],
    ]) {
      const result = await cannon(url, { connections: 200, seconds: LOAD_SECONDS });
      figures[`load.${name}.requests`] = result.requests.total;
      figures[`load.${name}.errors`] = result.errors + result.non2xx + result.timeouts;
      console.log(
        `200 connections × ${LOAD_SECONDS} s ${name}: ${result.requests.total} requests, ${figures[`load.${name}.errors`]} errors/non-2xx, p99 ${result.latency.p99} ms`,
      );
    }
    figures['load.web_rss_after_mb'] = rssMb(web.pid);
    figures['load.cms_rss_after_mb'] = rssMb(cms.pid);
    console.log(
      `RSS before → after: website ${figures['load.web_rss_before_mb']} → ${figures['load.web_rss_after_mb']} MB, CMS ${figures['load.cms_rss_before_mb']} → ${figures['load.cms_rss_after_mb']} MB`,
    );

    recordFigures('proxy', {
      command: 'npm run bench:proxy',
      context: {
        autocannon: require('autocannon/package.json').version,
        'seconds per target': SECONDS,
        'load seconds': LOAD_SECONDS,
        publishes: RUNS,
      },
      figures,
    });
  } finally {
    if (raw) {
      try {
        process.kill(-raw.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
    await servers.stop(web);
    await servers.stop(cms);
    await proxy.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
