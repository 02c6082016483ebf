import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { SingleBar } from 'cli-progress';
import { cmsEnv } from '../env';
import { createWebsiteNotifier } from '../revalidation/website-notifier';
import { parseMarkdown } from './formats/markdown';
import { parsePlainText } from './formats/plain-text';
import { parseWxr } from './formats/wxr';
import type { ParsedSource, SourceArticle, SourceNotice } from './source-article';
import { settleAfterImport, writeArticles, type ItemReport } from './writer';

const SOURCE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.xml', '.wxr']);

export type ImportCommand = { source: string; publish: boolean; dryRun: boolean };
export type ImportSummary = {
  created: number;
  updated: number;
  skipped: number;
  refused: number;
  lines: string[];
  /** True when something could not be imported: the command exits non-zero. */
  failed: boolean;
};

/** Which reader a file needs, from what it holds rather than its name. */
export function detectFormat(text: string): 'wxr' | 'markdown' | 'plain-text' {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<?xml') || /<rss[\s>]/.test(start.slice(0, 2000))) return 'wxr';
  if (/^---\r?\n/.test(start)) return 'markdown';
  return 'plain-text';
}

/** Reads one source file into articles and notices; a file it cannot read is refused, never thrown. */
export function parseSource(text: string, file: string, root: string): ParsedSource {
  const relative = path.relative(root, file) || path.basename(file);
  const sourceId = `file:${relative.split(path.sep).join('/')}`;
  const format = detectFormat(text);
  const parsed =
    format === 'wxr'
      ? parseWxr(text, relative)
      : format === 'markdown'
        ? parseMarkdown(text, relative, sourceId)
        : parsePlainText(text, relative, sourceId);
  // Pictures named by a path are found beside the file that names them.
  const beside = (where: string) =>
    /^[a-z]+:\/\//i.test(where) || path.isAbsolute(where) ? where : path.resolve(path.dirname(file), where);
  const articles: SourceArticle[] = parsed.articles.map((article) => ({
    ...article,
    hero: article.hero?.path ? { ...article.hero, path: beside(article.hero.path) } : article.hero,
    body: article.body.map((block) =>
      block.type === 'image' ? { ...block, image: { ...block.image, url: beside(block.image.url) } } : block,
    ),
  }));
  return { ...parsed, articles };
}

async function sourceFiles(source: string): Promise<{ files: string[]; root: string }> {
  const stat = await fs.stat(source);
  if (!stat.isDirectory()) return { files: [source], root: path.dirname(source) };
  const walk = async (dir: string): Promise<string[]> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    const nested = await Promise.all(
      entries
        .filter((entry) => !entry.name.startsWith('.'))
        .map((entry) => {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) return walk(full);
          return Promise.resolve(SOURCE_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) ? [full] : []);
        }),
    );
    return nested.flat().sort();
  };
  return { files: await walk(source), root: source };
}

const where = (notice: SourceNotice) => `${notice.origin}${notice.line ? ` (line ${notice.line})` : ''}`;

/**
 * `npm run import`: reads a file or a folder (plain-text article pages, Markdown with front
 * matter, WordPress exports), writes what it finds, reports every item, and tells the website
 * once at the end. Returns the report; the caller prints it and sets the exit code.
 */
export async function runImport(
  strapi: Core.Strapi,
  command: ImportCommand,
  print: (line: string) => void = (line) => console.log(line),
): Promise<ImportSummary> {
  const summary: ImportSummary = { created: 0, updated: 0, skipped: 0, refused: 0, lines: [], failed: false };
  const say = (line: string) => {
    summary.lines.push(line);
    print(line);
  };
  const { files, root } = await sourceFiles(command.source);
  const articles: SourceArticle[] = [];
  for (const file of files) {
    const parsed = parseSource(await fs.readFile(file, 'utf8'), file, root);
    articles.push(...parsed.articles);
    for (const notice of parsed.skipped) {
      summary.skipped += 1;
      say(`skipped  ${where(notice)}: ${notice.reason}`);
    }
    for (const notice of parsed.refused) {
      summary.refused += 1;
      say(`refused  ${where(notice)}: ${notice.reason}`);
    }
    for (const notice of parsed.warnings) say(`note     ${where(notice)}: ${notice.reason}`);
  }

  const bar =
    articles.length > 1 && process.stderr.isTTY
      ? new SingleBar({ format: 'Importing {bar} {value}/{total} articles', stream: process.stderr, hideCursor: true })
      : null;
  bar?.start(articles.length, 0);
  let reports: ItemReport[];
  try {
    reports = await writeArticles(strapi, articles, {
      publish: command.publish,
      dryRun: command.dryRun,
      progress: (done) => bar?.update(done),
    });
  } finally {
    bar?.stop();
  }
  for (const report of reports) {
    summary[report.outcome] += 1;
    say(`${report.outcome.padEnd(8)} ${report.origin}: ${report.detail}`);
  }
  summary.failed = summary.refused > 0;

  const written = summary.created + summary.updated;
  if (!command.dryRun && written > 0) await settleAfterImport(strapi);
  const website = cmsEnv().website;
  if (!command.dryRun && written > 0 && website) {
    // One announcement for the whole import: every page that lists or shows articles is expired.
    await createWebsiteNotifier(website, strapi.log).notify({ type: 'article', action: 'import' });
  }
  say(
    `${command.dryRun ? 'Dry run, nothing written: ' : ''}${summary.created} created, ${summary.updated} updated, ` +
      `${summary.skipped} skipped, ${summary.refused} refused.`,
  );
  return summary;
}
