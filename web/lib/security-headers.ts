// The website's browser security policy, built in one place. next.config.ts sends the fixed
// headers with every response, Next's own files included; proxy.ts sends the ones that depend on
// the running server: the Content-Security-Policy (its analytics hosts change when editors set a
// Google tag id in Site settings) and HSTS (SITE_URL is known at run time, not at build time).

/** Hosts the Google tag (gtag.js) loads from and reports to, per Google's guide to tags and CSP. */
const GOOGLE_TAG_SCRIPT = 'https://www.googletagmanager.com';
const GOOGLE_ANALYTICS_CONNECT = [
  'https://*.google-analytics.com',
  'https://*.analytics.google.com',
  'https://*.googletagmanager.com',
];
const GOOGLE_ANALYTICS_IMAGES = ['https://*.google-analytics.com', 'https://*.googletagmanager.com'];

export type PolicyOptions = {
  /** Origin of the CMS's /uploads, where pictures not served through /_next/image come from. */
  mediaOrigin: string;
  /** Origin of the Strapi admin, whose Preview pane frames the site. */
  adminOrigin: string;
  /** Whether a Google tag id is configured (environment or Site settings). */
  analytics: boolean;
  /** `next dev`: React rebuilds error stacks with eval there (never in production builds). */
  development?: boolean;
};

/**
 * The Content-Security-Policy of every page. Inline scripts stay allowed: Next inlines its
 * bootstrap and data scripts in every page, and the nonces that would replace 'unsafe-inline'
 * make every page dynamic (no ISR). What the policy still blocks: scripts from any other host,
 * plugins, <base> and form hijacking, framing by other sites, and calls to other hosts.
 */
export function contentSecurityPolicy({ mediaOrigin, adminOrigin, analytics, development }: PolicyOptions): string {
  const google = (hosts: string[]) => (analytics ? hosts : []);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    [
      'script-src',
      ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : []), ...google([GOOGLE_TAG_SCRIPT])],
    ],
    ['connect-src', ["'self'", ...google(GOOGLE_ANALYTICS_CONNECT)]],
    ['img-src', ["'self'", 'data:', mediaOrigin, ...google(GOOGLE_ANALYTICS_IMAGES)]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['font-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    // Only this site and the Strapi admin (its Preview pane) may frame the site.
    ['frame-ancestors', ["'self'", adminOrigin]],
  ];
  return directives.map(([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`).join('; ');
}

// Powerful features the site never uses, switched off for it and anything it embeds, and no
// interest-based ad profiling of its readers (browsing-topics; interest-cohort for FLoC). Every
// name here is one Chromium knows: an unknown one costs an error in the console on every page.
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'magnetometer=()',
  'gyroscope=()',
  'accelerometer=()',
  'display-capture=()',
  'browsing-topics=()',
  'interest-cohort=()',
].join(', ');

/** The headers every response carries whatever it is (pages, feeds, scripts, images). */
export function fixedSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  ];
}

/** The headers of pages and routes that depend on the running server's configuration. */
export function pageSecurityHeaders(options: PolicyOptions & { siteUrl: string }): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    // Decided by SITE_URL rather than by the request: behind a proxy that terminates TLS the
    // website itself is reached over plain http. A site readers reach over http asks for none.
    ...(new URL(options.siteUrl).protocol === 'https:'
      ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }
      : {}),
  };
}
