#!/usr/bin/env node
// `npm run bench:lighthouse`: Lighthouse (pinned at 12.2.3 in package.json) on Debian's Chromium,
// mobile defaults, on the article, front and section pages of the production website (CMS on a
// temp SQLite database with the demo content). Each page is measured LIGHTHOUSE_RUNS times (default
// 3) and the median of each category is recorded in bench-results.json. Scores swing with CPU load:
// run it on a quiet machine.
import { createRequire } from 'node:module';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const require = createRequire(import.meta.url);
const servers = require('../tests/e2e/servers.cjs');
const { buildForTests } = require('../tests/e2e/build.cjs');
const { chromiumPath } = require('../tests/e2e/browser.cjs');
const { recordFigures } = require('./lib/bench-results.cjs');

const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PAGES = {
  article: '/articles/tamsa-ceasefire-security-arrangements',
  front: '/',
  section: '/sections/politics',
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!process.argv.includes('--no-build')) buildForTests();
  const settings = servers.createCmsSettings();
  const cms = await servers.startCms(settings);
  const web = await servers.startWeb(settings);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const figures = {};
  try {
    for (const [name, pagePath] of Object.entries(PAGES)) {
      const url = `${servers.webUrl}${pagePath}`;
      const page = await fetch(url);
      if (page.status !== 200) throw new Error(`${url} answered ${page.status}`);
      await fetch(url); // cached, as readers get it
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const lcp = [];
      const tbt = [];
      for (let run = 0; run < RUNS; run += 1) {
        const { lhr } = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        for (const c of CATEGORIES) scores[c].push(Math.round((lhr.categories[c].score ?? 0) * 100));
        lcp.push(lhr.audits['largest-contentful-paint'].numericValue);
        tbt.push(lhr.audits['total-blocking-time'].numericValue);
        const failing = Object.values(lhr.audits)
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
          .map((audit) => audit.id);
        if (failing.length > 0) console.log(`  ${name} run ${run + 1}: failing audits: ${failing.join(', ')}`);
      }
      for (const c of CATEGORIES) figures[`${name}.${c}`] = median(scores[c]);
      figures[`${name}.lcp_ms`] = Math.round(median(lcp));
      figures[`${name}.tbt_ms`] = Math.round(median(tbt));
      console.log(
        `${name.padEnd(8)} ${CATEGORIES.map((c) => `${c} ${figures[`${name}.${c}`]}`).join('  ')}  LCP ${figures[`${name}.lcp_ms`]} ms  TBT ${figures[`${name}.tbt_ms`]} ms  (median of ${RUNS})`,
      );
    }
    recordFigures('lighthouse', {
      command: 'npm run bench:lighthouse',
      context: {
        lighthouse: require('lighthouse/package.json').version,
        runs: RUNS,
        form: 'mobile (Lighthouse defaults)',
      },
      figures,
    });
  } finally {
    await chrome.kill();
    await servers.stop(web);
    await servers.stop(cms);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
