import { MAX_TITLE_LENGTH, validateArticle } from './article-rules';

const withAlt = { alternativeText: 'Delegates leave the chamber' };

describe('validateArticle', () => {
  it('accepts a complete article', () => {
    expect(validateArticle({ title: 'Headline', heroImage: withAlt, imageSource: 'AFP' })).toEqual([]);
  });

  it('accepts an article without a hero image and without a credit', () => {
    expect(validateArticle({ title: 'Headline', heroImage: null, imageSource: null })).toEqual([]);
  });

  it('names imageSource when a hero image has no credit', () => {
    expect(validateArticle({ title: 'H', heroImage: withAlt, imageSource: '  ' })).toEqual([
      expect.objectContaining({ field: 'imageSource' }),
    ]);
  });

  it('names heroImage when the picture has no alternative text', () => {
    expect(validateArticle({ title: 'H', heroImage: { alternativeText: '' }, imageSource: 'AFP' })).toEqual([
      expect.objectContaining({ field: 'heroImage' }),
    ]);
  });

  it('names title when the headline is too long, and reports every broken rule at once', () => {
    const errors = validateArticle({ title: 'x'.repeat(MAX_TITLE_LENGTH + 1), heroImage: {}, imageSource: null });
    expect(errors.map((e) => e.field).sort()).toEqual(['heroImage', 'imageSource', 'title']);
  });

  it('accepts a headline of exactly the maximum length', () => {
    expect(validateArticle({ title: 'x'.repeat(MAX_TITLE_LENGTH) })).toEqual([]);
  });
});
