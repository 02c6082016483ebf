import { articlePageTags, listingPageTags, tags } from './tags';

describe('cache tags', () => {
  it('tags an article page by slug and by the types shown on it', () => {
    expect(articlePageTags('a-b')).toEqual(
      expect.arrayContaining([
        'article-slug:a-b',
        'collection:author',
        'collection:section',
        'collection:site-setting',
      ]),
    );
  });

  it('tags listings with the article collection, so any publish refreshes them', () => {
    expect(listingPageTags()).toContain(tags.collection('article'));
  });

  it('keeps every tag within Next’s 256-character limit for the longest slug', () => {
    for (const tag of articlePageTags('a'.repeat(120))) expect(tag.length).toBeLessThanOrEqual(256);
  });
});
