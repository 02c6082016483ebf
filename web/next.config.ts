import type { NextConfig } from 'next';
import { parseEnv } from './lib/env';

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
        pathname: '/uploads/**',
      },
    ],
    // Next 16 refuses to optimize images from private addresses (vercel/next.js#84676).
    // A CMS on this machine or the same private network is ours, so allow exactly that case.
    dangerouslyAllowLocalIP: isPrivateHost,
    formats: ['image/avif', 'image/webp'],
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          // Only this site and the Strapi admin (its Preview pane) may frame the site.
          { key: 'Content-Security-Policy', value: `frame-ancestors 'self' ${env.cmsAdminOrigin}` },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
