import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { REVALIDATE_SECONDS } from './revalidate';

// Route segment config must be a literal in each route file (Next reads it without running the
// module), so the number is written out there; this keeps every copy equal to the one the data
// fetches use.
const appDir = path.join(__dirname, '..', '..', 'app');
const routeFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return /^(page|route|layout)\.tsx?$/.test(name) ? [full] : [];
  });

it('every route that revalidates on a timer uses REVALIDATE_SECONDS', () => {
  const declared = routeFiles(appDir).flatMap((file) => {
    const match = /export const revalidate = ([^;\n]+)/.exec(readFileSync(file, 'utf8'));
    return match ? [[path.relative(appDir, file), match[1].trim()] as const] : [];
  });
  expect(declared.length).toBeGreaterThanOrEqual(6);
  expect(declared.filter(([, value]) => value !== String(REVALIDATE_SECONDS))).toEqual([]);
});
