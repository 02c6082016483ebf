import Link from 'next/link';
import { formatPublicationDate, routes } from '@newsroom/shared';
import { ArticleHero } from '@/components/article-hero';
import { AuthorBlock } from '@/components/author-block';
import { RichText } from '@/components/rich-text';
import type { Article } from '@/lib/cms/types';
import { readingTimeMinutes } from '@/lib/reading-time';

/** An article as readers see it: used by the public page, previews and review links alike. */
export function ArticleView({ article }: { article: Article }) {
  return (
    <article className="article">
      <header className="article__header">
        {article.section ? (
          <p className="kicker">
            <Link href={routes.section(article.section.slug)}>{article.section.name}</Link>
          </p>
        ) : null}
        <h1 className="article__title">{article.title}</h1>
        {article.dek ? <p className="article__dek">{article.dek}</p> : null}
        <p className="meta">
          {article.author ? (
            <span className="article__byline">
              By <Link href={routes.author(article.author.slug)}>{article.author.name}</Link>
              {article.author.role ? `, ${article.author.role}` : ''}
            </span>
          ) : null}
          {article.publicationDate ? (
            <time className="article__date" dateTime={article.publicationDate}>
              {formatPublicationDate(article.publicationDate)}
            </time>
          ) : null}
          <span className="article__reading-time">{`${readingTimeMinutes(article.body)} min read`}</span>
        </p>
      </header>
      {article.heroImage ? <ArticleHero image={article.heroImage} /> : null}
      <div className="article__body">
        <RichText blocks={article.body} />
      </div>
      {article.tags.length > 0 ? (
        <ul className="article__tags" aria-label="Topics">
          {article.tags.map((tag) => (
            <li key={tag.slug}>
              <Link href={routes.tag(tag.slug)}>{tag.name}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {article.author ? <AuthorBlock author={article.author} /> : null}
    </article>
  );
}
