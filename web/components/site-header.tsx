import Link from 'next/link';
import { routes } from '@newsroom/shared';
import type { Site } from '@/lib/cms/types';

export function SiteHeader({ site }: { site: Site }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={routes.home()} className="site-header__name">
          {site.name}
        </Link>
        {site.description ? <p className="site-header__tagline">{site.description}</p> : null}
      </div>
    </header>
  );
}
