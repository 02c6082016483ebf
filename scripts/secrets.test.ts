import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type EnvValues = Record<string, string>;
type SecretsModule = {
  parseEnvFile: (text: string) => EnvValues;
  ensureEnvFiles: (root: string) => {
    created: string[];
    added: { cms: string[]; web: string[] };
    cms: EnvValues;
    web: EnvValues;
  };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = async () => require('./lib/secrets.cjs') as SecretsModule;

function tempRoot() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'newsroom-env-'));
  mkdirSync(path.join(root, 'cms'));
  mkdirSync(path.join(root, 'web'));
  return root;
}

describe('ensureEnvFiles', () => {
  it('generates both files on first run, sharing the token and secret, readable by the owner only', async () => {
    const { ensureEnvFiles, parseEnvFile } = await load();
    const root = tempRoot();
    const result = ensureEnvFiles(root);
    expect(result.created).toHaveLength(2);
    const cms = parseEnvFile(readFileSync(path.join(root, 'cms', '.env'), 'utf8'));
    const web = parseEnvFile(readFileSync(path.join(root, 'web', '.env'), 'utf8'));
    expect(web.CMS_READ_TOKEN).toBe(cms.WEB_READ_TOKEN);
    expect(web.REVALIDATE_SECRET).toBe(cms.REVALIDATE_SECRET);
    expect(cms.ADMIN_PASSWORD).toMatch(/(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}/);
    expect(statSync(path.join(root, 'cms', '.env')).mode & 0o077).toBe(0);
  });

  it('keeps existing secrets and only adds what an older file lacks', async () => {
    const { ensureEnvFiles, parseEnvFile } = await load();
    const root = tempRoot();
    writeFileSync(path.join(root, 'cms', '.env'), 'APP_KEYS=kept\nWEB_READ_TOKEN=old-token\n');
    const result = ensureEnvFiles(root);
    const cms = parseEnvFile(readFileSync(path.join(root, 'cms', '.env'), 'utf8'));
    expect(cms.APP_KEYS).toBe('kept');
    expect(cms.WEB_READ_TOKEN).toBe('old-token');
    expect(result.added.cms).toContain('REVALIDATE_SECRET');
    expect(parseEnvFile(readFileSync(path.join(root, 'web', '.env'), 'utf8')).CMS_READ_TOKEN).toBe('old-token');
  });
});
