import type { BreadcrumbList, NewsArticle, Person, WithContext } from 'schema-dts';
import { routes } from '@newsroom/shared';
import type { Article, AuthorProfile, Site } from '../cms/types';

/** schema.org NewsArticle for an article page: headline, image with its credit, dates, author with role. */
export function newsArticleJsonLd(article: Article, site: Site, siteUrl: string): WithContext<NewsArticle> {
  const url = siteUrl + routes.article(article.slug);
  const image = article.heroImage;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek ?? undefined,
    url,
    mainEntityOfPage: url,
    datePublished: article.publicationDate ?? undefined,
    dateModified: article.updatedAt ?? article.publicationDate ?? undefined,
    image: image
      ? {
          '@type': 'ImageObject',
          url: image.src,
          width: { '@type': 'QuantitativeValue', value: image.width },
          height: { '@type': 'QuantitativeValue', value: image.height },
          caption: image.caption ?? undefined,
          creditText: image.imageSource ?? undefined,
        }
      : undefined,
    author: article.author
      ? {
          '@type': 'Person',
          name: article.author.name,
          jobTitle: article.author.role ?? undefined,
          url: siteUrl + routes.author(article.author.slug),
        }
      : undefined,
    articleSection: article.section?.name,
    keywords: article.tags.map((tag) => tag.name),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: site.name,
      url: siteUrl,
      logo: site.logo
        ? {
            '@type': 'ImageObject',
            url: site.logo.src,
            width: { '@type': 'QuantitativeValue', value: site.logo.width },
            height: { '@type': 'QuantitativeValue', value: site.logo.height },
          }
        : undefined,
    },
  };
}

/** Home › Section › Article. */
export function breadcrumbJsonLd(article: Article, site: Site, siteUrl: string): WithContext<BreadcrumbList> {
  const crumbs = [
    { name: site.name, url: siteUrl + routes.home() },
    ...(article.section ? [{ name: article.section.name, url: siteUrl + routes.section(article.section.slug) }] : []),
    { name: article.title, url: siteUrl + routes.article(article.slug) },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** Serialises JSON-LD for a <script> element: "<" is escaped so content can never close the tag. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** schema.org Person for an author page: name, role as jobTitle, bio, portrait. */
export function personJsonLd(author: AuthorProfile, siteUrl: string): WithContext<Person> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: author.name,
    jobTitle: author.role ?? undefined,
    description: author.bio ?? undefined,
    image: author.avatar?.src,
    url: siteUrl + routes.author(author.slug),
  };
}
