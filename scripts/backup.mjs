#!/usr/bin/env node
// `npm run backup -- [file]`: everything the publication holds in one encrypted file — every
// article (draft and published), author, section, tag, site settings, media library records and
// the pictures themselves, admin views and roles, and the article history — made with Strapi's
// own `strapi export`, encrypted with BACKUP_ENCRYPTION_KEY. Without a file name it writes
// backups/newsroom-<date>-<time>.tar.gz.enc. Restore with `npm run restore -- <file>`.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { backupKey } from './lib/backup-key.mjs';
import { removeNewLogs, transferLogs } from './lib/transfer-logs.mjs';
import { cmsDir, loadCms, root } from './lib/cms-in-process.mjs';

const strapiBin = path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

async function withCms(work) {
  const cms = await loadCms();
  try {
    return await work(cms);
  } finally {
    await cms.stop();
  }
}

async function main() {
  const { key, problem } = backupKey();
  if (problem) {
    console.error(problem);
    return 2;
  }
  const stamp = new Date().toISOString().replace(/[:T]/g, '-').slice(0, 19);
  const requested = process.argv[2] ?? path.join(root, 'backups', `newsroom-${stamp}`);
  const base = path.resolve(process.env.INIT_CWD ?? process.cwd(), requested).replace(/\.tar\.gz\.enc$/, '');
  mkdirSync(path.dirname(base), { recursive: true });

  // The history lives in its own table, which Strapi's export does not know: it travels in the
  // core store for the length of the export.
  const versions = await withCms(async (cms) => cms.module('src/history/backup.js').stageHistoryForBackup(cms.strapi));
  console.log(`Backing up (${versions} article versions of history included)…`);
  const logs = transferLogs(cmsDir);
  const exported = spawnSync(process.execPath, [strapiBin, 'export', '-f', base, '--key', key], {
    cwd: cmsDir,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  await withCms(async (cms) => cms.module('src/history/backup.js').clearStagedHistory(cms.strapi));
  if (exported.status === 0) removeNewLogs(cmsDir, logs);
  if (exported.status !== 0) {
    console.error('The backup failed: see the messages above.');
    return 1;
  }
  console.log(`\nBackup written to ${base}.tar.gz.enc (encrypted with ${'BACKUP_ENCRYPTION_KEY'}).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`The backup failed: ${error.message}`);
    process.exit(1);
  },
);
