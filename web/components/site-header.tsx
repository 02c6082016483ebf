import Image from 'next/image';
import Link from 'next/link';
import { routes } from '@newsroom/shared';
import { SearchForm } from '@/components/search-form';
import { SectionLinks } from '@/components/section-links';
import type { Site } from '@/lib/cms/types';

/** Masthead (logo mark and name), tagline, the sections and a search box that works without JavaScript. */
export function SiteHeader({ site, query = '' }: { site: Site; query?: string }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={routes.home()} className="site-header__name">
          {site.logo ? (
            <Image
              src={site.logo.src}
              alt=""
              width={site.logo.width}
              height={site.logo.height}
              className="site-header__logo"
              priority
            />
          ) : null}
          <span>{site.name}</span>
        </Link>
        {site.description ? <p className="site-header__tagline">{site.description}</p> : null}
        <div className="site-header__bar">
          {site.sections.length > 0 ? (
            <nav aria-label="Sections" className="site-nav">
              <ul>
                <SectionLinks sections={site.sections} />
              </ul>
            </nav>
          ) : null}
          <div className="site-search">
            <SearchForm id="site-search-q" query={query} />
          </div>
        </div>
      </div>
    </header>
  );
}
