// The published benchmarks: every bench script records what it measured here (bench-results.json,
// with the command and time of the run), and `npm run bench:report` renders BENCHMARKS.md from that
// file alone. The report has no numbers of its own: a row whose figure no run recorded says "not
// measured", and a figure without the run that measured it is refused.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const RESULTS_FILE = path.join(root, 'bench-results.json');
const REPORT_FILE = path.join(root, 'BENCHMARKS.md');

const version = (command, args) => {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.status !== 0) return null;
  return `${run.stdout}${run.stderr}`.split('\n')[0].trim() || null;
};

/** The machine a run measured on, as it reports itself. */
function describeMachine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    varnish: version('/usr/sbin/varnishd', ['-V']),
    chromium: version('chromium', ['--version']),
  };
}

function readResults(file = RESULTS_FILE) {
  if (!fs.existsSync(file)) return { benches: {} };
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Records one bench run's figures (replacing that bench's previous run). `figures` maps a figure's
 * key to the number measured; `context` says what was measured on (database, articles…).
 */
function recordFigures(bench, { command, figures, context = {} }, file = RESULTS_FILE) {
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`${bench}: figure ${key} is ${JSON.stringify(value)}, not a measured number`);
    }
  }
  const results = readResults(file);
  results.benches[bench] = {
    command,
    measuredAt: new Date().toISOString(),
    machine: describeMachine(),
    context,
    figures,
  };
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

/** One table row: a figure by key, how to show it, and the target it answers for. */
const row = (section, label, bench, key, unit, target) => ({ section, label, bench, key, unit, target });
const atLeast = (n) => ({ text: `≥ ${n}`, met: (v) => v >= n });
const atMost = (n) => ({ text: `≤ ${n}`, met: (v) => v <= n });
const below = (n) => ({ text: `< ${n}`, met: (v) => v < n });
const exactly = (n) => ({ text: `${n}`, met: (v) => v === n });

/**
 * The CMS queries of `npm run bench:scale`, for one database: each as the CMS answers it between
 * edits (the answer it keeps for the website) and first after an edit, both against the target.
 */
const SCALE_QUERIES = [
  ['Article by slug', 'query.article', atMost(10)],
  ['Front page, page 1', 'query.front.1', atMost(20)],
  ['Front page, page 200', 'query.front.200', atMost(20)],
  ['Section, page 1', 'query.section.1', atMost(20)],
  ['Section, page 200', 'query.section.200', atMost(20)],
  ['Tag, page 1', 'query.tag.1', atMost(20)],
  ['Tag, page 200', 'query.tag.200', atMost(20)],
  ['Author, page 1', 'query.author.1', atMost(20)],
  ['Author, page 200', 'query.author.200', atMost(20)],
  ['Search, one word', 'query.search', atMost(30)],
  ['Search, two words', 'query.search_two_words', atMost(30)],
  ['Sitemap file', 'query.sitemap', atMost(50)],
];
const scaleRows = (section, bench) => [
  ...SCALE_QUERIES.flatMap(([label, key, target]) => [
    row(section, `${label}: kept answer`, bench, `${key}.p95_ms`, 'ms', target),
    row(section, `${label}: first after an edit`, bench, `${key}.uncached.p95_ms`, 'ms', target),
  ]),
  row(section, 'Articles in the archive', bench, 'articles', ''),
];

const ROWS = [
  row('Article page, 50 connections', 'Raw Node server, same bytes: req/s', 'proxy', 'page.raw.rps', 'req/s'),
  row('Article page, 50 connections', 'Raw Node server: p99', 'proxy', 'page.raw.p99_ms', 'ms'),
  row('Article page, 50 connections', 'Through Varnish: req/s', 'proxy', 'page.proxy.rps', 'req/s'),
  row('Article page, 50 connections', 'Through Varnish: p50', 'proxy', 'page.proxy.p50_ms', 'ms'),
  row('Article page, 50 connections', 'Through Varnish: p99', 'proxy', 'page.proxy.p99_ms', 'ms', below(50)),
  row('Article page, 50 connections', 'Through Varnish ÷ raw', 'proxy', 'page.proxy.ratio', '×', atLeast(0.5)),
  row('Article page, 50 connections', 'Next directly: req/s', 'proxy', 'page.direct.rps', 'req/s'),
  row('Article page, 50 connections', 'Next directly: p50', 'proxy', 'page.direct.p50_ms', 'ms'),
  row('Article page, 50 connections', 'Next directly: p99', 'proxy', 'page.direct.p99_ms', 'ms'),
  row('Article page, 50 connections', 'Next directly ÷ raw', 'proxy', 'page.direct.ratio', '×'),
  row('Article page, 50 connections', 'Page size', 'proxy', 'page.bytes', 'bytes'),
  row('Publish → live', 'Directly: p50', 'proxy', 'publish.direct.p50_ms', 'ms'),
  row('Publish → live', 'Directly: p95', 'proxy', 'publish.direct.p95_ms', 'ms', below(1000)),
  row('Publish → live', 'Through Varnish: p50', 'proxy', 'publish.proxy.p50_ms', 'ms'),
  row('Publish → live', 'Through Varnish: p95', 'proxy', 'publish.proxy.p95_ms', 'ms', below(1000)),
  row('Load, 200 connections', 'Directly: requests', 'proxy', 'load.direct.requests', ''),
  row('Load, 200 connections', 'Directly: errors + non-2xx', 'proxy', 'load.direct.errors', '', exactly(0)),
  row('Load, 200 connections', 'Through Varnish: requests', 'proxy', 'load.proxy.requests', ''),
  row('Load, 200 connections', 'Through Varnish: errors + non-2xx', 'proxy', 'load.proxy.errors', '', exactly(0)),
  row('Load, 200 connections', 'Website RSS before', 'proxy', 'load.web_rss_before_mb', 'MB'),
  row('Load, 200 connections', 'Website RSS after', 'proxy', 'load.web_rss_after_mb', 'MB'),
  row('Load, 200 connections', 'CMS RSS before', 'proxy', 'load.cms_rss_before_mb', 'MB'),
  row('Load, 200 connections', 'CMS RSS after', 'proxy', 'load.cms_rss_after_mb', 'MB'),
  ...scaleRows('CMS queries at N articles, SQLite (p95)', 'scale'),
  ...scaleRows('CMS queries at N articles, PostgreSQL (p95)', 'scale-postgres'),
  row('Article page JavaScript (gzip)', 'Everything', 'js', 'js.total_kb', 'kB'),
  row('Article page JavaScript (gzip)', "Next's baseline", 'js', 'js.baseline_kb', 'kB'),
  row('Article page JavaScript (gzip)', 'Our own client code', 'js', 'js.own_kb', 'kB', atMost(5)),
  row(
    'Lighthouse (mobile, median of runs)',
    'Article: performance',
    'lighthouse',
    'article.performance',
    '',
    atLeast(97),
  ),
  row(
    'Lighthouse (mobile, median of runs)',
    'Article: accessibility',
    'lighthouse',
    'article.accessibility',
    '',
    exactly(100),
  ),
  row(
    'Lighthouse (mobile, median of runs)',
    'Article: best practices',
    'lighthouse',
    'article.best-practices',
    '',
    exactly(100),
  ),
  row('Lighthouse (mobile, median of runs)', 'Article: SEO', 'lighthouse', 'article.seo', '', exactly(100)),
  row('Lighthouse (mobile, median of runs)', 'Front: performance', 'lighthouse', 'front.performance', '', atLeast(97)),
  row(
    'Lighthouse (mobile, median of runs)',
    'Front: accessibility',
    'lighthouse',
    'front.accessibility',
    '',
    exactly(100),
  ),
  row(
    'Lighthouse (mobile, median of runs)',
    'Front: best practices',
    'lighthouse',
    'front.best-practices',
    '',
    exactly(100),
  ),
  row('Lighthouse (mobile, median of runs)', 'Front: SEO', 'lighthouse', 'front.seo', '', exactly(100)),
  row(
    'Lighthouse (mobile, median of runs)',
    'Section: performance',
    'lighthouse',
    'section.performance',
    '',
    atLeast(97),
  ),
  row(
    'Lighthouse (mobile, median of runs)',
    'Section: accessibility',
    'lighthouse',
    'section.accessibility',
    '',
    exactly(100),
  ),
  row(
    'Lighthouse (mobile, median of runs)',
    'Section: best practices',
    'lighthouse',
    'section.best-practices',
    '',
    exactly(100),
  ),
  row('Lighthouse (mobile, median of runs)', 'Section: SEO', 'lighthouse', 'section.seo', '', exactly(100)),
  row('Import', 'Articles per second', 'import', 'import.articles_per_s', '/s', atLeast(100)),
];

const format = (value) =>
  Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * The figure `key` of `bench`, or null when no run measured it. Throws on a figure that has no run
 * behind it (no command or time) or is not a number: such a figure is never printed.
 */
function measuredFigure(results, bench, key) {
  const run = results.benches?.[bench];
  if (!run || !(key in (run.figures ?? {}))) return null;
  if (typeof run.command !== 'string' || !run.command || Number.isNaN(Date.parse(run.measuredAt))) {
    throw new Error(`Refusing to print ${bench}/${key}: no run is recorded as having measured it`);
  }
  const value = run.figures[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`Refusing to print ${bench}/${key}: ${JSON.stringify(value)} is not a measured number`);
  }
  return value;
}

/** BENCHMARKS.md, from recorded runs only. */
function renderReport(results, rows = ROWS) {
  const lines = ['# Benchmarks', ''];
  lines.push('Written by `npm run bench` from `bench-results.json`. Nothing here is typed in by hand: a figure');
  lines.push('no run recorded reads "not measured". Ratios compare figures from the same run.', '');
  const runs = Object.entries(results.benches ?? {});
  const machine = runs[0]?.[1].machine;
  if (machine) {
    lines.push('## Machine', '');
    lines.push(`${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}.`);
    if (machine.varnish) lines.push(`Proxy: ${machine.varnish}. Browser: ${machine.chromium ?? 'none'}.`);
    lines.push('');
  }
  lines.push(
    '## Runs',
    '',
    'Each run names the processor it ran on: runs recorded on different days may have had different hosts.',
    '',
    '| Bench | Command | Measured at | Processor | On |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const [name, run] of runs) {
    const on = Object.entries(run.context ?? {})
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
    lines.push(`| ${name} | \`${run.command}\` | ${run.measuredAt} | ${run.machine?.cpu ?? 'unknown'} | ${on} |`);
  }
  lines.push('');
  let section = null;
  let unmet = 0;
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      lines.push(`## ${section}`, '', '| Figure | Value | Target | Met |', '| --- | ---: | --- | --- |');
    }
    const value = measuredFigure(results, r.bench, r.key);
    const shown = value === null ? 'not measured' : `${format(value)}${r.unit ? ` ${r.unit}` : ''}`;
    const met = value === null || !r.target ? '' : r.target.met(value) ? 'yes' : 'no';
    if (met === 'no') unmet += 1;
    lines.push(`| ${r.label} | ${shown} | ${r.target?.text ?? ''} | ${met} |`);
    const next = rows[rows.indexOf(r) + 1];
    if (!next || next.section !== section) lines.push('');
  }
  lines.push(`Targets not met in these runs: ${unmet}.`, '');
  return { markdown: lines.join('\n'), unmet };
}

module.exports = {
  root,
  RESULTS_FILE,
  REPORT_FILE,
  ROWS,
  describeMachine,
  readResults,
  recordFigures,
  measuredFigure,
  renderReport,
};
