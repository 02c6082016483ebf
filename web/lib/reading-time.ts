import type { RichTextBlock } from './cms/types';

/** Words a reader gets through in a minute of long-form reading. */
export const WORDS_PER_MINUTE = 230;

function countWords(node: unknown): number {
  if (!node || typeof node !== 'object') return 0;
  const { text, children } = node as { text?: unknown; children?: unknown };
  const own = typeof text === 'string' ? text.split(/\s+/).filter(Boolean).length : 0;
  return own + (Array.isArray(children) ? children.reduce((sum: number, child) => sum + countWords(child), 0) : 0);
}

/** Whole minutes to read an article body, at least one. */
export function readingTimeMinutes(body: RichTextBlock[]): number {
  const words = body.reduce((sum, block) => sum + countWords(block), 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
