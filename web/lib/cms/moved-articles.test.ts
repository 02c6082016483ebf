import { expireMovedArticles, movedArticleSlug } from './moved-articles';

jest.mock('./fetch-query', () => ({ fetchCmsQuery: jest.fn() }));

describe('moved articles (old URL → current slug)', () => {
  it('answers from the list it loaded, and reloads first after the CMS announces a change', async () => {
    let list = new Map([['old-slug', 'new-slug']]);
    const load = jest.fn(async () => list);
    expireMovedArticles();
    expect(await movedArticleSlug('old-slug', load)).toBe('new-slug');
    expect(await movedArticleSlug('never-moved', load)).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);

    // The article is renamed again: without the announcement the cached list answers…
    list = new Map([
      ['old-slug', 'newest-slug'],
      ['new-slug', 'newest-slug'],
    ]);
    expect(await movedArticleSlug('new-slug', load)).toBeNull();
    // …and with it, the very next read has the new list.
    expireMovedArticles();
    expect(await movedArticleSlug('new-slug', load)).toBe('newest-slug');
    expect(await movedArticleSlug('old-slug', load)).toBe('newest-slug');
  });

  it('keeps the last list when the CMS cannot be read', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expireMovedArticles();
    expect(await movedArticleSlug('x', async () => new Map([['gone', 'here']]))).toBeNull();
    expireMovedArticles();
    expect(await movedArticleSlug('gone', async () => Promise.reject(new Error('down')))).toBe('here');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
