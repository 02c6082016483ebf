import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CMS_VARIABLES, SECRETS } from '../../cms/src/env';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileVcl } = require('../e2e/varnish.cjs');

// No Docker engine runs here, so the compose file and Dockerfile are checked for what would
// break a deployment: missing services or secrets, build targets that do not exist, exposed ports.
const root = path.resolve(__dirname, '..', '..');
type Service = {
  build?: { context: string; target: string };
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
};
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
};
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, the CMS, the website, its shared cache and the caching proxy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'postgres', 'proxy', 'redis', 'web']);
    expect(compose.services.web!.environment!.REDIS_URL).toContain('redis://redis:6379');
    expect(compose.services.web!.depends_on!.redis!.condition).toBe('service_healthy');
  });

  it('builds each app from a stage the Dockerfile defines', () => {
    for (const name of ['cms', 'web', 'proxy']) {
      const target = compose.services[name]!.build!.target;
      expect(dockerfile).toMatch(new RegExp(`^FROM .+ AS ${target}$`, 'm'));
    }
  });

  it('gives the CMS every secret it refuses to start without, and PostgreSQL', () => {
    const env = compose.services.cms!.environment!;
    expect(SECRETS.length).toBeGreaterThan(0);
    for (const name of SECRETS) {
      expect(env[name]).toMatch(new RegExp(`\\$\\{${name}:\\?`));
    }
    expect(env.DATABASE_CLIENT).toBe('postgres');
  });

  it('gives the CMS only variables it reads (a misspelt one would be silently ignored)', () => {
    const unknown = Object.keys(compose.services.cms!.environment!).filter((name) => !CMS_VARIABLES.includes(name));
    expect(unknown).toEqual([]);
    // Positive control: the list is the CMS's own, media storage included.
    expect(CMS_VARIABLES).toEqual(expect.arrayContaining(['DATABASE_CLIENT', 'MEDIA_STORAGE', 'S3_BUCKET']));
  });

  it('has the website read pictures from where the CMS puts them', () => {
    const cms = compose.services.cms!.environment!;
    expect(cms.MEDIA_STORAGE).toBe('${MEDIA_STORAGE:-local}');
    // The bucket's public URL when there is one, else the CMS's own /uploads, at build and at run time.
    const mediaUrl = '${S3_PUBLIC_URL:-${CMS_PUBLIC_URL:-http://localhost:1337}}';
    expect(cms.S3_PUBLIC_URL).toBe('${S3_PUBLIC_URL:-}');
    expect(compose.services.web!.environment!.CMS_MEDIA_URL).toBe(mediaUrl);
    expect((compose.services.web!.build as unknown as { args: Record<string, string> }).args.CMS_MEDIA_URL).toBe(
      mediaUrl,
    );
  });

  it('hands the website the same read token the CMS creates', () => {
    expect(compose.services.web!.environment!.CMS_READ_TOKEN).toMatch(/\$\{WEB_READ_TOKEN:\?/);
    expect(compose.services.cms!.environment!.WEB_READ_TOKEN).toMatch(/\$\{WEB_READ_TOKEN:\?/);
  });

  it('lets the website purge the proxy with the secret the proxy checks', () => {
    const web = compose.services.web!.environment!;
    expect(web.PROXY_PURGE_URLS).toBe('http://proxy:80');
    expect(web.PROXY_PURGE_SECRET).toMatch(/\$\{PROXY_PURGE_SECRET:\?/);
    expect(compose.services.proxy!.environment!.PURGE_SECRET).toMatch(/\$\{PROXY_PURGE_SECRET:\?/);
    // The image carries the repository's VCL, compiled by the tests below.
    expect(dockerfile).toMatch(/COPY deploy\/varnish\/newsroom\.vcl deploy\/varnish\/backend\.vcl \/etc\/varnish\//);
  });

  it('waits for healthy dependencies and publishes ports on loopback only', () => {
    expect(compose.services.cms!.depends_on!.postgres!.condition).toBe('service_healthy');
    expect(compose.services.web!.depends_on!.cms!.condition).toBe('service_healthy');
    for (const service of Object.values(compose.services)) {
      for (const port of service.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
    }
  });
});

describe('deploy/varnish/newsroom.vcl', () => {
  it("compiles with Debian's varnishd and its xkey module", () => {
    // Fails with varnishd's own message (line and column) on a VCL error.
    expect(compileVcl()).toContain('VGC_function_vcl_recv');
  });
});
