// Markdown files with YAML front matter: the front matter carries the article's fields, the
// Markdown after it the body. The body goes Markdown → HTML (markdown-it) → blocks (htmlToBlocks),
// so Markdown and HTML sources share one converter and one set of rules about what survives.
import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';
import type { Block, InlineNode } from '../blocks';
import { htmlToBlocks } from '../html-to-blocks';
import type { ParsedSource, SourceArticle, SourceNotice } from '../source-article';
import { isoDate, parseEnglishDate } from './plain-text';

const KNOWN_KEYS = new Set([
  'title',
  'headline',
  'dek',
  'date',
  'author',
  'role',
  'section',
  'tags',
  'hero',
  'image',
  'caption',
  'imageSource',
  'image_source',
  'alt',
  'slug',
  'status',
  'publishAt',
  'publish_at',
]);

// `html: true` because Markdown files often carry a little inline HTML (a <sup>, a <figure>) that
// htmlToBlocks knows what to do with; typographer stays off so quotation marks stay as written.
const markdownIt = new MarkdownIt({ html: true, linkify: false, typographer: false });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Calendar date in UTC: YAML's unquoted `2021-12-01` is midnight UTC, so UTC gives the day written. */
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/** The 1-based file line of `key:` in the front matter, so a refusal points at the field. */
function keyLine(text: string, key: string): number | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 1; index < lines.length; index++) {
    if (/^---\s*$/.test(lines[index])) return undefined;
    if (lines[index].startsWith(`${key}:`)) return index + 1;
  }
  return undefined;
}

type FieldResult<T> = { value?: T; problem?: string };

/** A text field: YAML turns `title: 1984` into a number and `caption: 2021-12-01` into a Date. */
function textField(data: Record<string, unknown>, key: string): FieldResult<string> {
  const value = data[key];
  if (value === undefined || value === null) return {};
  if (typeof value === 'string') return value.trim() === '' ? {} : { value: value.trim() };
  if (typeof value === 'number' || typeof value === 'boolean') return { value: String(value) };
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { value: utcDay(value) };
  return { problem: `“${key}” should be text, not a ${Array.isArray(value) ? 'list' : 'set of fields'}` };
}

function dateField(data: Record<string, unknown>, key: string): FieldResult<string> {
  const value = data[key];
  if (value === undefined || value === null || value === '') return {};
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { problem: `“${key}” is not a date` } : { value: utcDay(value) };
  }
  if (typeof value === 'string') {
    const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
    const day = ymd ? isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) : parseEnglishDate(value);
    if (day !== undefined) return { value: day };
  }
  return { problem: `“${key}: ${String(value)}” is not a date (write it as YYYY-MM-DD)` };
}

// "2025-03-01T09:00", "2025-03-01 09:00:00+01:00", "2025-03-01T08:00:00Z".
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** A moment as ISO 8601 UTC. Without a time zone it is taken as UTC, as YAML does for unquoted times. */
function momentField(data: Record<string, unknown>, key: string): FieldResult<string> {
  const value = data[key];
  if (value === undefined || value === null || value === '') return {};
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { value: value.toISOString() };
  const match = typeof value === 'string' ? DATE_TIME.exec(value.trim()) : null;
  if (match) {
    const zone = (match[3] ?? 'Z').toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const moment = new Date(`${match[1]}T${match[2] ?? '00:00'}${zone}`);
    if (!Number.isNaN(moment.getTime())) return { value: moment.toISOString() };
  }
  return { problem: `“${key}: ${String(value)}” is not a date and time (write it as 2025-03-01T09:00:00Z)` };
}

function tagsField(data: Record<string, unknown>): FieldResult<string[]> {
  const value = data.tags;
  if (value === undefined || value === null) return { value: [] };
  const raw = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
  if (raw === undefined || raw.some((tag) => typeof tag !== 'string' && typeof tag !== 'number')) {
    return { problem: '“tags” should be a list of words or a comma-separated line' };
  }
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of raw.map((entry) => String(entry).trim())) {
    if (tag === '' || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return { value: tags };
}

function heroField(picture: string): FieldResult<{ path?: string; url?: string }> {
  if (/^https?:\/\//i.test(picture)) return { value: { url: picture } };
  // Two letters at least, so a Windows path ("C:\pictures\a.jpg") is not taken for a scheme.
  if (/^[a-z][a-z0-9+.-]+:/i.test(picture)) {
    return { problem: `the hero picture “${picture}” is neither a file next to the article nor an http(s) address` };
  }
  return { value: { path: picture } };
}

function yamlProblem(error: unknown): { line?: number; reason: string } {
  if (!(error instanceof Error)) return { reason: 'the front matter is not valid YAML' };
  const reason = 'reason' in error && typeof error.reason === 'string' ? error.reason : error.message.split('\n')[0];
  const mark = 'mark' in error ? error.mark : undefined;
  // js-yaml counts lines from 0 within what gray-matter hands it, which starts right after the
  // opening "---" (the rest of line 1): its line 0 is the file's line 1.
  const line = isRecord(mark) && typeof mark.line === 'number' ? mark.line + 1 : undefined;
  return { ...(line !== undefined ? { line } : {}), reason: `the front matter is not valid YAML: ${reason}` };
}

const inlineText = (nodes: InlineNode[]): string =>
  nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('');

const sameWords = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** Parses one Markdown file; `origin` names it in messages, `sourceId` is its stable identity. */
export function parseMarkdown(text: string, origin: string, sourceId: string): ParsedSource {
  const refuse = (reason: string, line?: number): ParsedSource => ({
    articles: [],
    skipped: [],
    refused: [{ origin, ...(line !== undefined ? { line } : {}), reason }],
    warnings: [],
  });
  const source = text.replace(/^\uFEFF/, '');
  if (!/^---[^\n]*\r?\n/.test(source)) return refuse('no front matter: the file should start with a “---” line', 1);
  // Without a closing "---" gray-matter reads the whole body as YAML.
  if (!/\r?\n---[ \t]*(?:\r?\n|$)/.test(source.replace(/^---[^\n]*/, ''))) {
    return refuse('the front matter opened by “---” on line 1 is never closed by another “---” line', 1);
  }

  let data: unknown;
  let content: string;
  try {
    // Passing options (even empty ones) turns off gray-matter's cache, which otherwise remembers
    // a file that failed to parse and returns it, half-read, the second time.
    const file = matter(source, {});
    data = file.data;
    content = file.content;
  } catch (error) {
    const problem = yamlProblem(error);
    return refuse(problem.reason, problem.line);
  }
  if (!isRecord(data)) return refuse('the front matter should be “key: value” lines', 2);

  const warnings: SourceNotice[] = [];
  const warn = (reason: string, line?: number) =>
    warnings.push({ origin, ...(line !== undefined ? { line } : {}), reason });
  const problems: { reason: string; line?: number }[] = [];
  function take<T>(key: string, result: FieldResult<T>): T | undefined {
    if (result.problem !== undefined) problems.push({ reason: result.problem, line: keyLine(source, key) });
    return result.value;
  }

  const unknown = Object.keys(data).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) {
    warn(`unknown front matter keys, ignored: ${unknown.join(', ')}`, keyLine(source, unknown[0]));
  }

  const titleKey = data.title !== undefined && data.title !== null ? 'title' : 'headline';
  const titleResult = textField(data, titleKey);
  const title = take(titleKey, titleResult);
  if (title === undefined && titleResult.problem === undefined) {
    problems.push({ reason: 'the front matter has no “title” (or “headline”)', line: 1 });
  }
  const headline = titleKey === 'title' ? textField(data, 'headline').value : undefined;
  if (headline !== undefined && title !== undefined && headline !== title) {
    warn(`both “title” and “headline” are given; the title “${title}” is used`, keyLine(source, 'headline'));
  }
  const dek = take('dek', textField(data, 'dek'));
  const date = take('date', dateField(data, 'date'));
  const authorName = take('author', textField(data, 'author'));
  const role = take('role', textField(data, 'role'));
  if (role !== undefined && authorName === undefined) {
    warn('“role” is given without “author”; ignored', keyLine(source, 'role'));
  }
  const section = take('section', textField(data, 'section'));
  const tags = take('tags', tagsField(data)) ?? [];
  const heroKey = data.hero !== undefined && data.hero !== null ? 'hero' : 'image';
  const picture = take(heroKey, textField(data, heroKey));
  if (heroKey === 'hero' && data.image !== undefined && data.image !== data.hero) {
    warn('both “hero” and “image” are given; “hero” is used', keyLine(source, 'image'));
  }
  const hero = picture !== undefined ? take(heroKey, heroField(picture)) : undefined;
  const heroCaption = take('caption', textField(data, 'caption'));
  const sourceKey = data.imageSource !== undefined && data.imageSource !== null ? 'imageSource' : 'image_source';
  const imageSource = take(sourceKey, textField(data, sourceKey));
  const heroAlt = take('alt', textField(data, 'alt'));
  const slug = take('slug', textField(data, 'slug'));
  const publishKey = data.publishAt !== undefined && data.publishAt !== null ? 'publishAt' : 'publish_at';
  const publishAt = take(publishKey, momentField(data, publishKey));
  const statusWord = take('status', textField(data, 'status'))?.toLowerCase();

  // Without a status the dates decide: a publishAt schedules, a date means it was published.
  let status: SourceArticle['status'];
  if (statusWord === undefined) {
    status = publishAt !== undefined ? 'scheduled' : date !== undefined ? 'published' : 'draft';
  } else if (statusWord === 'draft' || statusWord === 'published' || statusWord === 'scheduled') {
    status = statusWord;
  } else {
    problems.push({
      reason: `“status: ${statusWord}” should be draft, published or scheduled`,
      line: keyLine(source, 'status'),
    });
    status = 'draft';
  }
  if (status === 'scheduled' && publishAt === undefined) {
    problems.push({
      reason: '“status: scheduled” needs “publishAt” (when to publish)',
      line: keyLine(source, 'status'),
    });
  }
  if (status === 'published' && publishAt !== undefined) {
    warn('“publishAt” is ignored: the article is published now (“status: published”)', keyLine(source, publishKey));
  }
  if (status === 'draft' && publishAt !== undefined) {
    warn('“publishAt” is ignored: the article is a draft (“status: draft”)', keyLine(source, publishKey));
  }

  const converted = htmlToBlocks(markdownIt.render(content), { autoParagraphs: false });
  let body: Block[] = converted.blocks;
  // A Markdown file often repeats its title as a leading "# Title"; the page shows the headline already.
  const first = body[0];
  if (
    title !== undefined &&
    first?.type === 'heading' &&
    first.level === 1 &&
    sameWords(inlineText(first.children), title)
  ) {
    body = body.slice(1);
  }
  if (body.length === 0) problems.push({ reason: 'there is no body text after the front matter' });

  if (problems.length > 0 || title === undefined) {
    return refuse(
      problems.map((problem) => problem.reason).join('; '),
      problems.find((problem) => problem.line !== undefined)?.line,
    );
  }
  for (const notice of converted.notices) warn(notice);

  const scheduledDay = status === 'scheduled' && publishAt !== undefined ? publishAt.slice(0, 10) : undefined;
  const publicationDate = date ?? scheduledDay;
  return {
    articles: [
      {
        sourceId,
        origin,
        title,
        ...(slug !== undefined ? { slug } : {}),
        ...(dek !== undefined ? { dek } : {}),
        body,
        ...(publicationDate !== undefined ? { publicationDate } : {}),
        status,
        ...(status === 'scheduled' ? { publishAt } : {}),
        ...(authorName !== undefined ? { author: { name: authorName, ...(role !== undefined ? { role } : {}) } } : {}),
        ...(section !== undefined ? { section } : {}),
        tags,
        ...(hero !== undefined ? { hero } : {}),
        ...(heroCaption !== undefined ? { heroCaption } : {}),
        ...(heroAlt !== undefined ? { heroAlt } : {}),
        ...(imageSource !== undefined ? { imageSource } : {}),
        formerSlugs: [],
      },
    ],
    skipped: [],
    refused: [],
    warnings,
  };
}
