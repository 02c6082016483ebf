import { countWords } from '@newsroom/shared';
import type { RichTextBlock } from './cms/types';

/** Words a reader gets through in a minute of long-form reading. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read an article body, at least one. */
export function readingTimeMinutes(body: RichTextBlock[]): number {
  return Math.max(1, Math.round(countWords(body) / WORDS_PER_MINUTE));
}
