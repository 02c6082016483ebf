import { routes } from '@newsroom/shared';
import type { ArticleSummary, Site } from '../cms/types';
import { escapeXml } from './xml';

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

/** The MIME type of a picture URL, from its extension. */
export function imageType(url: string): string {
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  return IMAGE_TYPES[extension] ?? 'image/jpeg';
}

/**
 * Plain text as HTML that shows exactly those characters. RSS readers render <description> as
 * HTML (RSS 2.0 allows entity-encoded HTML there), so a dek or a site description reading
 * "<img src=x onerror=…>" must reach them as &lt;img…, never as an element.
 */
export function plainTextAsHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An element with text content, escaped for XML; nothing when there is no text. */
const element = (name: string, text: string | null | undefined, indent = '      ') =>
  text ? `${indent}<${name}>${escapeXml(text)}</${name}>\n` : '';

/**
 * The site's RSS 2.0 feed: each article's headline, dek, link, author (`dc:creator`, which feed
 * readers show as the byline), section, date and hero picture. Headlines, author, section and site
 * names are plain text, as RSS 2.0 has them, escaped for XML once. Descriptions are read as HTML by
 * feed readers, so they are escaped as HTML first (plainTextAsHtml) and then for XML.
 */
export function buildRssFeed(site: Site, articles: ArticleSummary[], siteUrl: string, feedPath = '/feed.xml'): string {
  const newest = articles[0]?.publicationDate;
  const items = articles.map((article) => {
    const link = siteUrl + routes.article(article.slug);
    const picture = article.heroImage;
    return (
      '    <item>\n' +
      element('title', article.title) +
      element('link', link) +
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>\n` +
      element('description', article.dek ? plainTextAsHtml(article.dek) : null) +
      element('dc:creator', article.author?.name) +
      element('category', article.section?.name) +
      element('pubDate', new Date(article.publicationDate ?? Date.now()).toUTCString()) +
      (picture
        ? `      <enclosure url="${escapeXml(picture.src)}" length="0" type="${imageType(picture.src)}"/>\n`
        : '') +
      '    </item>\n'
    );
  });
  const logo = site.logo
    ? `    <image>\n${element('url', site.logo.src, '      ')}${element('title', site.name, '      ')}${element('link', `${siteUrl}/`, '      ')}    </image>\n`
    : '';
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n' +
    '  <channel>\n' +
    element('title', site.name, '    ') +
    element('link', `${siteUrl}/`, '    ') +
    element('description', site.description ? plainTextAsHtml(site.description) : site.name, '    ') +
    element('language', 'en', '    ') +
    element('copyright', `© ${new Date().getUTCFullYear()} ${site.name}`, '    ') +
    element('lastBuildDate', (newest ? new Date(newest) : new Date()).toUTCString(), '    ') +
    `    <atom:link href="${escapeXml(siteUrl + feedPath)}" rel="self" type="application/rss+xml"/>\n` +
    logo +
    items.join('') +
    '  </channel>\n' +
    '</rss>\n'
  );
}
