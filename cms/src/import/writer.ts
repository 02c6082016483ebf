import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { randomBytes } from 'node:crypto';
import {
  checkBeforePublish,
  isValidSlug,
  normalizeBody,
  searchTextOf,
  slugFromText,
  validateArticle,
} from '@newsroom/shared';
import { articleListings } from '../bootstrap/query-indexes';
import { addVersions } from '../history';
import { quietly } from './quiet';
import type { Block } from './blocks';
import type { SourceArticle } from './source-article';

const ARTICLE = 'api::article.article';
const AUTHOR = 'api::author.author';
const SECTION = 'api::section.section';
const TAG = 'api::tag.tag';
/** Articles written per transaction: one commit per batch instead of one per row. */
const BATCH = 200;
const PICTURE_TIMEOUT_MS = 10_000;
const PICTURE_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

export type ImportOptions = {
  /** Publish what the source has published (and schedule what it has scheduled); otherwise all drafts. */
  publish: boolean;
  /** Report what would happen; write nothing. */
  dryRun: boolean;
  /** Called after each article with the number done so far. */
  progress?: (done: number) => void;
  /** Fetches a picture by URL; null when it cannot be had. */
  fetchPicture?: (url: string) => Promise<Buffer | null>;
};

export type Outcome = 'created' | 'updated' | 'refused';
export type ItemReport = { origin: string; outcome: Outcome; detail: string; documentId?: string };

type NamedRow = { id: number; documentId: string; name: string };

/** What an import reads once up front, so per-article work is lookups in memory, not queries. */
type Known = {
  authors: Map<string, NamedRow>;
  sections: Map<string, NamedRow>;
  tags: Map<string, NamedRow>;
  /** sourceId → documentId of articles imported before. */
  imported: Map<string, string>;
  /** Slugs held by an article (current or former) → that article's documentId. */
  slugs: Map<string, string>;
};

const nameKey = (name: string) => name.trim().toLocaleLowerCase();

async function loadNamed(strapi: Core.Strapi, uid: typeof AUTHOR | typeof SECTION | typeof TAG) {
  const rows: NamedRow[] = await strapi.db.query(uid).findMany({ select: ['id', 'documentId', 'name'] });
  return new Map(rows.map((row) => [nameKey(row.name), row]));
}

/**
 * Rows read per query while loading what the archive already holds. Strapi populates a relation with
 * one `IN (…)` of the parent ids: past 65,535 rows PostgreSQL refuses the statement (its limit on
 * bind parameters), which broke an import into an archive of 70,000 articles.
 */
const KNOWN_PAGE = 5000;

type KnownArticle = {
  documentId: string;
  slug: string | null;
  sourceId: string | null;
  formerSlugs?: { slug: string }[];
};

async function loadKnown(strapi: Core.Strapi): Promise<Known> {
  const articles: KnownArticle[] = [];
  for (let offset = 0; ; offset += KNOWN_PAGE) {
    const page: KnownArticle[] = await strapi.db.query(ARTICLE).findMany({
      select: ['documentId', 'slug', 'sourceId'],
      populate: { formerSlugs: { select: ['slug'] } },
      orderBy: { id: 'asc' },
      offset,
      limit: KNOWN_PAGE,
    });
    articles.push(...page);
    if (page.length < KNOWN_PAGE) break;
  }
  const slugs = new Map<string, string>();
  const imported = new Map<string, string>();
  for (const article of articles) {
    if (article.slug) slugs.set(article.slug, article.documentId);
    for (const former of article.formerSlugs ?? []) slugs.set(former.slug, article.documentId);
    if (article.sourceId) imported.set(article.sourceId, article.documentId);
  }
  return {
    authors: await loadNamed(strapi, AUTHOR),
    sections: await loadNamed(strapi, SECTION),
    tags: await loadNamed(strapi, TAG),
    imported,
    slugs,
  };
}

/** A slug the article can have: its own, or from its headline, or from its source id; never another article's. */
function chooseSlug(article: SourceArticle, documentId: string | null, known: Known): string {
  const wanted = [article.slug ?? '', article.title].map(slugFromText).find(Boolean);
  const base = wanted || `article-${createHash('sha256').update(article.sourceId).digest('hex').slice(0, 10)}`;
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base.slice(0, 110)}-${n}`;
    const holder = known.slugs.get(candidate);
    if (!holder || holder === documentId) return candidate;
  }
}

/** Finds an author, section or tag by name, creating it (live at once: these have no drafts). */
async function named(
  strapi: Core.Strapi,
  uid: typeof AUTHOR | typeof SECTION | typeof TAG,
  cache: Map<string, NamedRow>,
  name: string,
  dryRun: boolean,
  extra: Record<string, string> = {},
): Promise<{ row: NamedRow; created: boolean }> {
  const found = cache.get(nameKey(name));
  if (found) return { row: found, created: false };
  const slugs = new Set([...cache.values()].map((row) => slugFromText(row.name)));
  let slug =
    slugFromText(name) || `${uid.split('.').pop()}-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
  for (let n = 2; slugs.has(slug); n += 1) slug = `${slugFromText(name)}-${n}`;
  const row = dryRun
    ? { id: 0, documentId: `(new ${name})`, name }
    : await strapi.documents(uid).create({ data: { name: name.trim(), slug, ...extra } });
  const created = { id: Number(row.id), documentId: row.documentId, name: row.name ?? name };
  cache.set(nameKey(name), created);
  return { row: created, created: true };
}

async function fetchOverHttp(url: string): Promise<Buffer | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(PICTURE_TIMEOUT_MS) });
    return response.ok ? Buffer.from(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

type MediaFile = { id: number; name: string; size: number; url: string } & Record<string, unknown>;

/**
 * Puts a picture in the media library, or finds the one an earlier import put there (same name,
 * same size): importing a source again does not fill the library with copies.
 */
async function uploadPicture(
  strapi: Core.Strapi,
  picture: Buffer,
  name: string,
  alternativeText: string | null,
): Promise<MediaFile> {
  const sizeKb = Math.round((picture.length / 1000) * 100) / 100;
  const earlier: MediaFile | null = await strapi.db
    .query('plugin::upload.file')
    .findOne({ where: { name, size: sizeKb } });
  if (earlier) return earlier;
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-import-'));
  const filepath = path.join(tmp, name);
  try {
    await fs.writeFile(filepath, picture);
    const [file]: MediaFile[] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText, caption: null } },
        files: {
          filepath,
          originalFilename: name,
          mimetype: PICTURE_TYPES[path.extname(name).toLowerCase()] ?? 'image/jpeg',
          size: picture.length,
        },
      });
    return file;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/** A picture's bytes from a local path or a URL; null when it cannot be had. */
async function readPicture(where: string, options: ImportOptions): Promise<Buffer | null> {
  if (/^https?:\/\//i.test(where)) return (options.fetchPicture ?? fetchOverHttp)(where);
  return fs.readFile(where).catch(() => null);
}

const fileName = (where: string) =>
  decodeURIComponent(path.basename(new URL(where, 'file:///').pathname)) || 'picture.jpg';

/**
 * The body with its pictures in the media library (Strapi keeps the file's fields inside an image
 * block); a picture that cannot be had is left out and named in the report.
 */
async function bodyWithPictures(
  strapi: Core.Strapi,
  body: Block[],
  options: ImportOptions,
  notes: string[],
): Promise<Block[]> {
  const blocks: Block[] = [];
  for (const block of body) {
    if (block.type !== 'image') {
      blocks.push(block);
      continue;
    }
    const picture = await readPicture(block.image.url, options);
    if (!picture) {
      notes.push(`the picture ${block.image.url} in the body could not be read and was left out`);
      continue;
    }
    if (options.dryRun) {
      blocks.push(block);
      continue;
    }
    const file = await uploadPicture(strapi, picture, fileName(block.image.url), block.image.alternativeText);
    blocks.push({
      ...block,
      image: {
        ...file,
        alternativeText: block.image.alternativeText ?? null,
        caption: block.image.caption ?? null,
      },
    });
  }
  return blocks;
}

type Picture = { id: number | null; problem: string | null };

/** The article's hero picture: kept when the article already has one, else read from disk or fetched. */
async function heroPicture(
  strapi: Core.Strapi,
  article: SourceArticle,
  existing: number | null,
  options: ImportOptions,
): Promise<Picture> {
  const hero = article.hero;
  if (!hero || existing !== null) return { id: existing, problem: null };
  const where = hero.path ?? hero.url ?? '';
  const picture = await readPicture(where, options);
  if (!picture) return { id: null, problem: `the hero picture ${where} could not be read` };
  if (options.dryRun) return { id: null, problem: null };
  return { id: (await uploadPicture(strapi, picture, fileName(where), article.heroAlt ?? null)).id, problem: null };
}

/** What the CMS said when it refused a write, each field named. */
function refusal(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details: unknown = 'details' in error ? error.details : null;
  const fields =
    details && typeof details === 'object' && 'errors' in details && Array.isArray(details.errors)
      ? details.errors
      : [];
  const named = fields.map(
    (field: { path?: unknown; message?: unknown }) =>
      `${Array.isArray(field.path) ? field.path.join('.') : 'article'}: ${String(field.message)}`,
  );
  return named.length > 0 ? named.join('; ') : error.message;
}

type Versions = Parameters<typeof addVersions>[1];
type NewArticle = {
  title: string;
  slug: string;
  dek?: string;
  body: Block[];
  heroImage?: number;
  heroAlt?: string;
  heroCaption?: string;
  imageSource?: string;
  publicationDate?: string;
  sourceId: string;
  publishAt?: string;
  proposedPublishAt?: string;
  /** Document ids, as a version records them (the rows link by row id). */
  author?: string;
  section?: string;
  tags: string[];
};

/** Strapi's document ids: 24 lowercase letters and digits. */
const newDocumentId = () =>
  Array.from(randomBytes(24), (byte) => 'abcdefghijklmnopqrstuvwxyz0123456789'[byte % 36]).join('');

/** Lengths the content type allows, checked as Strapi's validator would before a row is written. */
function tooLong(strapi: Core.Strapi, data: Record<string, unknown>): string[] {
  const attributes: Record<string, object> = strapi.contentType(ARTICLE).attributes;
  return Object.entries(data).flatMap(([field, value]) => {
    const attribute = attributes[field];
    const max = attribute && 'maxLength' in attribute ? attribute.maxLength : undefined;
    return typeof value === 'string' && typeof max === 'number' && value.length > max
      ? [`${field}: ${value.length} characters, at most ${max} allowed`]
      : [];
  });
}

/**
 * The fast path for an article the CMS has never seen (most of a first import): the same rules,
 * checked above with the shared functions, then the draft row (and the published row) written
 * directly with their relations, and the version the history keeps added with the batch: no
 * per-row reads of what the importer already knows.
 */
async function insertNew(
  strapi: Core.Strapi,
  data: NewArticle,
  rowIds: { author?: number; section?: number; tags: number[] },
  live: boolean,
  versions: Versions,
): Promise<{ documentId: string }> {
  const problems = tooLong(strapi, data);
  if (problems.length > 0) throw new Error(problems.join('; '));
  const documentId = newDocumentId();
  const now = new Date();
  // Publishing stamps today's date when the source gave none; the draft shows the same.
  const publicationDate = data.publicationDate ?? (live ? now.toISOString().slice(0, 10) : undefined);
  const row = {
    ...data,
    publicationDate,
    documentId,
    searchText: searchTextOf(data),
    reviewRevision: 0,
    author: rowIds.author ?? null,
    section: rowIds.section ?? null,
    tags: rowIds.tags,
    heroImage: data.heroImage ?? null,
    createdAt: now,
    updatedAt: now,
  };
  const articles = strapi.db.query(ARTICLE);
  await articles.create({ data: { ...row, publishedAt: null } });
  if (live) {
    await articles.create({
      data: { ...row, publishedAt: now },
    });
  }
  const snapshot = {
    title: data.title,
    slug: data.slug,
    dek: data.dek ?? null,
    body: data.body,
    heroImage: data.heroImage ?? null,
    heroAlt: data.heroAlt ?? null,
    heroCaption: data.heroCaption ?? null,
    imageSource: data.imageSource ?? null,
    publicationDate: publicationDate ?? null,
    author: data.author ?? null,
    section: data.section ?? null,
    tags: [...data.tags].sort(),
    seo: null,
  };
  versions.push({ documentId, action: live ? 'publish' : 'save', editor: 'Import', snapshot });
  return { documentId };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Writes source articles into the CMS through the document service, so every editorial rule,
 * the history and search text apply as they do in the admin; matched by source id (importing the
 * same source again updates the same articles), authors, sections and tags matched by name or
 * created. Writes go in batches inside one transaction each, with the website's per-change
 * notifications held back: the caller announces the import once.
 */
export async function writeArticles(
  strapi: Core.Strapi,
  articles: SourceArticle[],
  options: ImportOptions,
): Promise<ItemReport[]> {
  const known = await loadKnown(strapi);
  const reports: ItemReport[] = [];
  for (let start = 0; start < articles.length; start += BATCH) {
    const batch = articles.slice(start, start + BATCH);
    const write = async () => {
      const versions: Versions = [];
      for (const article of batch) {
        reports.push(await writeOne(strapi, article, known, options, versions));
        options.progress?.(reports.length);
      }
      await addVersions(strapi, versions);
    };
    await quietly(async () => {
      if (options.dryRun) await write();
      else await strapi.db.transaction(write);
    });
  }
  return reports;
}

/**
 * After a large import on PostgreSQL: the written tables vacuumed and analysed at once, instead of
 * whenever autovacuum gets to them. Until then the planner works from the row counts of before the
 * import and cannot answer counts from the indexes alone: measured right after importing 100,000
 * articles, the front page took 173 ms and an article page 441 ms (p50), 27 ms and 59 ms after.
 * SQLite plans from its indexes without statistics; nothing to do there.
 */
export async function settleAfterImport(strapi: Core.Strapi): Promise<void> {
  if (strapi.db.dialect.client !== 'postgres') return;
  const tables = new Set<string>();
  for (const uid of [ARTICLE, AUTHOR, SECTION, TAG, 'plugin::upload.file'] as const) {
    const meta = strapi.db.metadata.get(uid);
    tables.add(meta.tableName);
    for (const attribute of Object.values(meta.attributes)) {
      if ('joinTable' in attribute && attribute.joinTable) tables.add(attribute.joinTable.name);
    }
  }
  // The table of published articles by section, tag and author, which the triggers filled.
  tables.add(articleListings(strapi).table);
  const schema = strapi.db.getSchemaName();
  for (const table of [...tables].sort()) {
    // VACUUM cannot run inside a transaction: on the connection itself, one table at a time.
    await strapi.db.connection.raw(`VACUUM (ANALYZE) ${schema ? `"${schema}".` : ''}"${table}"`);
  }
}

async function writeOne(
  strapi: Core.Strapi,
  article: SourceArticle,
  known: Known,
  options: ImportOptions,
  batchVersions: Versions,
): Promise<ItemReport> {
  const { origin } = article;
  const documentId = known.imported.get(article.sourceId) ?? null;
  const notes: string[] = [];

  const before = documentId
    ? await strapi.db
        .query(ARTICLE)
        .findOne({ where: { documentId, publishedAt: null }, populate: { heroImage: true } })
    : null;
  const picture = await heroPicture(strapi, article, before?.heroImage?.id ?? null, options);
  if (picture.problem) notes.push(`${picture.problem}: add a picture before publishing`);

  const slug = chooseSlug(article, documentId, known);
  const draft = {
    title: article.title,
    dek: article.dek,
    body: await bodyWithPictures(strapi, article.body, options, notes),
    heroImage: picture.id ?? undefined,
    heroAlt: article.heroAlt,
    heroCaption: article.heroCaption,
    imageSource: article.imageSource,
  };
  const invalid = validateArticle(draft);
  if (invalid.length > 0) {
    return { origin, outcome: 'refused', detail: invalid.map((error) => error.message).join(' ') };
  }

  const references: { author?: string; section?: string } = {};
  const rowIds: { author?: number; section?: number; tags: number[] } = { tags: [] };
  if (article.author) {
    const extra: Record<string, string> = {};
    if (article.author.role) extra.role = article.author.role;
    const { row, created } = await named(strapi, AUTHOR, known.authors, article.author.name, options.dryRun, extra);
    references.author = row.documentId;
    rowIds.author = row.id;
    if (created) notes.push(`new author ${row.name}`);
  }
  if (article.section) {
    const { row, created } = await named(strapi, SECTION, known.sections, article.section, options.dryRun);
    references.section = row.documentId;
    rowIds.section = row.id;
    if (created) notes.push(`new section ${row.name}`);
  }
  const tagIds: string[] = [];
  let newTags = 0;
  for (const tag of article.tags) {
    const { row, created } = await named(strapi, TAG, known.tags, tag, options.dryRun);
    tagIds.push(row.documentId);
    rowIds.tags.push(row.id);
    if (created) newTags += 1;
  }
  if (newTags > 0) notes.push(plural(newTags, 'new tag'));

  const formerSlugs = article.formerSlugs
    .map(slugFromText)
    .filter((former) => isValidSlug(former) && former !== slug && !known.slugs.has(former));
  const goesLive = options.publish && article.status === 'published' && !picture.problem;
  const schedule = article.status === 'scheduled' && article.publishAt && !picture.problem;
  const data = {
    ...draft,
    ...references,
    tags: tagIds,
    slug,
    sourceId: article.sourceId,
    publicationDate: article.publicationDate,
    ...(formerSlugs.length > 0 ? { formerSlugs: formerSlugs.map((former) => ({ slug: former })) } : {}),
    ...(schedule
      ? options.publish
        ? { publishAt: article.publishAt }
        : { proposedPublishAt: article.publishAt }
      : {}),
  };
  // The checks the Publish button runs, before anything is written: a refusal keeps a draft.
  const unpublishable = goesLive ? checkBeforePublish(draft) : [];
  if (unpublishable.length > 0) {
    notes.push(`kept as a draft: ${unpublishable.map((error) => error.message).join(' ')}`);
  }

  const detail = (verb: string) =>
    [
      `${verb}${goesLive && unpublishable.length === 0 ? ' and published' : schedule && options.publish ? ', scheduled' : ' as a draft'}`,
      ...notes,
    ].join('; ');
  if (options.dryRun) {
    return {
      origin,
      outcome: documentId ? 'updated' : 'created',
      detail: detail(documentId ? 'would update' : 'would create'),
    };
  }

  let saved: { documentId: string } | null;
  const live = goesLive && unpublishable.length === 0;
  try {
    if (!documentId && formerSlugs.length === 0) {
      saved = await insertNew(strapi, { ...data, body: normalizeBody(data.body) }, rowIds, live, batchVersions);
    } else {
      // A save with status "published" writes the draft and publishes it in one pass of the rules.
      const status = live ? ('published' as const) : undefined;
      saved = documentId
        ? await strapi.documents(ARTICLE).update({ documentId, data, status })
        : await strapi.documents(ARTICLE).create({ data, status });
    }
  } catch (error) {
    return { origin, outcome: 'refused', detail: refusal(error) };
  }
  if (!saved) return { origin, outcome: 'refused', detail: 'the article vanished while it was being updated' };
  known.imported.set(article.sourceId, saved.documentId);
  known.slugs.set(slug, saved.documentId);
  for (const former of formerSlugs) known.slugs.set(former, saved.documentId);
  return {
    origin,
    outcome: documentId ? 'updated' : 'created',
    detail: detail(documentId ? 'updated' : 'created'),
    documentId: saved.documentId,
  };
}
