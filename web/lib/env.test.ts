import { assertServerEnv, parseEnv } from './env';

describe('website environment', () => {
  it('has working defaults for a local checkout', () => {
    const env = parseEnv({ CMS_READ_TOKEN: 'x'.repeat(32) });
    expect(env.cmsUrl).toBe('http://127.0.0.1:1337');
    expect(env.cmsMediaUrl).toBe('http://127.0.0.1:1337');
  });

  it('names every invalid variable at once', () => {
    expect(() => parseEnv({ CMS_URL: 'not a url', CMS_TIMEOUT_MS: '-1', CMS_READ_TOKEN: 'short' })).toThrow(
      /CMS_URL.*CMS_READ_TOKEN.*CMS_TIMEOUT_MS|CMS_URL.*CMS_TIMEOUT_MS.*CMS_READ_TOKEN/,
    );
  });

  it('lets `next build` run without the token but not the server', () => {
    const env = parseEnv({});
    expect(env.cmsReadToken).toBeUndefined();
    expect(() => assertServerEnv(env)).toThrow('CMS_READ_TOKEN');
  });

  it('strips trailing slashes from origins', () => {
    expect(parseEnv({ CMS_URL: 'https://cms.example.org/' }).cmsUrl).toBe('https://cms.example.org');
  });

  it('takes an optional Google tag id, refusing anything else by name', () => {
    expect(parseEnv({ ANALYTICS_MEASUREMENT_ID: 'G-ABC123' }).analyticsMeasurementId).toBe('G-ABC123');
    expect(parseEnv({ ANALYTICS_MEASUREMENT_ID: '' }).analyticsMeasurementId).toBeUndefined();
    expect(() => parseEnv({ ANALYTICS_MEASUREMENT_ID: "G-1');alert(1)//" })).toThrow(/ANALYTICS_MEASUREMENT_ID/);
  });

  it('takes an optional Redis URL for the shared cache, and nothing else', () => {
    expect(parseEnv({ REDIS_URL: 'redis://127.0.0.1:6379/0' }).redisUrl).toBe('redis://127.0.0.1:6379/0');
    expect(parseEnv({ REDIS_URL: '' }).redisUrl).toBeUndefined();
    expect(() => parseEnv({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
    expect(() => parseEnv({ REDIS_KEY_PREFIX: 'a b*' })).toThrow(/REDIS_KEY_PREFIX/);
  });

  it('takes the caching proxies to purge, only with their secret', () => {
    const secret = 's'.repeat(24);
    expect(parseEnv({}).proxyPurgeUrls).toEqual([]);
    const env = parseEnv({ PROXY_PURGE_URLS: 'http://varnish:80, http://10.0.0.7:6081', PROXY_PURGE_SECRET: secret });
    expect(env.proxyPurgeUrls).toEqual(['http://varnish:80', 'http://10.0.0.7:6081']);
    expect(env.proxyPurgeSecret).toBe(secret);
    expect(() => parseEnv({ PROXY_PURGE_URLS: 'http://varnish:80' })).toThrow(/PROXY_PURGE_SECRET/);
    expect(() => parseEnv({ PROXY_PURGE_URLS: 'varnish:80', PROXY_PURGE_SECRET: secret })).toThrow(/PROXY_PURGE_URLS/);
    expect(() => parseEnv({ PROXY_PURGE_URLS: 'http://varnish', PROXY_PURGE_SECRET: 'short' })).toThrow(
      /PROXY_PURGE_SECRET/,
    );
  });

  it('knows `next dev` from a production server', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).development).toBe(true);
    expect(parseEnv({ NODE_ENV: 'production' }).development).toBe(false);
    expect(parseEnv({}).development).toBe(false);
  });

  it('knows when `next build` is pre-rendering, and only then', () => {
    expect(parseEnv({ NEXT_PHASE: 'phase-production-build' }).building).toBe(true);
    expect(parseEnv({ NEXT_PHASE: 'phase-production-server' }).building).toBe(false);
    expect(parseEnv({}).building).toBe(false);
  });
});
