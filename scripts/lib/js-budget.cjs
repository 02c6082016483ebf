// Measures the JavaScript a reader's browser downloads for an article page, from a `next build`
// output folder: everything, Next's framework baseline (what its 404 page loads), and our own
// client components' code (the modules under web/ that ship to the browser), all gzipped.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const zlib = require('node:zlib');

const ARTICLE_PAGE = '/articles/[slug]/page';
/** Our own client code on an article page may add at most this much (gzipped). */
const OWN_CODE_BUDGET_BYTES = 5 * 1024;

const gzipSize = (text) => zlib.gzipSync(text, { level: 9 }).length;

function readClientManifest(distDir, page) {
  const file = path.join(distDir, 'server', 'app', `${page}_client-reference-manifest.js`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build the website first (npm run build).`);
  const sandbox = { self: {} };
  sandbox.globalThis = sandbox.self;
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox);
  return sandbox.self.__RSC_MANIFEST[`/${page.replace(/^\//, '')}`];
}

/** Module id → source text of every module a Turbopack chunk defines. */
function chunkModules(source) {
  // Only module chunks register themselves this way; the runtime chunk defines no modules.
  if (!source.startsWith('(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(')) return new Map();
  const sandbox = { TURBOPACK: [] };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(source, sandbox);
  const modules = new Map();
  for (const entry of sandbox.TURBOPACK) {
    if (!Array.isArray(entry)) continue;
    for (let i = 1; i < entry.length - 1; i += 1) {
      if (typeof entry[i] !== 'function' && typeof entry[i + 1] === 'function')
        modules.set(entry[i], String(entry[i + 1]));
    }
  }
  return modules;
}

/** The chunks a page's HTML loads: the framework's root files plus the entries of its segments. */
function pageChunks(distDir, manifest, segments) {
  const build = JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8'));
  const chunks = new Set(build.rootMainFiles);
  for (const [entry, files] of Object.entries(manifest.entryJSFiles)) {
    if (segments.some((segment) => entry.endsWith(segment))) for (const file of files) chunks.add(file);
  }
  return chunks;
}

function measureArticleJs(distDir) {
  const article = readClientManifest(distDir, ARTICLE_PAGE);
  const chunkBytes = (files) =>
    [...files].reduce((sum, file) => sum + gzipSize(fs.readFileSync(path.join(distDir, file))), 0);
  const articleChunks = pageChunks(distDir, article, ['/app/layout', '/app/error', '/app/articles/[slug]/page']);
  const baselineChunks = pageChunks(distDir, article, ['/app/layout', '/app/not-found']);

  // Our modules: client components from web/ itself, not from packages.
  const own = Object.entries(article.clientModules)
    .filter(([key]) => key.startsWith('[project]/web/') && !key.includes('/node_modules/'))
    .map(([key, value]) => ({ name: key.replace('[project]/web/', ''), id: value.id }));
  const sources = new Map();
  for (const file of articleChunks) {
    for (const [id, source] of chunkModules(fs.readFileSync(path.join(distDir, file), 'utf8'))) sources.set(id, source);
  }
  const ownModules = own.map(({ name, id }) => {
    if (!sources.has(id)) throw new Error(`Client module ${name} (${id}) was not found in the article page's chunks.`);
    return { name, bytes: gzipSize(sources.get(id)) };
  });
  const ownBytes = gzipSize(own.map(({ id }) => sources.get(id)).join('\n'));
  return {
    totalBytes: chunkBytes(articleChunks),
    baselineBytes: chunkBytes(baselineChunks),
    aboveBaselineBytes: chunkBytes([...articleChunks].filter((file) => !baselineChunks.has(file))),
    ownModules,
    ownBytes,
    budgetBytes: OWN_CODE_BUDGET_BYTES,
  };
}

module.exports = { measureArticleJs, OWN_CODE_BUDGET_BYTES };
