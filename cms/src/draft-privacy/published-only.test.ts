import {
  assertSortPublishedOnly,
  DraftPrivacyError,
  GRAPHQL_FILTERS,
  publishedOnlyFilters,
  publishedOnlyParams,
  type Model,
} from './published-only';

// A small model of the newsroom: articles have drafts; authors and tags do not.
const MODELS: Record<string, Model> = {
  'api::article.article': {
    draftAndPublish: true,
    attributes: {
      title: { type: 'string' },
      author: { type: 'relation', relation: 'manyToOne', target: 'api::author.author' },
      tags: { type: 'relation', relation: 'manyToMany', target: 'api::tag.tag' },
      heroImage: { type: 'media' },
      seo: { type: 'component', component: 'shared.seo' },
    },
  },
  'api::author.author': {
    draftAndPublish: false,
    attributes: {
      name: { type: 'string' },
      articles: { type: 'relation', relation: 'oneToMany', target: 'api::article.article' },
    },
  },
  'api::tag.tag': {
    draftAndPublish: false,
    attributes: {
      name: { type: 'string' },
      articles: { type: 'relation', relation: 'manyToMany', target: 'api::article.article' },
    },
  },
  'plugin::upload.file': { draftAndPublish: false, attributes: { name: { type: 'string' } } },
  'shared.seo': { draftAndPublish: false, attributes: { metaTitle: { type: 'string' } } },
};
const models = (uid: string) => MODELS[uid];
const PUBLISHED = { publishedAt: { $notNull: true } };

describe('publishedOnlyParams', () => {
  it.each(['draft', 'DRAFT', 'xyz', ['draft'], { $ne: 'published' }, undefined, ''])(
    'forces status %p to published',
    (status) => {
      expect(publishedOnlyParams(models, 'api::article.article', { status }).status).toBe('published');
    },
  );

  it('drops publication filters and anything outside the read allow-list', () => {
    const params = publishedOnlyParams(models, 'api::article.article', {
      hasPublishedVersion: false,
      publicationFilter: 'modified',
      lookup: { publishedAt: { $null: true } },
      fields: ['title'],
      pagination: { page: 2 },
    });
    expect(params).toEqual({ fields: ['title'], pagination: { page: 2 }, status: 'published' });
  });

  it('binds filters inside populate, at any depth', () => {
    const params = publishedOnlyParams(models, 'api::tag.tag', {
      populate: { articles: { populate: { author: { filters: { articles: { title: { $eq: 'x' } } } } } } },
    });
    expect(params.populate).toEqual({
      articles: {
        populate: { author: { filters: { articles: { $and: [{ title: { $eq: 'x' } }, PUBLISHED] } } } },
      },
    });
  });

  it('refuses a search text that is not one string', () => {
    expect(() => publishedOnlyParams(models, 'api::article.article', { _q: ['a'] })).toThrow(DraftPrivacyError);
    expect(publishedOnlyParams(models, 'api::article.article', { _q: 'a' })._q).toBe('a');
  });

  it('refuses to count a relation into articles', () => {
    expect(() =>
      publishedOnlyParams(models, 'api::author.author', { populate: { articles: { count: true } } }),
    ).toThrow(DraftPrivacyError);
  });
});

describe('publishedOnlyFilters', () => {
  it('binds a relation filter into articles to published rows', () => {
    expect(publishedOnlyFilters(models, 'api::author.author', { articles: { title: { $containsi: 'w' } } })).toEqual({
      articles: { $and: [{ title: { $containsi: 'w' } }, PUBLISHED] },
    });
  });

  it('binds every hop, inside $and and $or, and leaves other fields alone', () => {
    const filters = { $or: [{ name: 'a' }, { articles: { author: { articles: { title: 'w' } } } }] };
    expect(publishedOnlyFilters(models, 'api::author.author', filters)).toEqual({
      $or: [
        { name: 'a' },
        { articles: { $and: [{ author: { articles: { $and: [{ title: 'w' }, PUBLISHED] } } }, PUBLISHED] } },
      ],
    });
  });

  it('leaves relations into types without drafts as they are', () => {
    const filters = { author: { name: { $eq: 'Ada' } }, heroImage: { name: 'x' }, seo: { metaTitle: 'y' } };
    expect(publishedOnlyFilters(models, 'api::article.article', filters)).toEqual(filters);
  });

  it('refuses a negated relation filter into articles, even nested', () => {
    expect(() => publishedOnlyFilters(models, 'api::author.author', { $not: { articles: { title: 'w' } } })).toThrow(
      /negate the relation "articles"/,
    );
    expect(() =>
      publishedOnlyFilters(models, 'api::article.article', {
        $not: { $or: [{ author: { articles: { title: 'w' } } }] },
      }),
    ).toThrow(DraftPrivacyError);
    // A negation inside the relation is fine: draft rows are still excluded.
    expect(publishedOnlyFilters(models, 'api::author.author', { articles: { $not: { title: 'w' } } })).toEqual({
      articles: { $and: [{ $not: { title: 'w' } }, PUBLISHED] },
    });
  });

  it('refuses a relation filter that is not an object', () => {
    expect(() => publishedOnlyFilters(models, 'api::author.author', { articles: 5 })).toThrow(DraftPrivacyError);
    expect(() => publishedOnlyFilters(models, 'api::author.author', { articles: { $null: true } })).toThrow(
      /must name a field/,
    );
    expect(publishedOnlyFilters(models, 'api::author.author', { articles: { id: { $in: [1] } } })).toEqual({
      articles: { $and: [{ id: { $in: [1] } }, PUBLISHED] },
    });
  });

  it.each([{ $and: 'x' }, { $or: ['x'] }, { $not: 'x' }, { $or: { title: 'a' } }])(
    'refuses the malformed %p with a 400',
    (filters) => {
      expect(() => publishedOnlyFilters(models, 'api::article.article', filters)).toThrow(DraftPrivacyError);
    },
  );

  it('speaks GraphQL filter syntax too', () => {
    expect(
      publishedOnlyFilters(models, 'api::tag.tag', { or: [{ articles: { title: { eq: 'w' } } }] }, GRAPHQL_FILTERS),
    ).toEqual({
      or: [{ articles: { and: [{ title: { eq: 'w' } }, { publishedAt: { notNull: true } }] } }],
    });
    expect(() =>
      publishedOnlyFilters(models, 'api::tag.tag', { not: { articles: { title: { eq: 'w' } } } }, GRAPHQL_FILTERS),
    ).toThrow(DraftPrivacyError);
  });
});

describe('assertSortPublishedOnly', () => {
  it.each([
    ['articles.title:asc'],
    [['name:asc', 'articles.title']],
    [{ articles: { title: 'asc' } }],
    ['name,articles.title:desc'],
  ])('refuses to sort authors by %p', (sort) => {
    expect(() => assertSortPublishedOnly(models, 'api::author.author', sort)).toThrow(DraftPrivacyError);
  });

  it.each([['title:asc'], [['author.name:desc']], [{ author: { name: 'asc' } }]])(
    'lets articles sort by %p',
    (sort) => {
      expect(() => assertSortPublishedOnly(models, 'api::article.article', sort)).not.toThrow();
    },
  );
});
