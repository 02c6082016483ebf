import type { ArticlePageFieldsFragment, ArticleReadingOnFieldsFragment } from '@newsroom/shared';
import {
  mediaUrl,
  relatedBesidesNeighbours,
  reshapeArticle,
  reshapeBody,
  reshapePage,
  reshapeReadingOn,
  reshapeSite,
} from './reshape';

type ArticleNode = ArticlePageFieldsFragment;

const MEDIA = 'https://cms.example.org';

const node: ArticleNode = {
  documentId: 'doc1',
  title: 'Six months into the ceasefire',
  slug: 'six-months-into-the-ceasefire',
  dek: 'The guns are quiet.',
  publicationDate: '2021-12-01',
  publishedAt: '2021-12-02T08:00:00.000Z',
  heroImage: { url: '/uploads/hero.jpg', alternativeText: 'Fighters hand in rifles', width: 1600, height: 900 },
  heroCaption: 'Militants who surrendered to security forces, Nov, 2019',
  imageSource: 'AFP',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] }, 'junk', { no: 'type' }],
  updatedAt: '2021-12-03T00:00:00.000Z',
  author: {
    documentId: 'a1',
    name: 'Amara Okafor',
    slug: 'amara-okafor',
    role: 'Senior Editor',
    bio: '  ',
    avatar: null,
  },
  section: { documentId: 's1', name: 'Politics', slug: 'politics' },
  tags: [{ documentId: 't1', name: 'Security', slug: 'security' }, null],
  seo: { metaTitle: null, metaDescription: '', canonicalUrl: null, shareImage: null },
};

describe('reshapeArticle', () => {
  const article = reshapeArticle(node, MEDIA);

  it('describes the hero picture with the article’s own alt text, not the media library’s', () => {
    const own = reshapeArticle({ ...node, heroAlt: ' Monitors count rifles at a checkpoint ' }, MEDIA);
    expect(own.heroImage?.alt).toBe('Monitors count rifles at a checkpoint');
    // Saved before articles had their own alt text: the library's stands in.
    expect(reshapeArticle({ ...node, heroAlt: null }, MEDIA).heroImage?.alt).toBe('Fighters hand in rifles');
  });

  it('gives the page the hero picture with caption and credit, on the media origin', () => {
    expect(article.heroImage).toEqual({
      src: 'https://cms.example.org/uploads/hero.jpg',
      alt: 'Fighters hand in rifles',
      width: 1600,
      height: 900,
      caption: 'Militants who surrendered to security forces, Nov, 2019',
      imageSource: 'AFP',
    });
  });

  it('keeps the byline with its role and drops a blank bio', () => {
    expect(article.author).toEqual({
      name: 'Amara Okafor',
      slug: 'amara-okafor',
      role: 'Senior Editor',
      bio: null,
      avatar: null,
    });
  });

  it('drops missing tags and non-block body entries', () => {
    expect(article.tags).toEqual([{ name: 'Security', slug: 'security' }]);
    expect(article.body).toHaveLength(1);
  });

  it('falls back to the headline, dek and hero picture for SEO fields left empty', () => {
    expect(article.seo.title).toBe('Six months into the ceasefire');
    expect(article.seo.description).toBe('The guns are quiet.');
    expect(article.seo.shareImage?.src).toBe('https://cms.example.org/uploads/hero.jpg');
  });

  it('uses the publish day when an editor left the publication date empty', () => {
    expect(reshapeArticle({ ...node, publicationDate: null }, MEDIA).publicationDate).toBe('2021-12-02');
  });

  it('has no hero when the file lacks dimensions', () => {
    const withoutSize = {
      ...node,
      heroImage: { url: '/uploads/x.jpg', alternativeText: null, width: null, height: null },
    };
    expect(reshapeArticle(withoutSize, MEDIA).heroImage).toBeNull();
  });
});

describe('mediaUrl', () => {
  it('prefixes relative upload paths and keeps absolute (CDN) URLs', () => {
    expect(mediaUrl('/uploads/a.jpg', MEDIA)).toBe('https://cms.example.org/uploads/a.jpg');
    expect(mediaUrl('https://cdn.example.org/a.jpg', MEDIA)).toBe('https://cdn.example.org/a.jpg');
  });
});

describe('reshapeBody and reshapeSite', () => {
  it('treats a non-array body as empty', () => {
    expect(reshapeBody(null)).toEqual([]);
    expect(reshapeBody({ type: 'paragraph' })).toEqual([]);
  });

  it('uses a neutral site name when settings are missing, keeping the sections', () => {
    const site = reshapeSite(null, 'http://cms', [{ name: 'Climate', slug: 'climate' }, null]);
    expect(site.name).toBe('Newsroom');
    expect(site.sections).toEqual([{ name: 'Climate', slug: 'climate' }]);
  });

  it('reads the logo and the analytics id, treating blanks as unset', () => {
    const logo = { url: '/uploads/logo.png', alternativeText: 'The Review', width: 600, height: 60 };
    expect(
      reshapeSite({ siteName: 'The Review', description: ' ', analyticsMeasurementId: 'G-ABC123', logo }, 'http://cms'),
    ).toEqual({
      name: 'The Review',
      description: null,
      logo: { src: 'http://cms/uploads/logo.png', alt: 'The Review', width: 600, height: 60 },
      analyticsId: 'G-ABC123',
      sections: [],
    });
    expect(reshapeSite({ siteName: 'The Review', analyticsMeasurementId: '' }, 'http://cms').analyticsId).toBeNull();
  });
});

describe('reshapePage', () => {
  it('maps the nodes and keeps the position the CMS reports', () => {
    const connection = { nodes: [1, 2], pageInfo: { page: 2, pageCount: 3, total: 26 } };
    expect(reshapePage(connection, 2, (n: number) => n * 10)).toEqual({
      items: [10, 20],
      page: 2,
      pageCount: 3,
      total: 26,
    });
  });

  it('treats a missing connection (no permission, CMS quirk) as an empty page', () => {
    expect(reshapePage(null, 4, (n: number) => n)).toEqual({ items: [], page: 4, pageCount: 0, total: 0 });
  });
});

describe('reshapeReadingOn', () => {
  const card = (documentId: string, title: string, slug: string) => ({
    documentId,
    title,
    slug,
    dek: null,
    publicationDate: '2021-11-20',
    publishedAt: null,
    heroImage: null,
    author: null,
    section: { documentId: 's1', name: 'Politics', slug: 'politics' },
  });
  const older = card('doc0', 'The talks that failed', 'the-talks-that-failed');
  const newer = card('doc2', 'Catch-22 at the border', 'catch-22-at-the-border');
  const elsewhere = card('doc3', 'Who pays for reconstruction', 'who-pays-for-reconstruction');

  it('leaves out of related the previous and next pieces already linked above them', () => {
    const readingOn: ArticleReadingOnFieldsFragment = {
      related: [newer, elsewhere, older],
      previousInSection: { title: older.title, slug: older.slug },
      nextInSection: { title: newer.title, slug: newer.slug },
    };
    const { related, previous, next } = reshapeReadingOn(readingOn, MEDIA);
    expect(previous).toEqual({ title: 'The talks that failed', slug: 'the-talks-that-failed' });
    expect(next).toEqual({ title: 'Catch-22 at the border', slug: 'catch-22-at-the-border' });
    expect(related.map((article) => article.documentId)).toEqual(['doc3']);
  });

  it('keeps every related article, in the CMS order, at either end of the section', () => {
    const readingOn: ArticleReadingOnFieldsFragment = {
      related: [newer, elsewhere],
      previousInSection: null,
      nextInSection: null,
    };
    expect(reshapeReadingOn(readingOn, MEDIA).related.map((article) => article.documentId)).toEqual(['doc2', 'doc3']);
  });
});

describe('relatedBesidesNeighbours', () => {
  const summary = (slug: string) => ({
    documentId: `doc-${slug}`,
    title: slug,
    slug,
    dek: null,
    publicationDate: null,
    heroImage: null,
    author: null,
    section: null,
  });

  it('drops only the neighbour that is present', () => {
    const related = [summary('budget-vote'), summary('pension-reform')];
    expect(relatedBesidesNeighbours(related, [null, { slug: 'budget-vote' }])).toEqual([summary('pension-reform')]);
  });

  it('shows one row of cards when the CMS sends more, so neighbours left out can be made up for', () => {
    const related = ['a', 'b', 'c', 'd', 'e'].map((letter) => summary(`story-${letter}`));
    const shown = relatedBesidesNeighbours(related, [{ slug: 'story-a' }, { slug: 'story-c' }]);
    expect(shown.map((article) => article.slug)).toEqual(['story-b', 'story-d', 'story-e']);
  });

  it('can leave no related articles at all', () => {
    expect(relatedBesidesNeighbours([summary('budget-vote')], [{ slug: 'budget-vote' }, null])).toEqual([]);
  });
});

describe('pictures in the body', () => {
  it('puts a body picture on the media origin with its caption, and drops one without a usable file', () => {
    const body = [
      {
        type: 'image',
        image: { url: '/uploads/quay.jpg', width: 1200, height: 675, alternativeText: 'Cranes', caption: 'At dawn.' },
      },
      { type: 'image', image: { url: '/uploads/broken.jpg', width: null, height: null } },
    ];
    expect(reshapeBody(body, 'http://cms.test')).toEqual([
      {
        type: 'image',
        picture: { src: 'http://cms.test/uploads/quay.jpg', alt: 'Cranes', width: 1200, height: 675 },
        caption: 'At dawn.',
      },
    ]);
  });
});
