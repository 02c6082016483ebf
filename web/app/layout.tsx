import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getEnv } from '@/lib/env';
import './globals.css';

// For the 404 page of addresses no route matches (/_not-found): `next build` pre-renders it, and
// the build has no CMS, so it gets the plain masthead then. Without a timer that copy would be
// served for good; with one it is regenerated with the sections like any page. Every page below
// sets the same number or renders per request, so this changes nothing for them.
export const revalidate = 300;

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getEnv().siteUrl),
    title: { default: 'Newsroom', template: '%s' },
    alternates: { types: { 'application/rss+xml': '/feed.xml' } },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#141414' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
