import { formatPublicationDate } from '@newsroom/shared';
import { ArticleHero } from '@/components/article-hero';
import { AuthorBlock } from '@/components/author-block';
import { RichText } from '@/components/rich-text';
import type { Article } from '@/lib/cms/types';

/** An article as readers see it: used by the public page, previews and review links alike. */
export function ArticleView({ article }: { article: Article }) {
  return (
    <article className="article">
      <header className="article__header">
        {article.section ? <p className="kicker">{article.section.name}</p> : null}
        <h1 className="article__title">{article.title}</h1>
        {article.dek ? <p className="article__dek">{article.dek}</p> : null}
        <p className="meta">
          {article.author ? (
            <span className="article__byline">
              By {article.author.name}
              {article.author.role ? `, ${article.author.role}` : ''}
            </span>
          ) : null}
          {article.publicationDate ? (
            <time className="article__date" dateTime={article.publicationDate}>
              {formatPublicationDate(article.publicationDate)}
            </time>
          ) : null}
        </p>
      </header>
      {article.heroImage ? <ArticleHero image={article.heroImage} /> : null}
      <div className="article__body">
        <RichText blocks={article.body} />
      </div>
      {article.tags.length > 0 ? (
        <ul className="article__tags" aria-label="Topics">
          {article.tags.map((tag) => (
            <li key={tag.slug}>{tag.name}</li>
          ))}
        </ul>
      ) : null}
      {article.author ? <AuthorBlock author={article.author} /> : null}
    </article>
  );
}
