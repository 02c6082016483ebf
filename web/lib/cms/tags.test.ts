import { articlePageTags, listingPageTags, tags, tagsForChange } from './tags';

describe('cache tags', () => {
  it('tags an article page by slug and by the types shown on it, other articles included (related, next)', () => {
    expect(articlePageTags('a-b')).toEqual(
      expect.arrayContaining([
        'article-slug:a-b',
        'collection:article',
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

describe('tagsForChange', () => {
  it('expires the article’s old and new URLs and the listings when an article changes', () => {
    expect(tagsForChange({ type: 'article', documentId: 'd1', slugs: ['old-slug', 'new-slug'] }).sort()).toEqual(
      ['article-slug:new-slug', 'article-slug:old-slug', 'article:d1', 'collection:article'].sort(),
    );
  });

  it('falls back to every article page when the CMS could not tell the slug (entry: null)', () => {
    expect(tagsForChange({ type: 'article' })).toEqual(['article-pages', 'collection:article']);
  });

  it('ignores slugs that cannot exist', () => {
    expect(tagsForChange({ type: 'article', slugs: ['../x'] })).toContain('article-pages');
  });

  it('reaches every article page showing an author, section or tag through its collection tag', () => {
    for (const type of ['author', 'section', 'tag', 'site-setting'] as const) {
      const [tag] = tagsForChange({ type });
      expect(articlePageTags('any-slug')).toContain(tag);
    }
  });

  it('refreshes article pages and listings when a picture changes', () => {
    const expired = tagsForChange({ type: 'media' });
    expect(expired).toEqual(expect.arrayContaining([...listingPageTags().slice(0, 1), 'article-pages']));
  });
});
