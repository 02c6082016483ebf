import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Block, ImageNode, InlineNode, ListNode, TextNode } from './blocks';

// One converter from HTML (a WordPress post, a pasted page) to Strapi's rich text blocks.
// Anything that cannot be represented is either flattened to its text or dropped with a notice,
// so an operator can find what the import did not carry over.

export type ConversionNotice = { reason: string };
export type HtmlToBlocksOptions = {
  /** Reproduce WordPress's `wpautop`: blank lines separate paragraphs, single newlines are line breaks. */
  autoParagraphs?: boolean;
};
export type HtmlToBlocksResult = { blocks: Block[]; notices: string[] };

type Mark = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code';
type Marks = Partial<Record<Mark, true>>;
type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
/** What a run of inline content becomes once it ends. */
type Target = 'paragraph' | 'quote' | HeadingLevel;
type Context = {
  marks: Marks;
  /** The enclosing link's address, when it is one Strapi accepts. */
  link?: string;
  target: Target;
  /** In a heading, list item or table row no block can start: block boundaries become line breaks. */
  inlineOnly: boolean;
  item?: ListItemState;
};
/** In a list item: nested lists gather here, to follow the item as Strapi's editor stores them. */
type ListItemState = { depth: number; nested: ListNode[] };

// A Map, not an object: element names such as "constructor" must not find Object's prototype.
const MARKS = new Map<string, Mark>([
  ['strong', 'bold'],
  ['b', 'bold'],
  ['em', 'italic'],
  ['i', 'italic'],
  ['cite', 'italic'],
  ['u', 'underline'],
  ['ins', 'underline'],
  ['s', 'strikethrough'],
  ['del', 'strikethrough'],
  ['strike', 'strikethrough'],
  ['code', 'code'],
  ['kbd', 'code'],
  ['samp', 'code'],
  ['tt', 'code'],
]);
/** Dropped with their content; these were something a reader saw, so the operator is told. */
const EMBEDS = new Set(['iframe', 'object', 'embed', 'script', 'form', 'video', 'audio']);
const DROPPED = new Set([
  ...EMBEDS,
  'style',
  'noscript',
  'input',
  'button',
  'select',
  'textarea',
  'template',
  'head',
  'svg',
  'canvas',
]);
/** Paragraph-like boxes: they only separate runs of text (`figure`, `table`, `tr` have their own handling). */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'address',
  'hgroup',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'center',
  'fieldset',
  'legend',
  'figcaption',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'li',
  'html',
  'body',
]);
// Strapi's blocks validator rejects any other link, and with it the whole article.
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'ftp:', 'mailto:', 'tel:']);
/** What browsers collapse; U+00A0 is not in it, so non-breaking spaces survive. */
const COLLAPSIBLE = /[ \t\n\f]+/g;
/** Shortcodes whose output (media players, galleries) has no place in blocks. */
const DROPPED_SHORTCODES = new Set(['gallery', 'embed', 'audio', 'video', 'playlist']);
// WordPress's own shortcode grammar: `[[name]]` is an escape, `[name /]` closes itself, otherwise
// `[name …]` may enclose content up to `[/name]`.
const SHORTCODE = /\[(\[?)([a-zA-Z][\w-]*)(?![\w-])([^\]]*?)(?:(\/)\]|\](?:([\s\S]*?)\[\/\2\])?)(\]?)/g;

export function htmlToBlocks(html: string, options: HtmlToBlocksOptions = {}): HtmlToBlocksResult {
  const notices: string[] = [];
  const source = expandShortcodes(html.replace(/\r\n?/g, '\n'), notices);
  const converter = new Converter(notices, options.autoParagraphs ?? false);
  return { blocks: converter.convert(parseDocument(source, { decodeEntities: true }).children), notices };
}

/**
 * WordPress stores shortcodes in post content as the author typed them and expands them only when
 * a page is served, so an export still holds `[caption]…[/caption]` around pictures. Done on the
 * string, before parsing: a shortcode's brackets may straddle HTML elements.
 */
function expandShortcodes(html: string, notices: string[]): string {
  return html.replace(
    SHORTCODE,
    (match, escape: string, name: string, attrs: string, selfClosing?: string, inner?: string, escapeEnd = '') => {
      if (escape && escapeEnd) return match.slice(1, -1);
      const core = match.slice(escape.length, match.length - escapeEnd.length);
      return escape + expandShortcode(core, name, attrs, selfClosing ? undefined : inner, notices) + escapeEnd;
    },
  );
}

function expandShortcode(core: string, name: string, attrs: string, inner: string | undefined, notices: string[]) {
  if (name === 'caption' || name === 'wp_caption') return captionFigure(attrs, inner ?? '', notices);
  if (DROPPED_SHORTCODES.has(name)) {
    const detail = inner?.trim() || attrs.trim();
    notices.push(`dropped the [${name}] shortcode${detail ? ` (${detail})` : ''}`);
    return '';
  }
  if (inner !== undefined) return expandShortcodes(inner, notices);
  // Unpaired brackets are usually prose ("[sic]"); with name="value" attributes they are a plugin's shortcode.
  if (!/^\s+[\w-]+\s*=\s*["']/.test(attrs)) return core;
  notices.push(`dropped the [${name}] shortcode (${attrs.trim()})`);
  return '';
}

/** `[caption …]<img/> Text[/caption]` (the picture possibly inside a link) → a figure with its caption. */
function captionFigure(attrs: string, inner: string, notices: string[]): string {
  const parts = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
  if (!parts) return expandShortcodes(inner, notices);
  // Before WordPress 3.4 the caption was an attribute.
  const attribute = /\bcaption=(?:"([^"]*)"|'([^']*)')/.exec(attrs);
  const caption = parts[2].trim() || attribute?.[1] || attribute?.[2] || '';
  return `<figure>${parts[1]}<figcaption>${expandShortcodes(caption, notices)}</figcaption></figure>`;
}

class Converter {
  private blocks: Block[] = [];
  /** The inline content of the block being built. */
  private run: InlineNode[] = [];

  constructor(
    private notices: string[],
    private autoParagraphs: boolean,
  ) {}

  convert(nodes: ChildNode[]): Block[] {
    const root: Context = { marks: {}, target: 'paragraph', inlineOnly: false };
    for (const node of nodes) this.node(node, root);
    this.flush(root.target);
    return this.blocks;
  }

  private node(node: ChildNode, ctx: Context): void {
    if (DomUtils.isText(node)) return this.text(node.data, ctx);
    // Comments (WordPress's block markers, <!--more-->), doctypes and CDATA carry no content.
    if (DomUtils.isTag(node)) this.element(node, ctx);
  }

  private children(el: Element, ctx: Context): void {
    for (const child of el.children) this.node(child, ctx);
  }

  private element(el: Element, ctx: Context): void {
    const name = el.name;
    if (DROPPED.has(name)) return this.drop(el);
    const mark = MARKS.get(name);
    if (mark) return this.children(el, { ...ctx, marks: { ...ctx.marks, [mark]: true } });
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      const level = headingLevel(Number(heading[1]));
      // A quote cannot hold a heading: its text stays part of the quote.
      const target = ctx.inlineOnly || ctx.target === 'quote' ? ctx.target : level;
      return this.block(el, ctx, { ...ctx, target, inlineOnly: true });
    }
    switch (name) {
      case 'br':
        return this.append('\n', ctx);
      case 'a':
        return this.children(el, { ...ctx, link: ctx.link ?? this.linkUrl(el) });
      case 'img':
        return this.image(el, ctx);
      case 'hr':
        return this.boundary(ctx, ctx.target);
      case 'pre':
        return this.pre(el, ctx);
      case 'ul':
      case 'ol':
        return this.list(el, ctx);
      case 'blockquote':
        return this.block(el, ctx, ctx.inlineOnly ? ctx : { ...ctx, target: 'quote' });
      case 'figure':
        return this.figure(el, ctx);
      case 'table':
        this.notices.push('a table was flattened into paragraphs');
        return this.block(el, ctx, ctx);
      case 'tr':
        return this.row(el, ctx);
    }
    if (BLOCKS.has(name)) return this.block(el, ctx, ctx);
    // span, font, small, mark, abbr, sup, time and the rest: their text is what matters.
    this.children(el, ctx);
  }

  /** An element that starts and ends a block of its own, its content built with `inner`. */
  private block(el: Element, outer: Context, inner: Context): void {
    this.boundary(outer, outer.target);
    this.children(el, inner);
    this.boundary(outer, inner.target);
  }

  private boundary(ctx: Context, target: Target): void {
    if (ctx.inlineOnly) return this.softBreak();
    this.flush(target);
  }

  private flush(target: Target): void {
    const children = blockChildren(this.run);
    this.run = [];
    if (!children) return;
    if (target === 'paragraph' || target === 'quote') this.blocks.push({ type: target, children });
    else this.blocks.push({ type: 'heading', level: target, children });
  }

  /** A line break where a block ended inside inline-only content, unless the text already breaks there. */
  private softBreak(): void {
    const last = this.run.at(-1);
    const text = last?.type === 'link' ? last.children.at(-1)?.text : last?.text;
    if (text && !text.endsWith('\n')) this.run.push({ type: 'text', text: '\n' });
  }

  private text(data: string, ctx: Context): void {
    if (!this.autoParagraphs) return this.append(data.replace(COLLAPSIBLE, ' '), ctx);
    data.split(/\n[ \t\f]*\n[ \t\n\f]*/).forEach((paragraph, index) => {
      if (index > 0) this.boundary(ctx, ctx.target);
      paragraph.split('\n').forEach((line, lineIndex) => {
        if (lineIndex > 0) this.append('\n', ctx);
        this.append(line.replace(COLLAPSIBLE, ' '), ctx);
      });
    });
  }

  private append(text: string, ctx: Context): void {
    if (!text) return;
    const node: TextNode = { type: 'text', text, ...ctx.marks };
    if (!ctx.link) {
      this.run.push(node);
      return;
    }
    const last = this.run.at(-1);
    if (last?.type === 'link' && last.url === ctx.link) last.children.push(node);
    else this.run.push({ type: 'link', url: ctx.link, rel: '', target: '', children: [node] });
  }

  private linkUrl(el: Element): string | undefined {
    const href = el.attribs.href?.trim();
    if (!href) return undefined;
    const url = href.startsWith('//') ? `https:${href}` : href;
    if (url.startsWith('/') || LINK_PROTOCOLS.has(protocolOf(url))) return url;
    this.notices.push(`kept the text of a link but not its address "${href}" (not a web address Strapi accepts)`);
    return undefined;
  }

  private image(el: Element, ctx: Context): void {
    const src = el.attribs.src?.trim() ?? '';
    // Lazy-loading plugins leave a placeholder in src and the picture in a data attribute.
    const lazy = (el.attribs['data-lazy-src'] ?? el.attribs['data-src'])?.trim();
    const found = (!src || src.startsWith('data:')) && lazy ? lazy : src;
    if (!found || found.startsWith('data:')) {
      this.notices.push(found ? 'dropped an <img> embedded as a data: URL' : 'dropped an <img> without a src');
      return;
    }
    const url = found.startsWith('//') ? `https:${found}` : found;
    if (ctx.item) {
      this.notices.push(`dropped an <img> inside a list item (${url})`);
      return;
    }
    // A picture is a block of its own: it splits the paragraph around it.
    this.flush(ctx.target);
    const alt = el.attribs.alt?.replace(COLLAPSIBLE, ' ').trim();
    this.blocks.push({
      type: 'image',
      image: { url, alternativeText: alt || null, name: fileName(url) },
      children: [{ type: 'text', text: '' }],
    });
  }

  private figure(el: Element, ctx: Context): void {
    const caption = el.children.find((child): child is Element => DomUtils.isTag(child) && child.name === 'figcaption');
    this.boundary(ctx, ctx.target);
    const start = this.blocks.length;
    for (const child of el.children) if (child !== caption) this.node(child, ctx);
    this.boundary(ctx, ctx.target);
    if (!caption) return;
    const images = this.blocks.slice(start).filter((block): block is ImageNode => block.type === 'image');
    const text = rawText(caption).replace(COLLAPSIBLE, ' ').trim();
    if (images.length === 1 && text) {
      images[0].image.caption = text;
      return;
    }
    // Several pictures (or none) under one caption: the caption stays as text.
    this.block(caption, ctx, ctx);
  }

  private pre(el: Element, ctx: Context): void {
    // Browsers ignore the newline right after <pre>.
    const text = rawText(el).replace(/^\n/, '').replace(/\s+$/, '');
    if (!text.trim()) return;
    if (!ctx.inlineOnly) {
      this.flush(ctx.target);
      this.blocks.push({ type: 'code', children: [{ type: 'text', text }] });
      return;
    }
    // No code block fits in a list item or heading: keep the lines as inline code.
    const codeMarks: Marks = { ...ctx.marks, code: true };
    const code = { ...ctx, marks: codeMarks };
    this.softBreak();
    text.split('\n').forEach((line, index) => {
      if (index > 0) this.append('\n', ctx);
      this.append(line.replace(COLLAPSIBLE, ' '), code);
    });
    this.softBreak();
  }

  private list(el: Element, ctx: Context): void {
    if (ctx.item) {
      const nested = this.buildList(el, ctx, ctx.item.depth + 1);
      if (nested) ctx.item.nested.push(nested);
      return;
    }
    // In a heading or table cell the items become lines.
    if (ctx.inlineOnly) return this.block(el, ctx, ctx);
    this.flush(ctx.target);
    const list = this.buildList(el, ctx, 0);
    if (list) this.blocks.push(list);
  }

  private buildList(el: Element, ctx: Context, depth: number): ListNode | undefined {
    const list: ListNode = {
      type: 'list',
      format: el.name === 'ol' ? 'ordered' : 'unordered',
      // Strapi's editor sets indentLevel only on nested lists.
      ...(depth > 0 ? { indentLevel: depth } : {}),
      children: [],
    };
    // Content between items (malformed HTML) becomes an item of its own rather than being lost.
    let stray: ChildNode[] = [];
    const flushStray = () => {
      if (stray.length) this.listItem(stray, ctx, depth, list);
      stray = [];
    };
    for (const child of el.children) {
      if (!DomUtils.isTag(child) || !['li', 'ul', 'ol'].includes(child.name)) {
        stray.push(child);
        continue;
      }
      flushStray();
      if (child.name === 'li') this.listItem(child.children, ctx, depth, list);
      else {
        const nested = this.buildList(child, ctx, depth + 1);
        if (nested) list.children.push(nested);
      }
    }
    flushStray();
    return list.children.length ? list : undefined;
  }

  private listItem(nodes: ChildNode[], ctx: Context, depth: number, list: ListNode): void {
    const item: ListItemState = { depth, nested: [] };
    const outerRun = this.run;
    this.run = [];
    for (const node of nodes) this.node(node, { ...ctx, inlineOnly: true, item });
    const children = blockChildren(this.run);
    this.run = outerRun;
    if (children) list.children.push({ type: 'list-item', children });
    list.children.push(...item.nested);
  }

  /** A table row becomes one paragraph, its non-empty cells joined by " | ". */
  private row(el: Element, ctx: Context): void {
    this.boundary(ctx, ctx.target);
    const cellContext = { ...ctx, inlineOnly: true };
    let first = true;
    for (const cell of el.children) {
      if (!DomUtils.isTag(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      const outerRun = this.run;
      this.run = [];
      this.children(cell, cellContext);
      const content = normalizeInline(this.run);
      this.run = outerRun;
      if (!hasText(content)) continue;
      if (!first) this.run.push({ type: 'text', text: ' | ' });
      this.run.push(...content);
      first = false;
    }
    this.boundary(ctx, ctx.target);
  }

  private drop(el: Element): void {
    if (!EMBEDS.has(el.name)) return;
    const address = el.attribs.src ?? el.attribs.data ?? el.attribs.action;
    const article = /^[aeiou]/.test(el.name) ? 'an' : 'a';
    this.notices.push(`dropped ${article} <${el.name}>${address ? ` (${address})` : ''}`);
  }
}

/** Text as a <pre> shows it: every character kept, <br> as a newline, dropped elements left out. */
function rawText(el: Element): string {
  return el.children
    .map((child) => {
      if (DomUtils.isText(child)) return child.data;
      if (!DomUtils.isTag(child) || DROPPED.has(child.name)) return '';
      return child.name === 'br' ? '\n' : rawText(child);
    })
    .join('');
}

/**
 * Trims and merges a run of inline content the way a browser lays it out: one space between words
 * across element boundaries, none at the start or end of a line. Returns fresh nodes.
 */
function normalizeInline(run: InlineNode[]): InlineNode[] {
  const nodes = run.map((node): InlineNode => {
    if (node.type === 'text') return { ...node };
    return { ...node, children: node.children.map((child) => ({ ...child })) };
  });
  const texts = nodes.flatMap((node) => (node.type === 'link' ? node.children : [node]));
  let previous: TextNode | undefined;
  for (const node of texts) {
    const before = previous ? previous.text.at(-1) : '\n';
    let text = node.text.replace(/ +\n/g, '\n').replace(/\n +/g, '\n');
    if (before === ' ' || before === '\n') text = text.replace(/^ +/, '');
    if (previous && before === ' ' && text.startsWith('\n')) previous.text = previous.text.replace(/ +$/, '');
    node.text = text;
    if (text) previous = node;
  }
  trimEdge(texts, /^[ \n]+/);
  trimEdge([...texts].reverse(), /[ \n]+$/);

  const merged: InlineNode[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.type === 'text') {
      if (!node.text) continue;
      if (last?.type === 'text' && sameMarks(last, node)) last.text += node.text;
      else merged.push(node);
      continue;
    }
    const children = mergeTexts(node.children);
    if (!children.length) continue;
    if (last?.type === 'link' && last.url === node.url) last.children = mergeTexts([...last.children, ...children]);
    else merged.push({ ...node, children });
  }
  return merged;
}

/** Trims `pattern` off the first of `texts` that does not vanish entirely. */
function trimEdge(texts: TextNode[], pattern: RegExp): void {
  for (const node of texts) {
    node.text = node.text.replace(pattern, '');
    if (node.text) return;
  }
}

function mergeTexts(nodes: TextNode[]): TextNode[] {
  const merged: TextNode[] = [];
  for (const node of nodes) {
    if (!node.text) continue;
    const last = merged.at(-1);
    if (last && sameMarks(last, node)) last.text += node.text;
    else merged.push({ ...node });
  }
  return merged;
}

/** A block's inline children, or nothing when it holds no visible text (whitespace, &nbsp;, <br>). */
function blockChildren(run: InlineNode[]): InlineNode[] | undefined {
  const nodes = normalizeInline(run);
  if (!hasText(nodes)) return undefined;
  // Slate, under Strapi's editor, keeps a text node on either side of every link.
  const padded: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'link' && padded.at(-1)?.type !== 'text') padded.push({ type: 'text', text: '' });
    padded.push(node);
  }
  if (padded.at(-1)?.type === 'link') padded.push({ type: 'text', text: '' });
  return padded;
}

function hasText(nodes: InlineNode[]): boolean {
  return nodes.some((node) => (node.type === 'link' ? hasText(node.children) : /[^\s\u200b\ufeff]/.test(node.text)));
}

function sameMarks(a: TextNode, b: TextNode): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.strikethrough === b.strikethrough &&
    a.code === b.code
  );
}

function headingLevel(level: number): HeadingLevel {
  return level === 1 || level === 2 || level === 3 || level === 4 || level === 5 ? level : 6;
}

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

/** The file name a picture's URL ends in, which Strapi shows in the media library. */
function fileName(url: string): string {
  const segment = url.split(/[?#]/)[0].split('/').filter(Boolean).at(-1) ?? '';
  try {
    return decodeURIComponent(segment) || 'image';
  } catch {
    return segment || 'image';
  }
}
