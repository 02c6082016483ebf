import { contentSecurityPolicy, fixedSecurityHeaders, pageSecurityHeaders } from './security-headers';

const ORIGINS = { mediaOrigin: 'https://media.review.example', adminOrigin: 'https://cms.review.example' };

/** The policy as directive name → sources. */
function parse(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const withoutAnalytics = parse(contentSecurityPolicy({ ...ORIGINS, analytics: false }));
  const withAnalytics = parse(contentSecurityPolicy({ ...ORIGINS, analytics: true }));

  it('allows only the site itself by default, and no plugins, <base> or foreign form targets', () => {
    expect(withoutAnalytics['default-src']).toEqual(["'self'"]);
    expect(withoutAnalytics['object-src']).toEqual(["'none'"]);
    expect(withoutAnalytics['base-uri']).toEqual(["'self'"]);
    expect(withoutAnalytics['form-action']).toEqual(["'self'"]);
    expect(withoutAnalytics['font-src']).toEqual(["'self'"]);
    expect(withoutAnalytics['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('runs the site’s own and inline scripts (Next’s bootstrap) but no other host’s without analytics', () => {
    expect(withoutAnalytics['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(withoutAnalytics['connect-src']).toEqual(["'self'"]);
    expect(JSON.stringify(withoutAnalytics)).not.toMatch(/google/);
  });

  it('lets the Google tag load and report when analytics is configured', () => {
    expect(withAnalytics['script-src']).toEqual(["'self'", "'unsafe-inline'", 'https://www.googletagmanager.com']);
    expect(withAnalytics['connect-src']).toEqual(
      expect.arrayContaining(["'self'", 'https://*.google-analytics.com', 'https://*.analytics.google.com']),
    );
    expect(withAnalytics['img-src']).toContain('https://*.google-analytics.com');
  });

  it('shows pictures from the site, data: URLs and the CMS media origin', () => {
    expect(withoutAnalytics['img-src']).toEqual(["'self'", 'data:', 'https://media.review.example']);
  });

  it('lets only the site and the Strapi admin frame it', () => {
    expect(withoutAnalytics['frame-ancestors']).toEqual(["'self'", 'https://cms.review.example']);
  });

  it('never allows eval, wildcards or plain http sources on its own', () => {
    const all = Object.values(withAnalytics).flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain('*');
    expect(all.filter((source) => source.startsWith('http:'))).toEqual([]);
  });

  it('allows eval under `next dev` only, for React’s debugging', () => {
    expect(parse(contentSecurityPolicy({ ...ORIGINS, analytics: false, development: true }))['script-src']).toContain(
      "'unsafe-eval'",
    );
  });

  it('names each source once, even when the media and admin origins are the site’s own CMS', () => {
    const policy = parse(
      contentSecurityPolicy({
        mediaOrigin: 'http://127.0.0.1:1337',
        adminOrigin: 'http://127.0.0.1:1337',
        analytics: false,
      }),
    );
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'http://127.0.0.1:1337']);
  });
});

describe('fixedSecurityHeaders', () => {
  const header = (key: string) => fixedSecurityHeaders().find((entry) => entry.key === key)?.value;

  it('turns off camera, microphone, location and interest tracking', () => {
    const policy = header('Permissions-Policy')!.split(', ');
    for (const feature of [
      'camera=()',
      'microphone=()',
      'geolocation=()',
      'interest-cohort=()',
      'browsing-topics=()',
    ]) {
      expect(policy).toContain(feature);
    }
  });

  it('forbids MIME sniffing and sends only the origin to other sites', () => {
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });
});

describe('pageSecurityHeaders', () => {
  const headers = (siteUrl: string) => pageSecurityHeaders({ ...ORIGINS, analytics: false, siteUrl });

  it('carries the content security policy', () => {
    expect(headers('https://review.example')['Content-Security-Policy']).toBe(
      contentSecurityPolicy({ ...ORIGINS, analytics: false }),
    );
  });

  it('asks browsers to use https for a year when the site is served over https', () => {
    expect(headers('https://review.example')['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('sends no HSTS for a site on plain http (local and test servers)', () => {
    expect(headers('http://127.0.0.1:3000')).not.toHaveProperty('Strict-Transport-Security');
  });
});
