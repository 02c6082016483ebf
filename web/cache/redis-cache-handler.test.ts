// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serialize, deserialize, revalidatedEntry, entryTags, entryTtlSeconds } = require('./redis-cache-handler.cjs');

describe('the shared cache’s stored form', () => {
  it('keeps page payloads that are Buffers and Maps byte for byte', () => {
    const page = {
      kind: 'APP_PAGE',
      html: '<h1>Ceasefire</h1>',
      rscData: Buffer.from([0, 1, 2, 250, 255]),
      segmentData: new Map([['/_tree', Buffer.from('tree')]]),
      headers: { 'x-next-cache-tags': 'article-slug:a,collection:article' },
      status: 200,
    };
    const back = deserialize(serialize({ lastModified: 5, value: page }));
    expect(back.value.rscData.equals(page.rscData)).toBe(true);
    expect(back.value.segmentData.get('/_tree').toString()).toBe('tree');
    expect(back.value.html).toBe(page.html);
    expect(back.lastModified).toBe(5);
  });

  it('leaves ordinary objects that merely look alike alone', () => {
    expect(deserialize(serialize({ $buffer: 'x', other: 1 }))).toEqual({ $buffer: 'x', other: 1 });
  });
});

describe('tag revalidation', () => {
  it('expires at once without durations, and marks stale with an expiry when given one', () => {
    expect(revalidatedEntry({ stale: 1 }, 1000, undefined)).toEqual({ stale: 1, expired: 1000 });
    expect(revalidatedEntry({}, 1000, { expire: 0 })).toEqual({ stale: 1000, expired: 1000 });
    expect(revalidatedEntry({ expired: 5 }, 1000, {})).toEqual({ stale: 1000, expired: 5 });
  });

  it('reads a page’s tags from its headers and a CMS read’s from the request', () => {
    expect(entryTags({ kind: 'APP_PAGE', headers: { 'x-next-cache-tags': 'a,b' } }, {})).toEqual(['a', 'b']);
    expect(entryTags({ kind: 'FETCH' }, { tags: ['a'], softTags: ['_N_T_/x'] })).toEqual(['a', '_N_T_/x']);
    expect(entryTags({ kind: 'APP_ROUTE', headers: {} }, {})).toEqual([]);
  });
});

describe('how long Redis keeps an entry', () => {
  it('keeps a search read minutes, not weeks, and a page no longer than two weeks', () => {
    expect(entryTtlSeconds({ kind: 'FETCH', revalidate: 60 }, {})).toBe(600);
    expect(entryTtlSeconds({ kind: 'FETCH', revalidate: 1 }, {})).toBe(60);
    expect(entryTtlSeconds({ kind: 'APP_PAGE' }, { cacheControl: { revalidate: 300, expire: 3600 } })).toBe(3600);
    expect(entryTtlSeconds({ kind: 'APP_PAGE' }, { cacheControl: { revalidate: 300, expire: Infinity } })).toBe(3000);
    expect(entryTtlSeconds({ kind: 'APP_PAGE' }, { cacheControl: { revalidate: false } })).toBe(14 * 24 * 60 * 60);
  });
});
