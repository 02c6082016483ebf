// Strapi "blocks" rich text as plain words: what search looks through and reading time counts.

type Node = { type?: unknown; text?: unknown; children?: unknown };

function collect(node: unknown, out: string[]): void {
  if (!node || typeof node !== 'object') return;
  const { type, text, children } = node as Node;
  if (typeof text === 'string') out.push(text);
  if (Array.isArray(children)) {
    for (const child of children) collect(child, out);
    // Block-level nodes (paragraphs, headings, quotes, list items) end with a break between words;
    // a link is inline and runs on into the text around it.
    if (type !== 'link') out.push(' ');
  }
}

/** The text of a blocks body, whitespace collapsed; '' for anything that is not a blocks array. */
export function blocksToPlainText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const out: string[] = [];
  for (const block of blocks) collect(block, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** Words in a blocks body. */
export function countWords(blocks: unknown): number {
  const text = blocksToPlainText(blocks);
  return text === '' ? 0 : text.split(' ').length;
}
