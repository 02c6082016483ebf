import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The CMS is typed by Strapi's generated types (cms/types/generated): no cast papers over a type
// that does not fit. A cast that seems needed means a type to fix or a guard to write.
const SRC = path.join(__dirname, '../../cms/src');
const CASTS = /\bas\s+never\b|\bas\s+unknown\s+as\b|\bas\s+any\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

it('finds the CMS sources', () => {
  expect(sources(SRC).length).toBeGreaterThan(20);
});

it('has no `as never`, `as unknown as` or `as any` in cms/src', () => {
  const offending = sources(SRC).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (CASTS.test(line) ? [`${path.relative(SRC, file)}:${index + 1}: ${line.trim()}`] : [])),
  );
  expect(offending).toEqual([]);
});

it('would notice one (positive control)', () => {
  expect(CASTS.test('const x = y as never;')).toBe(true);
  expect(CASTS.test('const x = y as unknown as Z;')).toBe(true);
});
