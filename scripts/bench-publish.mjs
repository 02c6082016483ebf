#!/usr/bin/env node
// `npm run bench:publish`: how long after Strapi's API returns does a reader see the change?
// Starts the production builds (CMS on a temp SQLite database, website), edits and republishes one
// article N times through the REST API, and after each call polls the article page and the front
// page until they show the new dek. Prints p50/p95/max; the last line is machine-readable.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const servers = require('../tests/e2e/servers.cjs');
const { CmsApi } = require('../tests/e2e/cms-api.cjs');
const { buildForTests } = require('../tests/e2e/build.cjs');

const RUNS = Number(process.env.BENCH_RUNS || 20);
const GIVE_UP_MS = 10_000;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const summary = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) });
const round = (n) => Math.round(n);

/** Polls `url` from `start` until its body contains `marker`; returns ms elapsed and requests made. */
async function timeUntilShown(url, marker, start) {
  let requests = 0;
  while (performance.now() - start < GIVE_UP_MS) {
    requests += 1;
    const body = await (await fetch(url)).text();
    if (body.includes(marker)) return { ms: performance.now() - start, requests };
  }
  throw new Error(`${url} never showed "${marker}" within ${GIVE_UP_MS} ms`);
}

async function main() {
  if (!process.argv.includes('--no-build')) buildForTests();
  const settings = servers.createCmsSettings();
  const cms = await servers.startCms(settings);
  const web = await servers.startWeb(settings);
  try {
    const api = await CmsApi.connect(servers.cmsUrl, settings.adminEmail, settings.adminPassword);
    const author = await api.findAuthor('amara-okafor');
    const slug = 'benchmark-publish-to-live';
    const documentId = await api.publishArticle({
      title: 'Benchmark: publish to live',
      slug,
      dek: 'Initial dek.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: '“Measured, not guessed,” the desk said.' }] }],
      author: author.documentId,
    });
    const articleUrl = `${servers.webUrl}/articles/${slug}`;
    const homeUrl = `${servers.webUrl}/`;
    await fetch(articleUrl);
    await fetch(homeUrl);

    const article = [];
    const home = [];
    const live = [];
    let firstRequestFresh = 0;
    for (let run = 1; run <= RUNS; run += 1) {
      const marker = `Revision ${run} of the benchmark dek, ${Date.now().toString(36)}.`;
      // Cache both pages with the previous version, so each run measures a real revalidation.
      await fetch(articleUrl);
      await fetch(homeUrl);
      await api.updateAndPublishArticle(documentId, { dek: marker });
      const start = performance.now();
      const [a, h] = await Promise.all([
        timeUntilShown(articleUrl, marker, start),
        timeUntilShown(homeUrl, marker, start),
      ]);
      article.push(a.ms);
      home.push(h.ms);
      live.push(Math.max(a.ms, h.ms));
      if (a.requests === 1 && h.requests === 1) firstRequestFresh += 1;
    }

    const a = summary(article);
    const h = summary(home);
    const l = summary(live);
    console.log(
      `\nPublish-to-live over ${RUNS} publishes (ms from the API call returning to the page showing the change)`,
    );
    console.log(`  article page  p50=${round(a.p50)} p95=${round(a.p95)} max=${round(a.max)}`);
    console.log(`  front page    p50=${round(h.p50)} p95=${round(h.p95)} max=${round(h.max)}`);
    console.log(`  runs where the very first request of both pages was already fresh: ${firstRequestFresh}/${RUNS}`);
    console.log(`publish-to-live p50_ms=${round(l.p50)} p95_ms=${round(l.p95)} max_ms=${round(l.max)} runs=${RUNS}`);
  } finally {
    await servers.stop(web);
    await servers.stop(cms);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
