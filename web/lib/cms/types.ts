// Domain types the website's pages and components work with. They never mirror GraphQL's shapes:
// reshape.ts turns query results into these.

export type Picture = {
  src: string;
  alt: string;
  width: number;
  height: number;
};

export type Byline = {
  name: string;
  slug: string;
  role: string | null;
};

export type AuthorProfile = Byline & {
  bio: string | null;
  avatar: Picture | null;
};

export type SectionLink = { name: string; slug: string };
export type TagLink = { name: string; slug: string };

export type ArticleSummary = {
  documentId: string;
  title: string;
  slug: string;
  dek: string | null;
  /** Editor-set calendar date, "YYYY-MM-DD". */
  publicationDate: string | null;
  heroImage: Picture | null;
  author: Byline | null;
  section: SectionLink | null;
};

export type HeroImage = Picture & {
  caption: string | null;
  /** Agency or photographer credited under the picture, e.g. "AFP". */
  imageSource: string | null;
};

/** Strapi rich text "blocks", validated loosely: the renderer ignores what it does not know. */
export type RichTextBlock = { type: string; [key: string]: unknown };

export type Article = Omit<ArticleSummary, 'heroImage' | 'author'> & {
  heroImage: HeroImage | null;
  body: RichTextBlock[];
  author: AuthorProfile | null;
  tags: TagLink[];
  updatedAt: string | null;
  seo: {
    title: string;
    description: string | null;
    canonicalUrl: string | null;
    shareImage: Picture | null;
  };
};

export type Site = {
  name: string;
  description: string | null;
  logo: Picture | null;
  /** The Google tag measurement id set in Site settings ("G-…"), if any. */
  analyticsId: string | null;
  /** The sections, for the site's navigation. */
  sections: SectionLink[];
};

/** Where a reader goes next from an article. */
export type ReadingOn = {
  related: ArticleSummary[];
  previous: { title: string; slug: string } | null;
  next: { title: string; slug: string } | null;
};

export type Paged<T> = {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
};
