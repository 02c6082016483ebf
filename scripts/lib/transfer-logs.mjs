// `strapi export` and `strapi import` leave a log file in cms/ on every run; kept when the run failed
// (it has the details), removed when it succeeded.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The transfer log files in `dir` now, for `removeNewLogs` to compare against. */
export function transferLogs(dir) {
  return new Set(readdirSync(dir).filter((name) => /^(export|import)_\d+\.log$/.test(name)));
}

/** Removes the logs written since `before`. */
export function removeNewLogs(dir, before) {
  for (const name of transferLogs(dir)) if (!before.has(name)) rmSync(path.join(dir, name), { force: true });
}
