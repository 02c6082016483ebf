// Search rules both apps use: what an article is searched by, and how words become a filter.
import { blocksToPlainText } from './plain-text';

type Searchable = { title?: string | null; dek?: string | null; body?: unknown };

/**
 * The text an article is found by: headline, dek and body, lower-cased here (Unicode-aware) so
 * that matching ignores case on every database — SQLite's own LOWER() only folds ASCII.
 */
export function searchTextOf(article: Searchable): string {
  return [article.title ?? '', article.dek ?? '', blocksToPlainText(article.body)]
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A word as typed and with its apostrophes swapped (’ for ' and back): editors' text has both. */
export function spellings(term: string): string[] {
  return [...new Set([term, term.replace(/'/g, '’'), term.replace(/’/g, "'")])];
}
