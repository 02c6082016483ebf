import { CHANGE_TYPES } from '@newsroom/shared';
import { articlePageTags, listingPageTags, pageCacheTags, tags, tagsForChange } from './tags';

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

describe('pageCacheTags (what a caching proxy in front purges by)', () => {
  const purges = (path: string, change: Parameters<typeof tagsForChange>[0]) =>
    tagsForChange(change).some((tag) => pageCacheTags(path).includes(tag));

  it('purges every page but article pages for a change of any type', () => {
    for (const type of CHANGE_TYPES) {
      for (const path of [
        '/',
        '/sections/world',
        '/tags/water/2',
        '/authors/amara-okafor',
        '/search',
        '/sitemaps/articles-1.xml',
      ]) {
        expect({ type, path, purged: purges(path, { type }) }).toEqual({ type, path, purged: true });
      }
    }
  });

  it('purges an article page for its own publish, and for edits of what it shows', () => {
    expect(purges('/articles/dam-talks', { type: 'article', slugs: ['dam-talks'] })).toBe(true);
    for (const type of ['author', 'section', 'tag', 'site-setting', 'media'] as const) {
      expect({ type, purged: purges('/articles/dam-talks', { type }) }).toEqual({ type, purged: true });
    }
    expect(pageCacheTags('/articles/dam-talks')).toEqual(articlePageTags('dam-talks'));
  });

  it('gives an article address that is no slug every collection, so it is never left stale', () => {
    expect(pageCacheTags('/articles/%E0%A4')).toContain(tags.collection('article'));
    expect(pageCacheTags('/articles/Not_A_Slug')).toContain(tags.allArticlePages());
  });
});
