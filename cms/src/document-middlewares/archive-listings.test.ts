import { listingPlan } from './archive-listings';

const relations = new Set(['section', 'tags', 'author']);
const sortable = new Set(['publicationDate', 'publishedAt', 'title']);
const website = {
  filters: { section: { slug: { $eq: 'politics' } } },
  sort: ['publicationDate:desc', 'publishedAt:desc'],
  start: 24,
  limit: 12,
  status: 'published',
};

describe('listingPlan: which reads the archive listing answers itself', () => {
  it("takes the website's section, tag and author pages", () => {
    expect(listingPlan(website, relations, sortable)).toEqual({
      relation: 'section',
      slug: 'politics',
      sort: [
        { field: 'publicationDate', direction: 'desc' },
        { field: 'publishedAt', direction: 'desc' },
      ],
      start: 24,
      limit: 12,
    });
    const tag = { ...website, filters: { tags: { slug: { $eq: 'security' }, publishedAt: { $notNull: true } } } };
    expect(listingPlan(tag, relations, sortable)).toMatchObject({ relation: 'tags', slug: 'security' });
  });

  it('takes the front page and the sitemap: every published article, one page', () => {
    const front = { ...website, filters: undefined };
    expect(listingPlan(front, relations, sortable)).toMatchObject({ relation: null, slug: null, start: 24, limit: 12 });
    const sitemap = { filters: {}, sort: 'publishedAt:desc', start: 4900, limit: 100, status: 'published' };
    expect(listingPlan(sitemap, relations, sortable)).toMatchObject({ relation: null, start: 4900, limit: 100 });
  });

  it.each([
    ['a draft read', { ...website, status: 'draft' }],
    ['no status', { ...website, status: undefined }],
    ['a second condition', { ...website, filters: { ...website.filters, title: { $eq: 'x' } } }],
    ['another operator', { ...website, filters: { section: { slug: { $ne: 'politics' } } } }],
    ['a slug that is not text', { ...website, filters: { section: { slug: { $eq: ['a', 'b'] } } } }],
    ['another field of the section', { ...website, filters: { section: { name: { $eq: 'Politics' } } } }],
    ['a relation it does not know', { ...website, filters: { createdBy: { slug: { $eq: 'x' } } } }],
    ['a loosened publication filter', { ...website, filters: { section: { slug: { $eq: 'p' }, publishedAt: {} } } }],
    ['a sort over a relation', { ...website, sort: ['section.name:asc'] }],
    ['a sort on a field it cannot sort', { ...website, sort: ['body:asc'] }],
    ['a negative start', { ...website, start: -1 }],
    ['a fractional limit', { ...website, limit: 1.5 }],
    ['parameters it does not know', { ...website, locale: 'fr' }],
    ['nothing at all', undefined],
    ['every article, drafts too', { ...website, filters: undefined, status: undefined }],
    ['a filter that is not a relation', { ...website, filters: { title: { $eq: 'x' } } }],
  ])('leaves %s to Strapi', (_what, params) => {
    expect(listingPlan(params, relations, sortable)).toBeNull();
  });
});
