#!/usr/bin/env node
// `npm run restore -- <file>`: replaces everything in the CMS's database (and media) with a backup
// made by `npm run backup`, decrypted with BACKUP_ENCRYPTION_KEY, then tells the website that
// everything changed. Stop the CMS first: Strapi's import replaces its tables.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { backupKey } from './lib/backup-key.mjs';
import { removeNewLogs, transferLogs } from './lib/transfer-logs.mjs';
import { cmsDir, loadCms, prepareCms, root } from './lib/cms-in-process.mjs';

const strapiBin = path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

async function main() {
  const { key, problem } = backupKey();
  if (problem) {
    console.error(problem);
    return 2;
  }
  if (!process.argv[2]) {
    console.error('Usage: npm run restore -- <backup file (.tar.gz.enc)>');
    return 2;
  }
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]);
  if (!existsSync(file)) {
    console.error(`${process.argv[2]}: no such file.`);
    return 2;
  }
  // Compiles the CMS if needed, and creates cms/.env on a new machine, before Strapi's import runs.
  prepareCms();
  const logs = transferLogs(cmsDir);
  const restored = spawnSync(process.execPath, [strapiBin, 'import', '-f', file, '--key', key, '--force'], {
    cwd: cmsDir,
    encoding: 'utf8',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  const output = `${restored.stdout}${restored.stderr}`;
  process.stdout.write(restored.stdout);
  if (restored.status !== 0 || /\[FATAL\]|Import process failed/.test(output)) {
    console.error(
      /Key is incorrect|not a valid Strapi data file/.test(output)
        ? `The backup could not be opened: BACKUP_ENCRYPTION_KEY is not the key it was made with, or ${process.argv[2]} is not a Newsroom backup. Nothing was changed.`
        : `The restore failed: ${
            output
              .split('\n')
              .filter((line) => /error|fatal/i.test(line))
              .join('\n') || 'see above'
          }`,
    );
    return 1;
  }
  removeNewLogs(cmsDir, logs);
  const cms = await loadCms();
  try {
    const versions = await cms.module('src/history/backup.js').restoreStagedHistory(cms.strapi);
    await cms.module('src/history/backup.js').announceRestore(cms.strapi);
    console.log(`Restored from ${file} (${versions} article versions of history).`);
  } finally {
    await cms.stop();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`The restore failed: ${error.message}`);
    process.exit(1);
  },
);
