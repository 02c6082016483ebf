import type { NextConfig } from 'next';
import { parseEnv } from './lib/env';
import { fixedSecurityHeaders } from './lib/security-headers';

const env = parseEnv(process.env);
const media = new URL(env.cmsMediaUrl);
const isPrivateHost = /^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|\[::1\])/.test(media.hostname);

const nextConfig: NextConfig = {
  distDir: env.nextDistDir,
  poweredByHeader: false,
  // Several instances share one cache through Redis; a single one keeps it on its own disk.
  ...(env.redisUrl ? { cacheHandler: require.resolve('./cache/redis-cache-handler.cjs'), cacheMaxMemorySize: 0 } : {}),
  reactStrictMode: true,
  images: {
    remotePatterns: [
      {
        protocol: media.protocol.replace(':', '') as 'http' | 'https',
        hostname: media.hostname,
        port: media.port,
        // The CMS's own /uploads, or a bucket's (CMS_MEDIA_URL=https://store/bucket → /bucket/uploads).
        pathname: `${media.pathname.replace(/\/+$/, '')}/uploads/**`,
      },
    ],
    // Next 16 refuses to optimize images from private addresses (vercel/next.js#84676).
    // A CMS on this machine or the same private network is ours, so allow exactly that case.
    dangerouslyAllowLocalIP: isPrivateHost,
    formats: ['image/avif', 'image/webp'],
  },
  // Headers that never change go with every response from here, Next's own files included. The
  // Content-Security-Policy and HSTS come from proxy.ts: they depend on run-time configuration
  // (Site settings, SITE_URL), and these headers are fixed when the site is built.
  async headers() {
    return [{ source: '/:path*', headers: fixedSecurityHeaders() }];
  },
};

export default nextConfig;
