import type {
  ArticleCardFieldsFragment,
  ArticlePageFieldsFragment,
  ArticleReadingOnFieldsFragment,
  ImageFieldsFragment,
  SiteFieldsFragment,
} from '@newsroom/shared';
import type { Article, ArticleSummary, Paged, Picture, ReadingOn, RichTextBlock, Site } from './types';

type ArticleNode = ArticlePageFieldsFragment;

/** Turns a Strapi media URL (often "/uploads/…") into an absolute URL on the media origin. */
export function mediaUrl(url: string, mediaOrigin: string): string {
  return /^https?:\/\//i.test(url) ? url : `${mediaOrigin}${url.startsWith('/') ? '' : '/'}${url}`;
}

/** A picture the page can lay out, or null when the CMS gave no usable file. */
export function reshapePicture(file: ImageFieldsFragment | null | undefined, mediaOrigin: string): Picture | null {
  if (!file?.url || !file.width || !file.height) return null;
  return {
    src: mediaUrl(file.url, mediaOrigin),
    alt: file.alternativeText ?? '',
    width: file.width,
    height: file.height,
  };
}

const blank = (value: string | null | undefined) => (value && value.trim() !== '' ? value.trim() : null);

/**
 * The hero picture with the article's own alt text: it is published with the article, so editing
 * the shared media file never changes a live page. Articles saved before the article had its own
 * alt text (heroAlt null) keep the media library's.
 */
function heroPicture(node: ArticleCardFieldsFragment, mediaOrigin: string): Picture | null {
  const picture = reshapePicture(node.heroImage, mediaOrigin);
  if (!picture) return null;
  return node.heroAlt === null || node.heroAlt === undefined ? picture : { ...picture, alt: node.heroAlt.trim() };
}

const isBlock = (block: unknown): block is RichTextBlock =>
  typeof block === 'object' && block !== null && typeof (block as { type?: unknown }).type === 'string';

/**
 * Keeps only blocks shaped like Strapi's rich text (anything else in the JSON field is dropped);
 * a picture in the body becomes a `Picture` on the media origin, with its caption, or is dropped
 * when the file is unusable.
 */
export function reshapeBody(body: unknown, mediaOrigin = ''): RichTextBlock[] {
  if (!Array.isArray(body)) return [];
  return body.filter(isBlock).flatMap((block): RichTextBlock[] => {
    if (block.type !== 'image') return [block];
    const file = block.image as (ImageFieldsFragment & { caption?: string | null }) | null | undefined;
    const picture = reshapePicture(file, mediaOrigin);
    return picture ? [{ type: 'image', picture, caption: blank(file?.caption) }] : [];
  });
}

type PageOf<Node> = { nodes: Node[]; pageInfo: { page: number; pageCount: number; total: number } };

/** One page of a GraphQL connection as a `Paged` list; an absent connection is an empty page. */
export function reshapePage<Node, Item>(
  connection: PageOf<Node> | null | undefined,
  page: number,
  reshapeItem: (node: Node) => Item,
): Paged<Item> {
  return {
    items: (connection?.nodes ?? []).map(reshapeItem),
    page: connection?.pageInfo.page ?? page,
    pageCount: connection?.pageInfo.pageCount ?? 0,
    total: connection?.pageInfo.total ?? 0,
  };
}

export function reshapeArticleSummary(node: ArticleCardFieldsFragment, mediaOrigin: string): ArticleSummary {
  return {
    documentId: node.documentId,
    title: node.title,
    slug: node.slug,
    dek: blank(node.dek),
    publicationDate: node.publicationDate ?? node.publishedAt?.slice(0, 10) ?? null,
    heroImage: heroPicture(node, mediaOrigin),
    author: node.author ? { name: node.author.name, slug: node.author.slug, role: blank(node.author.role) } : null,
    section: node.section ? { name: node.section.name, slug: node.section.slug } : null,
  };
}

export function reshapeArticle(node: ArticleNode, mediaOrigin: string): Article {
  const summary = reshapeArticleSummary(node, mediaOrigin);
  return {
    ...summary,
    heroImage: summary.heroImage
      ? { ...summary.heroImage, caption: blank(node.heroCaption), imageSource: blank(node.imageSource) }
      : null,
    body: reshapeBody(node.body, mediaOrigin),
    author:
      summary.author && node.author
        ? { ...summary.author, bio: blank(node.author.bio), avatar: reshapePicture(node.author.avatar, mediaOrigin) }
        : null,
    tags: node.tags.flatMap((tag) => (tag ? [{ name: tag.name, slug: tag.slug }] : [])),
    updatedAt: node.updatedAt ?? null,
    seo: {
      title: blank(node.seo?.metaTitle) ?? node.title,
      description: blank(node.seo?.metaDescription) ?? blank(node.dek),
      canonicalUrl: blank(node.seo?.canonicalUrl),
      shareImage: reshapePicture(node.seo?.shareImage, mediaOrigin) ?? summary.heroImage,
    },
  };
}

/** How many related articles an article page shows (one row of cards). */
export const RELATED_SHOWN = 3;

/**
 * Related articles less the section's previous and next pieces, which the page links just above
 * them, at most RELATED_SHOWN. Neighbours are matched by slug: the reading-on fragment selects only
 * their title and slug, and both come from the same published read, where a slug (a uid) names
 * one article.
 */
export function relatedBesidesNeighbours(
  related: ArticleSummary[],
  neighbours: ({ slug: string } | null)[],
): ArticleSummary[] {
  const linkedAbove = new Set(neighbours.flatMap((neighbour) => (neighbour ? [neighbour.slug] : [])));
  return related.filter((article) => !linkedAbove.has(article.slug)).slice(0, RELATED_SHOWN);
}

export function reshapeReadingOn(node: ArticleReadingOnFieldsFragment, mediaOrigin: string): ReadingOn {
  const link = (value: { title: string; slug: string } | null | undefined) =>
    value ? { title: value.title, slug: value.slug } : null;
  const previous = link(node.previousInSection);
  const next = link(node.nextInSection);
  const related = node.related.map((item) => reshapeArticleSummary(item, mediaOrigin));
  return { related: relatedBesidesNeighbours(related, [previous, next]), previous, next };
}

export const FALLBACK_SITE: Site = { name: 'Newsroom', description: null, logo: null, analyticsId: null, sections: [] };

/** The publication's settings (and, for pages, its sections); the fallback when none are saved yet. */
export function reshapeSite(
  settings: SiteFieldsFragment | null | undefined,
  mediaOrigin: string,
  navigation: ({ name: string; slug: string } | null)[] = [],
): Site {
  const sections = navigation.flatMap((section) => (section ? [{ name: section.name, slug: section.slug }] : []));
  if (!settings) return { ...FALLBACK_SITE, sections };
  return {
    name: settings.siteName,
    description: blank(settings.description),
    logo: reshapePicture(settings.logo, mediaOrigin),
    analyticsId: blank(settings.analyticsMeasurementId),
    sections,
  };
}
