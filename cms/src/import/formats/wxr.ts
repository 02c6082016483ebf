// WordPress eXtended RSS (the file Tools → Export writes). Every <item> is accounted for: a post
// becomes an article, is refused with a reason, or is skipped (pages, menus, attachments, trash),
// so an operator can check the report against the export item by item.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';
import { htmlToBlocks } from '../html-to-blocks';
import type { ParsedSource, SourceArticle, SourceNotice } from '../source-article';

const MAX_TAGS = 50;

type Node = Record<string, unknown>;

const isRecord = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const records = (value: unknown): Node[] =>
  Array.isArray(value) ? value.filter(isRecord) : isRecord(value) ? [value] : [];

/** An element's text: a string, or `#text` of an element that also has attributes. */
function text(node: unknown): string {
  if (typeof node === 'string') return node.trim();
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (Array.isArray(node)) return text(node[0]);
  if (isRecord(node)) return text(node['#text']);
  return '';
}

const attribute = (node: unknown, name: string): string => (isRecord(node) ? text(node[`@_${name}`]) : '');

// Tags after which text on either side belongs to different words.
const BREAKS = new Set([
  'p',
  'br',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figcaption',
  'tr',
  'td',
  'th',
]);

/**
 * Plain text of a bit of HTML, entities decoded. WordPress stores titles, excerpts and term names
 * as HTML (a title typed as "Q&A" is saved as "Q&amp;A"), so all of them go through this.
 */
export function htmlText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  const parser = new Parser({
    ontext: (chunk) => {
      if (hidden === 0) parts.push(chunk);
    },
    onopentag: (name) => {
      if (name === 'script' || name === 'style') hidden++;
      if (BREAKS.has(name)) parts.push(' ');
    },
    onclosetag: (name) => {
      if (name === 'script' || name === 'style') hidden = Math.max(0, hidden - 1);
      if (BREAKS.has(name)) parts.push(' ');
    },
  });
  parser.write(html);
  parser.end();
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** WordPress percent-encodes non-Latin slugs ("%d8%b3%d8%af"); a malformed one stays as it is. */
function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

const ZERO_DATE = /^0000-00-00/;
const WP_DATE = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/;

/** "2021-12-01 09:30:00" as a UTC moment; undefined for WordPress's "0000-00-00 00:00:00". */
function wpMoment(value: string): Date | undefined {
  const match = WP_DATE.exec(value);
  if (!match || ZERO_DATE.test(value)) return undefined;
  const moment = new Date(`${match[1]}T${match[2]}Z`);
  return Number.isNaN(moment.getTime()) ? undefined : moment;
}

function meta(item: Node, key: string): string[] {
  return records(item['wp:postmeta'])
    .filter((entry) => text(entry['wp:meta_key']) === key)
    .map((entry) => text(entry['wp:meta_value']));
}

type Attachment = { id: string; url: string; caption: string; alt: string; parent: string };

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function figure(picture: Attachment): string {
  const caption = picture.caption ? `<figcaption>${escapeHtml(picture.caption)}</figcaption>` : '';
  return `<figure><img src="${escapeHtml(picture.url)}" alt="${escapeHtml(picture.alt)}">${caption}</figure>`;
}

/**
 * Puts the pictures of a [gallery] in its place. htmlToBlocks knows the other shortcodes, but a
 * gallery names attachments by id, and only the export knows what they are. A gallery none of
 * whose pictures are in the export is left for htmlToBlocks, which drops it with a notice.
 */
function expandGalleries(
  html: string,
  attachments: Map<string, Attachment>,
  postId: string,
  warn: (reason: string) => void,
) {
  return html.replace(
    /(\[?)\[gallery((?:\s[^\]]*)?)\](\]?)/gi,
    (whole, open: string, rawAttributes: string, close: string) => {
      // "[[gallery]]" is WordPress's way of writing the shortcode itself as text.
      if (open && close) return whole;
      const ids = /\bids\s*=\s*["']?([\d,\s]+)/i.exec(rawAttributes)?.[1];
      // Without ids a gallery shows the pictures uploaded to the post.
      const wanted = ids
        ? ids
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean)
            .map((id) => attachments.get(id))
        : [...attachments.values()].filter((picture) => picture.parent === postId);
      const found = wanted.filter((picture): picture is Attachment => picture !== undefined && picture.url !== '');
      if (found.length === 0) return whole;
      if (found.length < wanted.length) {
        warn(
          `a [gallery] lost ${wanted.length - found.length} of its ${wanted.length} pictures, which are not in the export`,
        );
      }
      return open + found.map(figure).join('') + close;
    },
  );
}

const STATUS = new Map<string, SourceArticle['status'] | 'trash' | 'private'>([
  ['publish', 'published'],
  ['draft', 'draft'],
  ['pending', 'draft'],
  ['auto-draft', 'draft'],
  ['future', 'scheduled'],
  ['private', 'private'],
  ['trash', 'trash'],
]);

function lineStarts(xml: string): number[] {
  const starts = [0];
  for (let index = xml.indexOf('\n'); index !== -1; index = xml.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** 1-based line of a character offset. */
function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/**
 * Why the validator rejected the file, and where. A file cut short (an interrupted export or
 * download) is reported by the validator at line 1 with the list of tags left open; the end of
 * the file is where to look, so that is the line given.
 */
function invalidXml(xml: string, err: { code: string; msg: string; line: number }): { line: number; reason: string } {
  const unclosed =
    err.code === 'InvalidXml' ? /^Invalid '\[([^\]]*)\]' found\.$/.exec(err.msg.replace(/\s+/g, ' ')) : null;
  if (unclosed) {
    const tags = [...unclosed[1].matchAll(/"([^"]+)"/g)].map((match) => `<${match[1]}>`);
    return {
      line: xml.trimEnd().split('\n').length,
      reason: `not well-formed XML, so nothing in it was imported: the file ends before ${tags.join(', ')} ${tags.length === 1 ? 'is' : 'are'} closed — it looks cut short`,
    };
  }
  return { line: err.line, reason: `not well-formed XML, so nothing in it was imported: ${err.msg}` };
}

/** Parses a WordPress export; `origin` names the file in messages. */
export function parseWxr(xml: string, origin: string): ParsedSource {
  const result: ParsedSource = { articles: [], skipped: [], refused: [], warnings: [] };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    result.refused.push({ origin, ...invalidXml(xml, valid.err) });
    return result;
  }

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // Values stay strings: a title "2024" or a post_name "0042" must not turn into numbers.
    parseTagValue: false,
    parseAttributeValue: false,
    cdataPropName: false,
    removeNSPrefix: false,
    processEntities: true,
    htmlEntities: true,
    captureMetaData: true,
    isArray: (name) => name === 'item' || name === 'category' || name === 'wp:postmeta' || name === 'wp:author',
  });
  const document: unknown = parser.parse(xml);
  const channel = isRecord(document) && isRecord(document.rss) ? document.rss.channel : undefined;
  if (!isRecord(channel)) {
    result.refused.push({ origin, line: 1, reason: 'not a WordPress export: there is no <rss><channel>' });
    return result;
  }
  if (text(channel['wp:wxr_version']) === '') {
    result.warnings.push({
      origin,
      reason: 'no <wp:wxr_version>: this may not be a WordPress export; read as one anyway',
    });
  }

  const metaKey: unknown = XMLParser.getMetaDataSymbol();
  const starts = lineStarts(xml);
  const lineOf = (item: Node): number | undefined => {
    if (typeof metaKey !== 'symbol') return undefined;
    const metadata: unknown = Reflect.get(item, metaKey);
    return isRecord(metadata) && typeof metadata.startIndex === 'number'
      ? lineAt(starts, metadata.startIndex)
      : undefined;
  };

  const displayNames = new Map<string, string>();
  for (const author of records(channel['wp:author'])) {
    const login = text(author['wp:author_login']);
    const name = htmlText(text(author['wp:author_display_name']));
    if (login) displayNames.set(login, name || login);
  }

  const items = records(channel.item);
  const attachments = new Map<string, Attachment>();
  for (const item of items) {
    if (text(item['wp:post_type']) !== 'attachment') continue;
    const id = text(item['wp:post_id']);
    attachments.set(id, {
      id,
      url: text(item['wp:attachment_url']) || text(item.guid),
      caption: htmlText(text(item['excerpt:encoded'])),
      alt: meta(item, '_wp_attachment_image_alt')[0]?.trim() ?? '',
      parent: text(item['wp:post_parent']),
    });
  }
  const featured = new Set(items.flatMap((item) => meta(item, '_thumbnail_id').map((id) => id.trim())));

  for (const item of items) {
    const id = text(item['wp:post_id']) || '?';
    const type = text(item['wp:post_type']) || '(no type)';
    const title = htmlText(text(item.title));
    const line = lineOf(item);
    const named = `${type === 'post' ? 'post' : type} ${id}${title ? ` “${title}”` : ' (no title)'}`;
    const notice = (reason: string): SourceNotice => ({
      origin: `${origin}: ${named}`,
      ...(line !== undefined ? { line } : {}),
      reason,
    });

    if (type !== 'post') {
      const why =
        type === 'attachment'
          ? `${named} is a media file, not an article${featured.has(id) ? ' (used as a featured image)' : ''}`
          : type === 'page'
            ? `${named} is a page, not an article`
            : type === 'nav_menu_item'
              ? `${named} is a menu entry, not an article`
              : `${named} is of type “${type}”, not an article`;
      result.skipped.push(notice(why));
      continue;
    }

    const wpStatus = text(item['wp:status']);
    const status = STATUS.get(wpStatus);
    if (status === 'trash') {
      result.skipped.push(notice(`${named} is in the trash`));
      continue;
    }
    if (status === 'private') {
      result.refused.push(notice(`${named} is a private post, not imported`));
      continue;
    }
    if (status === undefined) {
      result.refused.push(notice(`${named} has the status “${wpStatus}”, which the importer does not know`));
      continue;
    }

    const html = text(item['content:encoded']);
    if (!title) {
      result.refused.push(
        notice(
          html.trim()
            ? `post ${id} has no title (it has text: give it a title in WordPress and export again)`
            : `post ${id} has no title and no text`,
        ),
      );
      continue;
    }

    const itemWarnings: SourceNotice[] = [];
    const warn = (reason: string) => itemWarnings.push(notice(reason));
    const converted = htmlToBlocks(expandGalleries(html, attachments, id, warn), { autoParagraphs: true });
    if (converted.blocks.length === 0) {
      result.refused.push(notice(`${named} has no text`));
      continue;
    }
    for (const message of converted.notices) warn(message);

    const gmt = wpMoment(text(item['wp:post_date_gmt']));
    const local = wpMoment(text(item['wp:post_date']));
    // WordPress leaves the GMT date zero for drafts; the local date is still the right calendar day.
    const moment = gmt ?? local;
    let publishAt: string | undefined;
    if (status === 'scheduled') {
      if (!moment) {
        result.refused.push(notice(`${named} is scheduled but has no date to publish it on`));
        continue;
      }
      if (!gmt) warn('scheduled without a GMT date: the site’s local time was read as UTC');
      publishAt = moment.toISOString();
    }

    const categories = records(item.category);
    // "Uncategorized" is WordPress's filing for posts nobody filed: no section, rather than one by that name.
    const sections = categories
      .filter((entry) => attribute(entry, 'domain') === 'category' && attribute(entry, 'nicename') !== 'uncategorized')
      .map((entry) => htmlText(text(entry)))
      .filter((name) => name !== '');
    if (sections.length > 1) {
      warn(
        `filed in ${sections.length} categories; the section is “${sections[0]}”, not ${sections
          .slice(1)
          .map((name) => `“${name}”`)
          .join(', ')}`,
      );
    }
    const seen = new Set<string>();
    const tags: string[] = [];
    for (const entry of categories.filter((category) => attribute(category, 'domain') === 'post_tag')) {
      const tag = htmlText(text(entry));
      if (!tag || seen.has(tag.toLowerCase())) continue;
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
    if (tags.length > MAX_TAGS) {
      warn(`has ${tags.length} tags; only the first ${MAX_TAGS} are kept`);
      tags.length = MAX_TAGS;
    }

    const slug = decodeSlug(text(item['wp:post_name']));
    const formerSlugs = [...new Set(meta(item, '_wp_old_slug').map((old) => decodeSlug(old.trim())))].filter(
      (old) => old !== '' && old !== slug,
    );

    const thumbnailId = meta(item, '_thumbnail_id')[0]?.trim();
    const picture = thumbnailId ? attachments.get(thumbnailId) : undefined;
    if (thumbnailId && !picture)
      warn(`the featured image (attachment ${thumbnailId}) is not in the export; no hero picture`);

    const login = text(item['dc:creator']);
    const dek = htmlText(text(item['excerpt:encoded']));
    const guid = text(item.guid);
    result.articles.push({
      sourceId: guid ? `wxr:${guid}` : `wxr:post:${id}`,
      origin: `${origin}: post ${id} “${title}”`,
      title,
      ...(slug ? { slug } : {}),
      ...(dek ? { dek } : {}),
      body: converted.blocks,
      ...(moment ? { publicationDate: moment.toISOString().slice(0, 10) } : {}),
      status,
      ...(publishAt ? { publishAt } : {}),
      ...(login ? { author: { name: displayNames.get(login) ?? login } } : {}),
      ...(sections[0] ? { section: sections[0] } : {}),
      tags,
      ...(picture?.url ? { hero: { url: picture.url } } : {}),
      ...(picture?.url && picture.caption ? { heroCaption: picture.caption } : {}),
      ...(picture?.url && picture.alt ? { heroAlt: picture.alt } : {}),
      formerSlugs,
    });
    result.warnings.push(...itemWarnings);
  }
  return result;
}
