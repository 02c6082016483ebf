import Image from 'next/image';
import type { AuthorProfile } from '@/lib/cms/types';

/** The byline box at the foot of an article: name, role, short bio. */
export function AuthorBlock({ author }: { author: AuthorProfile }) {
  return (
    <aside className="author-block" aria-label="About the author">
      {author.avatar ? (
        <Image
          className="author-block__avatar"
          src={author.avatar.src}
          alt={author.avatar.alt}
          width={96}
          height={96}
          sizes="96px"
        />
      ) : null}
      <div>
        <p className="author-block__name">{author.name}</p>
        {author.role ? <p className="author-block__role">{author.role}</p> : null}
        {author.bio ? <p className="author-block__bio">{author.bio}</p> : null}
      </div>
    </aside>
  );
}
