import type { ReactNode } from 'react';
import Image from 'next/image';
import Link from 'next/link';
import { formatPublicationDate, routes } from '@newsroom/shared';
import type { ArticleSummary } from '@/lib/cms/types';

/** A teaser: picture, section, headline (an h2 unless the card sits under another heading), dek, byline. */
export function ArticleCard({
  article,
  lead = false,
  headingLevel = 2,
  children,
}: {
  article: ArticleSummary;
  lead?: boolean;
  headingLevel?: 2 | 3;
  /** Shown under the dek: a search result's excerpt. */
  children?: ReactNode;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <article className={lead ? 'article-card article-card--lead' : 'article-card'}>
      {article.heroImage ? (
        <Link href={routes.article(article.slug)} tabIndex={-1} aria-hidden="true" className="article-card__image">
          <Image
            src={article.heroImage.src}
            alt=""
            width={article.heroImage.width}
            height={article.heroImage.height}
            sizes={lead ? '(min-width: 960px) 60vw, 100vw' : '(min-width: 960px) 30vw, (min-width: 600px) 50vw, 100vw'}
            priority={lead}
          />
        </Link>
      ) : null}
      <div className="article-card__text">
        {article.section ? <p className="kicker">{article.section.name}</p> : null}
        <Heading className="article-card__title">
          <Link href={routes.article(article.slug)}>{article.title}</Link>
        </Heading>
        {article.dek ? <p className="article-card__dek">{article.dek}</p> : null}
        {children}
        <p className="meta">
          {article.author ? <span>{article.author.name}</span> : null}
          {article.author && article.publicationDate ? <span aria-hidden="true"> · </span> : null}
          {article.publicationDate ? (
            <time dateTime={article.publicationDate}>{formatPublicationDate(article.publicationDate)}</time>
          ) : null}
        </p>
      </div>
    </article>
  );
}
