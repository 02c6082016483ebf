import type { Block } from './blocks';

/**
 * One article as a source format describes it, before it meets the CMS: every importer (plain
 * text, Markdown, WordPress) produces these, and one writer turns them into articles.
 */
export type SourceArticle = {
  /** Stable identity in the source ("wxr:<guid>", "file:<relative path>"): importing twice updates. */
  sourceId: string;
  /** Where it came from, for messages: "exports/dam.txt", "site.xml: post 42 “Title”". */
  origin: string;
  title: string;
  /** Left out: the importer derives one from the headline. */
  slug?: string;
  dek?: string;
  body: Block[];
  /** Calendar date of publication, YYYY-MM-DD. */
  publicationDate?: string;
  /** `scheduled` goes live at `publishAt` (ISO 8601, UTC). */
  status: 'draft' | 'published' | 'scheduled';
  publishAt?: string;
  author?: { name: string; role?: string };
  section?: string;
  tags: string[];
  /** The hero picture: a local file (resolved against the source file's folder) or a URL. */
  hero?: { path?: string; url?: string };
  heroCaption?: string;
  heroAlt?: string;
  imageSource?: string;
  /** Slugs the article had before; their URLs redirect to the article. */
  formerSlugs: string[];
};

/** Something in a source that was not imported, and why: named so an operator can find it. */
export type SourceNotice = { origin: string; line?: number; reason: string };

/** What one source file yields: articles to write, items skipped on purpose, items refused. */
export type ParsedSource = {
  articles: SourceArticle[];
  /** Not articles (pages, menus, attachments): reported, not imported. */
  skipped: SourceNotice[];
  /** Could not be imported faithfully: reported with the reason, nothing of it written. */
  refused: SourceNotice[];
  /** Imported, with something the operator should know (a picture that could not be fetched…). */
  warnings: SourceNotice[];
};
