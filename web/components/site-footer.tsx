import Link from 'next/link';
import { routes } from '@newsroom/shared';
import { Analytics } from '@/components/analytics';
import { SectionLinks } from '@/components/section-links';
import type { Site } from '@/lib/cms/types';
import { getEnv } from '@/lib/env';

/**
 * The footer: sections, feeds, and — where a Google tag id is configured (Site settings first,
 * then ANALYTICS_MEASUREMENT_ID) and this is a reader's page, not a preview — the consent banner.
 */
export function SiteFooter({ site, analytics = true }: { site: Site; analytics?: boolean }) {
  const measurementId = analytics ? (site.analyticsId ?? getEnv().analyticsMeasurementId) : undefined;
  return (
    <footer className="site-footer">
      {site.sections.length > 0 ? (
        <nav aria-label="Sections (footer)" className="site-footer__nav">
          <ul>
            <SectionLinks sections={site.sections} />
            <li>
              <Link href={routes.search()}>Search</Link>
            </li>
            <li>
              <a href={routes.feed()}>RSS feed</a>
            </li>
          </ul>
        </nav>
      ) : null}
      <p>
        © {new Date().getUTCFullYear()} {site.name}
      </p>
      {measurementId ? <Analytics measurementId={measurementId} /> : null}
    </footer>
  );
}
