// Decides whether an app needs rebuilding: a hash of its sources' paths, sizes and mtimes,
// compared with the one saved after its last successful build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.next', '.tmp', '.strapi', 'build', 'uploads', '.cache']);

function collect(entry, files) {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    for (const name of readdirSync(entry).sort()) if (!SKIP.has(name)) collect(path.join(entry, name), files);
  } else {
    files.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

export function sourceHash(entries) {
  const files = [];
  for (const entry of entries) collect(entry, files);
  return createHash('sha256').update(files.join('\n')).digest('hex');
}

export function isUpToDate(stampFile, hash, output) {
  return existsSync(output) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
}

export function saveStamp(stampFile, hash) {
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, hash);
}
