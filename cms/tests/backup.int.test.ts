import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articlePageQuery } from '@newsroom/shared';
import { HISTORY_TABLE } from '../src/history';
import { runImport } from '../src/import/run';
import { runQuery, startCms, type BootedCms } from './helpers';

// A backup loses nothing: a publication with demo content, an import (redirects, a schedule, history)
// and a review revision is backed up with the real command, its pictures deleted, and restored into a
// fresh database; every field of every entry, every version of history, every picture's bytes and
// every page the website reads come back the same.
jest.setTimeout(300_000);

const root = path.resolve(__dirname, '..', '..');
const ARTICLE = 'api::article.article';
const TYPES = [
  ARTICLE,
  'api::author.author',
  'api::section.section',
  'api::tag.tag',
  'api::site-setting.site-setting',
  'plugin::upload.file',
];
const KEY = 'backup-test-key-0123456789';

let dir: string;
let cms: BootedCms | null = null;

/** Runs one of the repo's commands against the database file `database`; resolves with its exit code and output. */
function command(script: string, args: string[], database: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, 'scripts', script), ...args],
      {
        env: {
          ...process.env,
          DATABASE_CLIENT: 'sqlite',
          DATABASE_FILENAME: database,
          SEED_DEMO_CONTENT: 'false',
          WEB_URL: '',
          BACKUP_ENCRYPTION_KEY: KEY,
          ...env,
        },
        maxBuffer: 50 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** Everything a backup must keep, with row ids left out (a restore may number rows anew). */
async function everything(booted: BootedCms) {
  const withoutIds = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutIds);
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== 'id')
          .map(([key, inner]) => [key, withoutIds(inner)]),
      );
    }
    return value instanceof Date ? value.toISOString() : value;
  };
  const entries: Record<string, unknown> = {};
  for (const uid of TYPES) {
    const rows: { documentId: string; publishedAt: unknown }[] = await booted.strapi.db
      .query(uid)
      .findMany({ populate: true });
    rows.sort((a, b) =>
      `${a.documentId}${String(a.publishedAt)}`.localeCompare(`${b.documentId}${String(b.publishedAt)}`),
    );
    entries[uid] = withoutIds(rows);
  }
  const history: { created_at: string | number | Date }[] = await booted.strapi.db
    .connection(HISTORY_TABLE)
    .select('document_id', 'action', 'editor', 'data', 'created_at')
    .orderBy('id');
  const slugs: string[] = (
    await booted.strapi.db.query(ARTICLE).findMany({ where: { publishedAt: { $notNull: true } }, select: ['slug'] })
  ).map((row: { slug: string }) => row.slug);
  const pages: Record<string, unknown> = {};
  for (const slug of slugs.sort()) pages[slug] = (await runQuery(booted, articlePageQuery, { slug })).data;
  return {
    entries,
    history: history.map((row) => ({ ...row, created_at: new Date(row.created_at).toISOString() })),
    pages,
  };
}

/** Every stored picture (original and resized formats) of the media library, by path. */
async function pictures(booted: BootedCms): Promise<Record<string, string>> {
  const files: { url: string; formats: Record<string, { url: string }> | null }[] = await booted.strapi.db
    .query('plugin::upload.file')
    .findMany({ select: ['url', 'formats'] });
  const urls = files.flatMap((file) => [file.url, ...Object.values(file.formats ?? {}).map((format) => format.url)]);
  const hashes: Record<string, string> = {};
  for (const url of urls) {
    const bytes = await fs.readFile(path.join(root, 'cms', 'public', url));
    hashes[url] = createHash('sha256').update(bytes).digest('hex');
  }
  return hashes;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-backup-'));
});

afterAll(async () => {
  await cms?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

it('refuses to back up or restore without a key', async () => {
  const missing = await command('backup.mjs', [path.join(dir, 'never')], path.join(dir, 'none.db'), {
    BACKUP_ENCRYPTION_KEY: '',
  });
  expect(missing.code).toBe(2);
  expect(missing.output).toMatch(/BACKUP_ENCRYPTION_KEY is not set/);
  const restore = await command('restore.mjs', [path.join(dir, 'never.tar.gz.enc')], path.join(dir, 'none.db'), {
    BACKUP_ENCRYPTION_KEY: '',
  });
  expect(restore.code).toBe(2);
});

it('restores every entry, version, picture and page into a fresh database, and refuses a wrong key', async () => {
  const original = path.join(dir, 'original.db');
  cms = await startCms({ seed: true, databaseFile: original });
  const source = await fs.mkdtemp(path.join(dir, 'import-'));
  await fs.cp(path.join(__dirname, 'fixtures', 'import', 'wordpress', 'messy.xml'), path.join(source, 'messy.xml'));
  await runImport(cms.strapi, { source, publish: true, dryRun: false }, () => undefined);
  const draft = await cms.strapi.db.query(ARTICLE).findOne({ where: { publishedAt: null } });
  await cms.strapi.db.query(ARTICLE).update({ where: { id: draft.id }, data: { reviewRevision: 3 } });
  const before = await everything(cms);
  const picturesBefore = await pictures(cms);
  expect(Object.keys(picturesBefore).length).toBeGreaterThan(5);
  expect(before.history.length).toBeGreaterThan(5);
  expect(JSON.stringify(before.entries[ARTICLE])).toContain('"reviewRevision":3');
  expect(JSON.stringify(before.entries[ARTICLE])).toContain('lusenna-surcharges');
  await cms.stop();
  cms = null;

  const backup = await command('backup.mjs', [path.join(dir, 'nightly')], original);
  expect({ code: backup.code, output: backup.output.slice(-500) }).toMatchObject({ code: 0 });
  const file = path.join(dir, 'nightly.tar.gz.enc');
  // Encrypted: none of the publication's words can be read in the file.
  expect((await fs.readFile(file)).includes(Buffer.from('Tariffs'))).toBe(false);

  // The pictures are gone from this machine's disk; the backup must bring them back.
  for (const url of Object.keys(picturesBefore)) await fs.rm(path.join(root, 'cms', 'public', url), { force: true });

  const fresh = path.join(dir, 'fresh.db');
  const wrong = await command('restore.mjs', [file], fresh, { BACKUP_ENCRYPTION_KEY: 'not-the-key-0123456789' });
  expect(wrong.code).toBe(1);
  expect(wrong.output).toMatch(/BACKUP_ENCRYPTION_KEY is not the key it was made with/);

  const restored = await command('restore.mjs', [file], fresh);
  expect({ code: restored.code, output: restored.output.slice(-500) }).toMatchObject({ code: 0 });

  cms = await startCms({ databaseFile: fresh });
  const after = await everything(cms);
  expect(after.entries).toEqual(before.entries);
  expect(after.history).toEqual(before.history);
  expect(after.pages).toEqual(before.pages);
  expect(await pictures(cms)).toEqual(picturesBefore);
});
