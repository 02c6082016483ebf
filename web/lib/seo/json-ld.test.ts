import type { Article } from '../cms/types';
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from './json-ld';

const article: Article = {
  documentId: 'd1',
  title: 'Six months into the ceasefire',
  slug: 'six-months',
  dek: 'The guns are quiet.',
  publicationDate: '2021-12-01',
  heroImage: {
    src: 'https://cms.example/uploads/h.jpg',
    alt: 'Rifles',
    width: 1600,
    height: 900,
    caption: 'Militants who surrendered',
    imageSource: 'AFP',
  },
  author: { name: 'Amara Okafor', slug: 'amara-okafor', role: 'Senior Editor', bio: null, avatar: null },
  section: { name: 'Politics', slug: 'politics' },
  tags: [{ name: 'Security', slug: 'security' }],
  body: [],
  updatedAt: '2021-12-02T10:00:00.000Z',
  seo: { title: 'x', description: null, canonicalUrl: null, shareImage: null },
};
const site = {
  name: 'The Meridian Review',
  description: null,
  logo: { src: 'https://cms.example/uploads/logo.png', alt: 'The Meridian Review', width: 600, height: 60 },
  analyticsId: null,
  sections: [],
};

describe('JSON-LD', () => {
  const ld = JSON.parse(serializeJsonLd(newsArticleJsonLd(article, site, 'https://review.example')));

  it('describes a NewsArticle with the author’s role and the image credit', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Six months into the ceasefire',
      datePublished: '2021-12-01',
      dateModified: '2021-12-02T10:00:00.000Z',
      author: { '@type': 'Person', name: 'Amara Okafor', jobTitle: 'Senior Editor' },
      image: { '@type': 'ImageObject', url: 'https://cms.example/uploads/h.jpg', creditText: 'AFP' },
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'The Meridian Review',
        logo: { '@type': 'ImageObject', url: 'https://cms.example/uploads/logo.png' },
      },
      url: 'https://review.example/articles/six-months',
    });
  });

  it('leaves the publisher logo out when the publication has none', () => {
    const withoutLogo = JSON.parse(
      serializeJsonLd(newsArticleJsonLd(article, { ...site, logo: null }, 'https://x.example')),
    );
    expect(withoutLogo.publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      name: 'The Meridian Review',
      url: 'https://x.example',
    });
  });

  it('ends the breadcrumb trail at the article', () => {
    const items = breadcrumbJsonLd(article, site, 'https://review.example').itemListElement as unknown as {
      position: number;
      item: string;
    }[];
    expect(items.at(-1)).toMatchObject({ position: items.length, item: 'https://review.example/articles/six-months' });
  });

  it('cannot be broken out of its <script> element', () => {
    const hostile = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(hostile).not.toContain('</script>');
    expect(JSON.parse(hostile).headline).toBe('</script><script>alert(1)</script>');
  });
});
