import Image from 'next/image';
import { formatImageCredit } from '@newsroom/shared';
import type { HeroImage } from '@/lib/cms/types';

/** The hero picture with its caption and the agency credit ("IMAGE SOURCE: AFP"). */
export function ArticleHero({ image }: { image: HeroImage }) {
  return (
    <figure className="article-hero">
      <Image
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes="(min-width: 1100px) 1040px, 100vw"
        priority
      />
      {image.caption || image.imageSource ? (
        <figcaption>
          {image.caption ? <span className="article-hero__caption">{image.caption}</span> : null}
          {image.imageSource ? (
            <span className="article-hero__credit">{formatImageCredit(image.imageSource)}</span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
