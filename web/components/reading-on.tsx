import Link from 'next/link';
import { routes } from '@newsroom/shared';
import { ArticleCard } from '@/components/article-card';
import type { ReadingOn, SectionLink } from '@/lib/cms/types';

/** After an article: the previous and next pieces in its section, then related articles. */
export function ReadingOnView({ readingOn, section }: { readingOn: ReadingOn; section: SectionLink | null }) {
  const { previous, next, related } = readingOn;
  if (!previous && !next && related.length === 0) return null;
  return (
    <aside className="reading-on" aria-label="More to read">
      {previous || next ? (
        <nav className="section-nav" aria-label={section ? `More in ${section.name}` : 'More in this section'}>
          {previous ? (
            <Link href={routes.article(previous.slug)} rel="prev" className="section-nav__previous">
              <span className="section-nav__label">{`Previous${section ? ` in ${section.name}` : ''}`}</span>
              <span className="section-nav__title">{previous.title}</span>
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={routes.article(next.slug)} rel="next" className="section-nav__next">
              <span className="section-nav__label">{`Next${section ? ` in ${section.name}` : ''}`}</span>
              <span className="section-nav__title">{next.title}</span>
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
      {related.length > 0 ? (
        <section className="related" aria-labelledby="related-heading">
          <h2 id="related-heading" className="related__heading">
            Related articles
          </h2>
          <div className="article-grid">
            {related.map((article) => (
              <ArticleCard key={article.documentId} article={article} headingLevel={3} />
            ))}
          </div>
        </section>
      ) : null}
    </aside>
  );
}
