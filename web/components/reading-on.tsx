import Link from 'next/link';
import { routes } from '@newsroom/shared';
import { ArticleCard } from '@/components/article-card';
import type { ReadingOn, SectionLink } from '@/lib/cms/types';

/** One side of the section's previous/next links; an empty cell keeps the grid when there is none. */
function NeighbourLink({
  direction,
  article,
  section,
}: {
  direction: 'prev' | 'next';
  article: { title: string; slug: string } | null;
  section: SectionLink | null;
}) {
  if (!article) return <span />;
  const label = `${direction === 'prev' ? 'Previous' : 'Next'}${section ? ` in ${section.name}` : ''}`;
  return (
    <Link
      href={routes.article(article.slug)}
      rel={direction}
      className={direction === 'prev' ? 'section-nav__previous' : 'section-nav__next'}
    >
      <span className="section-nav__label">{label}</span>
      <span className="section-nav__title">{article.title}</span>
    </Link>
  );
}

/** After an article: the previous and next pieces in its section, then related articles. */
export function ReadingOnView({ readingOn, section }: { readingOn: ReadingOn; section: SectionLink | null }) {
  const { previous, next, related } = readingOn;
  if (!previous && !next && related.length === 0) return null;
  return (
    <aside className="reading-on" aria-label="More to read">
      {previous || next ? (
        <nav className="section-nav" aria-label={section ? `More in ${section.name}` : 'More in this section'}>
          <NeighbourLink direction="prev" article={previous} section={section} />
          <NeighbourLink direction="next" article={next} section={section} />
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
