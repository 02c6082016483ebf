#!/usr/bin/env node
// `npm run import -- <file or folder> [--publish] [--dry-run]`: brings articles in from plain-text
// article pages, Markdown with front matter and WordPress exports (see README, "Importing").
// Exit code 0 when every item was imported or skipped on purpose, 1 when something was refused,
// 2 on a usage mistake.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadCms } from './lib/cms-in-process.mjs';

const USAGE = 'Usage: npm run import -- <file or folder> [--publish] [--dry-run]';
const FLAGS = new Set(['--publish', '--dry-run']);

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg.startsWith('-') && !FLAGS.has(arg));
  const sources = args.filter((arg) => !arg.startsWith('-'));
  if (unknown.length > 0 || sources.length !== 1) {
    console.error(unknown.length > 0 ? `Unknown option ${unknown.join(', ')}.\n${USAGE}` : USAGE);
    return 2;
  }
  const source = path.resolve(process.env.INIT_CWD ?? process.cwd(), sources[0]);
  if (!existsSync(source)) {
    console.error(`${sources[0]}: no such file or folder.`);
    return 2;
  }
  const cms = await loadCms();
  try {
    const { runImport } = cms.module('src/import/run.js');
    const summary = await runImport(cms.strapi, {
      source,
      publish: args.includes('--publish'),
      dryRun: args.includes('--dry-run'),
    });
    return summary.failed ? 1 : 0;
  } finally {
    await cms.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`The import stopped: ${error.message}`);
    process.exit(1);
  },
);
