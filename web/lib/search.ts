import { spellings } from '@newsroom/shared';

/** Longest search the site reads; anything beyond is cut (at a word boundary where possible). */
export const MAX_QUERY_LENGTH = 100;
/** Most words a search matches on; every one of them must appear in the article. */
export const MAX_TERMS = 6;
/** Highest results page a search URL may ask for. */
export const MAX_SEARCH_PAGE = 100;

export type SearchRequest = {
  /** The query as the reader sees it echoed back: trimmed, spaces collapsed, capped. */
  query: string;
  /** The words matched, lower-cased and de-duplicated. */
  terms: string[];
  page: number;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/**
 * Reads `?q=…&page=…`. Control characters are dropped, whitespace collapsed, the query capped at
 * MAX_QUERY_LENGTH; words are split on anything that is not a letter, digit, apostrophe or
 * hyphen. A missing, malformed or out-of-range page is page 1 (never an error for a reader).
 */
export function parseSearchParams(params: { q?: string | string[]; page?: string | string[] }): SearchRequest {
  let query = first(params.q)
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (query.length > MAX_QUERY_LENGTH) {
    const cut = query.slice(0, MAX_QUERY_LENGTH);
    const lastSpace = cut.lastIndexOf(' ');
    query = (lastSpace > MAX_QUERY_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trim();
  }
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((word) => word.length > 0);
  const terms = [...new Set(words)].slice(0, MAX_TERMS);
  const pageText = first(params.page);
  const page = /^[1-9]\d{0,2}$/.test(pageText) ? Math.min(Number(pageText), MAX_SEARCH_PAGE) : 1;
  return { query, terms, page };
}

/** A piece of a search excerpt: plain text, or a word the reader searched for. */
export type ExcerptPart = { text: string; match: boolean };

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the reader's words appear in an article's body: about `length` characters around the first
 * match, cut at word boundaries, with every occurrence of every term marked. Null when the body
 * does not contain any of them (the match was in the headline or dek, which the card shows).
 */
export function searchExcerpt(text: string | null | undefined, terms: string[], length = 220): ExcerptPart[] | null {
  if (!text || terms.length === 0) return null;
  const pattern = new RegExp(terms.flatMap(spellings).map(escapeRegExp).join('|'), 'giu');
  const first = pattern.exec(text);
  if (!first) return null;
  let start = Math.max(0, first.index - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > first.index ? text.lastIndexOf(' ', end) : end;
  const window = text.slice(start, end);
  const parts: ExcerptPart[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (const match of window.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: window.slice(last, match.index), match: false });
    parts.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < window.length) parts.push({ text: window.slice(last), match: false });
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}

/**
 * The line above the results: how many articles match, and which page this is. `capped` means the
 * CMS stopped counting at `count` (it ranks the newest 1,000 matches only), so more match.
 */
export function searchSummary(
  query: string,
  { count, capped, page, pageCount }: { count: number; capped: boolean; page: number; pageCount: number },
): string {
  if (count === 0) return `No articles match “${query}”.`;
  const matches = count === 1 && !capped ? 'article matches' : 'articles match';
  const where = pageCount > 1 ? ` (page ${page} of ${pageCount})` : '';
  return `${capped ? 'More than ' : ''}${count.toLocaleString('en-US')} ${matches} “${query}”${where}.`;
}
