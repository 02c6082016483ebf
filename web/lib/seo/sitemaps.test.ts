import { XMLParser } from 'fast-xml-parser';
import { buildNewsSitemap, buildSitemapIndex, buildUrlSet, parseSitemapName } from './sitemaps';

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml);
const SITE = 'https://review.example';

describe('sitemaps', () => {
  it('indexes one file per page of the site’s own pages and one per page of articles', () => {
    const index = parse(buildSitemapIndex(SITE, 3, 2)).sitemapindex.sitemap;
    expect(index.map((s: { loc: string }) => s.loc)).toEqual([
      `${SITE}/sitemaps/pages-1.xml`,
      `${SITE}/sitemaps/pages-2.xml`,
      `${SITE}/sitemaps/articles-1.xml`,
      `${SITE}/sitemaps/articles-2.xml`,
      `${SITE}/sitemaps/articles-3.xml`,
    ]);
  });

  it('escapes URLs and carries last-modified dates', () => {
    const xml = buildUrlSet(SITE, [{ path: '/articles/a?x=1&y=2', lastModified: '2026-11-20T10:00:00.000Z' }]);
    expect(xml).toContain('/articles/a?x=1&amp;y=2');
    expect(parse(xml).urlset.url.lastmod).toBe('2026-11-20T10:00:00.000Z');
  });

  it('writes Google News entries with publication, language, date and title', () => {
    const xml = buildNewsSitemap(SITE, 'The Review & Co', [
      { title: 'Tariffs <and> trade', slug: 'tariffs', publishedAt: '2026-11-24T08:00:00.000Z' },
    ]);
    const news = parse(xml).urlset.url['news:news'];
    expect(news['news:publication']).toEqual({ 'news:name': 'The Review & Co', 'news:language': 'en' });
    expect(news['news:title']).toBe('Tariffs <and> trade');
    expect(news['news:publication_date']).toBe('2026-11-24T08:00:00.000Z');
  });

  it('reads article sitemap names and refuses others', () => {
    expect(parseSitemapName('articles-12.xml')).toEqual({ list: 'articles', page: 12 });
    expect(parseSitemapName('pages-3.xml')).toEqual({ list: 'pages', page: 3 });
    expect(parseSitemapName('pages.xml')).toEqual({ list: 'pages', page: 1 });
    expect(parseSitemapName('articles-0.xml')).toBeNull();
    expect(parseSitemapName('pages-0.xml')).toBeNull();
    expect(parseSitemapName('articles-1.xml.gz')).toBeNull();
    expect(parseSitemapName('../etc')).toBeNull();
  });
});
