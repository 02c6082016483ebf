// Converts the small markdown subset our demo articles are written in into Strapi "blocks"
// (the JSON the rich text editor stores): paragraphs, "## " headings, "> " quotes, "- " lists,
// and inline **bold**, *italic* and [links](https://…).

export type TextNode = { type: 'text'; text: string; bold?: true; italic?: true };
/** `rel` and `target` are part of Strapi's link node; the website decides them itself, so they stay empty. */
export type LinkNode = { type: 'link'; url: string; rel: string; target: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 2; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'list'; format: 'unordered'; children: { type: 'list-item'; children: InlineNode[] }[] };

const INLINE = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Splits one line into text, bold, italic and link nodes. */
export function parseInline(line: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let last = 0;
  for (const match of line.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push({ type: 'text', text: line.slice(last, index) });
    const [, bold, italic, linkText, url] = match;
    if (bold !== undefined) nodes.push({ type: 'text', text: bold, bold: true });
    else if (italic !== undefined) nodes.push({ type: 'text', text: italic, italic: true });
    else nodes.push({ type: 'link', url, rel: '', target: '', children: [{ type: 'text', text: linkText }] });
    last = index + match[0].length;
  }
  if (last < line.length) nodes.push({ type: 'text', text: line.slice(last) });
  // The editor needs at least one text child in every block.
  return nodes.length > 0 ? nodes : [{ type: 'text', text: '' }];
}

/** Converts a markdown-subset document into Strapi blocks. */
export function markdownToBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const line of markdown.split(/\r?\n/).map((l) => l.trim())) {
    if (line === '') continue;
    if (line.startsWith('## ')) {
      blocks.push({ type: 'heading', level: 2, children: parseInline(line.slice(3)) });
    } else if (line.startsWith('> ')) {
      blocks.push({ type: 'quote', children: parseInline(line.slice(2)) });
    } else if (line.startsWith('- ')) {
      const item = { type: 'list-item' as const, children: parseInline(line.slice(2)) };
      const previous = blocks[blocks.length - 1];
      if (previous?.type === 'list') previous.children.push(item);
      else blocks.push({ type: 'list', format: 'unordered', children: [item] });
    } else {
      blocks.push({ type: 'paragraph', children: parseInline(line) });
    }
  }
  return blocks;
}

/** Splits a "---"-fenced header of `key: value` lines from the body. */
export function parseFrontMatter(source: string): { fields: Record<string, string>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('Missing "---" front matter');
  const fields: Record<string, string> = {};
  for (const line of match[1].split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { fields, body: match[2] };
}
