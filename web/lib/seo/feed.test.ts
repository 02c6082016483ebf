import { XMLParser } from 'fast-xml-parser';
import type { ArticleSummary, Site } from '../cms/types';
import { buildRssFeed, imageType, plainTextAsHtml } from './feed';

const SITE_URL = 'https://review.example';
const HOSTILE = '<img src=x onerror=alert(1)>';

const site: Site = {
  name: 'The Meridian Review',
  description: `News analysis ${HOSTILE} & more`,
  logo: null,
  analyticsId: null,
  sections: [],
};

const article: ArticleSummary = {
  documentId: 'd1',
  title: 'Tariffs <and> trade: Q&A',
  slug: 'tariffs',
  dek: `Exporters redraw the map ${HOSTILE} ]]> <script>alert(2)</script> & “quotes”`,
  publicationDate: '2026-02-17',
  heroImage: { src: 'https://cms.example/uploads/map.jpg', alt: '', width: 1600, height: 900 },
  author: { name: 'Priya <b>Raman</b>', slug: 'priya-raman', role: null },
  section: { name: 'Economy <script>', slug: 'economy' },
};

type Channel = {
  title: string;
  description: string;
  item: {
    title: string;
    description: string;
    category: string;
    link: string;
    'dc:creator': string;
    enclosure: Record<string, string>;
  };
};
const channelOf = (xml: string): Channel => new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;

/**
 * What a feed reader shows for an element it renders as HTML. Any "<" would start an element
 * there, so there must be none; the entities then decode to the characters the reader shows.
 */
function shownAsHtml(html: string): string {
  expect(html).not.toContain('<');
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('buildRssFeed', () => {
  const xml = buildRssFeed(site, [article], SITE_URL);
  const channel = channelOf(xml);

  it('keeps a dek that looks like markup as text: escaped, so a reader shows the characters', () => {
    expect(channel.item.description).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(channel.item.description).not.toContain('<img');
    expect(shownAsHtml(channel.item.description)).toBe(article.dek);
  });

  it('does the same for the site description, which readers also render as HTML', () => {
    expect(channel.description).not.toContain('<img');
    expect(shownAsHtml(channel.description)).toBe(site.description);
  });

  it('keeps headlines and section names as the plain text RSS has them, read back exactly', () => {
    expect(channel.item.title).toBe('Tariffs <and> trade: Q&A');
    expect(channel.item.category).toBe('Economy <script>');
    expect(channel.title).toBe('The Meridian Review');
    // Nowhere in the document, CDATA included, is there a <script> a reader could run.
    expect(xml).not.toMatch(/<script>/);
  });

  it('escapes the section feed’s description (a section’s own) the same way', () => {
    const sectionFeed = buildRssFeed(
      { ...site, name: 'The Meridian Review: Economy', description: `Trade ${HOSTILE}` },
      [article],
      SITE_URL,
      '/sections/economy/feed.xml',
    );
    expect(shownAsHtml(channelOf(sectionFeed).description)).toBe(`Trade ${HOSTILE}`);
  });

  it('names each article’s author as dc:creator, the byline feed readers show, as plain text', () => {
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(channel.item['dc:creator']).toBe('Priya <b>Raman</b>');
    const anonymous = channelOf(buildRssFeed(site, [{ ...article, author: null }], SITE_URL));
    expect(anonymous.item['dc:creator']).toBeUndefined();
  });

  it('links each article and its picture', () => {
    expect(channel.item.link).toBe(`${SITE_URL}/articles/tariffs`);
    expect(channel.item.enclosure['@_url']).toBe('https://cms.example/uploads/map.jpg');
    expect(channel.item.enclosure['@_type']).toBe('image/jpeg');
  });
});

describe('plainTextAsHtml', () => {
  it('escapes exactly what would read as markup or an entity', () => {
    expect(plainTextAsHtml('a < b > c & d "e" \'f\'')).toBe('a &lt; b &gt; c &amp; d "e" \'f\'');
  });
});

describe('imageType', () => {
  it('names a picture’s type from its extension, JPEG when unknown', () => {
    expect(imageType('https://cms.example/uploads/a.webp?w=1')).toBe('image/webp');
    expect(imageType('https://cms.example/uploads/a')).toBe('image/jpeg');
  });
});
