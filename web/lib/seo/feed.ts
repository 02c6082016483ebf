import { Feed } from 'feed';
import { routes } from '@newsroom/shared';
import type { ArticleSummary, Site } from '../cms/types';

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

/**
 * The site's RSS 2.0 feed: each article's headline, dek, link, section, date and hero picture.
 * Headlines, section and site names are plain text, as RSS 2.0 has them: the feed library escapes
 * them for XML once, and readers show them as text. Only descriptions are read as HTML.
 */
export function buildRssFeed(site: Site, articles: ArticleSummary[], siteUrl: string, feedPath = '/feed.xml'): string {
  const feed = new Feed({
    title: site.name,
    description: site.description ? plainTextAsHtml(site.description) : undefined,
    id: `${siteUrl}/`,
    link: `${siteUrl}/`,
    language: 'en',
    copyright: `© ${new Date().getUTCFullYear()} ${site.name}`,
    feedLinks: { rss: `${siteUrl}${feedPath}` },
    image: site.logo?.src,
    updated: articles[0]?.publicationDate ? new Date(articles[0].publicationDate) : undefined,
  });
  for (const article of articles) {
    const link = siteUrl + routes.article(article.slug);
    feed.addItem({
      title: article.title,
      id: link,
      link,
      description: article.dek ? plainTextAsHtml(article.dek) : undefined,
      date: new Date(article.publicationDate ?? Date.now()),
      author: article.author ? [{ name: article.author.name }] : undefined,
      category: article.section ? [{ name: article.section.name }] : undefined,
      enclosure: article.heroImage
        ? { url: article.heroImage.src, type: imageType(article.heroImage.src), length: 0 }
        : undefined,
    });
  }
  return feed.rss2();
}
