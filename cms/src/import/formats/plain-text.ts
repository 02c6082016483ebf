// Plain text as it comes from copying a published article page: one item per line, in the order
// the page shows them (headline, dek, date, headline again, hero caption, "IMAGE SOURCE: …", the
// body, then an "Author" block). Nothing marks which line is which, so the parser relies on that
// order and refuses a file that does not follow it rather than guessing.
import type { Block } from '../blocks';
import type { ParsedSource } from '../source-article';

const MAX_HEADLINE = 200;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month by English name or abbreviation ("Dec", "Dec.", "Sept"), 1-based; undefined if none. */
function monthNumber(word: string): number | undefined {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(name) || (name === 'sept' && month === 'september'));
  return index === -1 ? undefined : index + 1;
}

/** YYYY-MM-DD for a real calendar day, undefined for "February 30". */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

// "December 1, 2021", "Dec. 1st, 2021", "Wednesday, December 1, 2021", "1 December 2021".
const MONTH_FIRST = /^(?:[a-z]+,?\s+)?([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const DAY_FIRST = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})$/i;

/** The calendar date an English date line names, as YYYY-MM-DD; undefined if the line is not one. */
export function parseEnglishDate(line: string): string | undefined {
  const text = line.trim().replace(/\s+/g, ' ');
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1]);
    return month === undefined ? undefined : isoDate(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2]);
    return month === undefined ? undefined : isoDate(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  return undefined;
}

type Line = { text: string; line: number };

// A line that is only markup (`<!-- saved from url=… -->`, `<html>`, `<meta charset="utf-8">`) is
// left over from saving the page, not part of the article.
const MARKUP_ONLY = /^(?:<!--.*?-->|<[!/?]?[a-z][^>]*>|\s)+$/i;
const IMAGE_SOURCE = /^image source\s*:\s*(.*)$/i;
const AUTHOR = /^author:?$/i;

const sameWords = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();

function paragraph(text: string): Block {
  return { type: 'paragraph', children: [{ type: 'text', text }] };
}

function refused(origin: string, line: number, reason: string): ParsedSource {
  return { articles: [], skipped: [], refused: [{ origin, line, reason }], warnings: [] };
}

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

/** Parses one copied article page; `origin` names the file in messages, `sourceId` is its identity. */
export function parsePlainText(text: string, origin: string, sourceId: string): ParsedSource {
  const lines: Line[] = text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: raw.replace(/\s+/g, ' ').trim(), line: index + 1 }))
    .filter((entry) => entry.text !== '');
  let start = 0;
  while (start < lines.length && MARKUP_ONLY.test(lines[start].text)) start++;
  const items = lines.slice(start);
  if (items.length === 0) return refused(origin, 1, 'the file has no text');

  const headline = items[0];
  if (headline.text.length > MAX_HEADLINE) {
    return refused(
      origin,
      headline.line,
      `the headline (the first line) is ${headline.text.length} characters long; at most ${MAX_HEADLINE} are allowed — is the first line really the headline?`,
    );
  }

  // The dek is one paragraph; a page without one goes straight from headline to date.
  let cursor = 1;
  let dek: string | undefined;
  let publicationDate = items[1] ? parseEnglishDate(items[1].text) : undefined;
  if (publicationDate === undefined && items[1]) {
    dek = items[1].text;
    publicationDate = items[2] ? parseEnglishDate(items[2].text) : undefined;
    cursor = 2;
  }
  if (publicationDate === undefined) {
    const expected = items[cursor] ?? items[items.length - 1];
    return refused(
      origin,
      expected.line,
      items[cursor]
        ? `expected the publication date (like “December 1, 2021”) after the headline and dek, found ${quoted(expected.text)}`
        : 'expected the publication date (like “December 1, 2021”) after the headline and dek, but the file ends',
    );
  }
  cursor++;

  // The page repeats the headline above the picture.
  if (items[cursor] && sameWords(items[cursor].text, headline.text)) cursor++;

  // The hero caption is only recognisable by the "IMAGE SOURCE:" line under it; without that line
  // the page had no picture and the body starts here.
  let heroCaption: string | undefined;
  let imageSource: string | undefined;
  const sourceHere = items[cursor] && IMAGE_SOURCE.exec(items[cursor].text);
  const sourceNext = items[cursor + 1] && IMAGE_SOURCE.exec(items[cursor + 1].text);
  if (sourceHere) {
    imageSource = sourceHere[1].trim() || undefined;
    cursor++;
  } else if (sourceNext) {
    heroCaption = items[cursor].text;
    imageSource = sourceNext[1].trim() || undefined;
    cursor += 2;
  }

  // The last "Author" line starts the block that ends the page: the name, then the role.
  let authorAt = -1;
  for (let index = items.length - 1; index >= cursor; index--) {
    if (AUTHOR.test(items[index].text)) {
      authorAt = index;
      break;
    }
  }
  const last = items[items.length - 1];
  if (authorAt === -1) {
    return refused(
      origin,
      last.line,
      'no “Author” block at the end (a line “Author”, then the author’s name, then their role)',
    );
  }
  const after = items.length - 1 - authorAt;
  if (after === 0)
    return refused(origin, items[authorAt].line, 'the “Author” line is not followed by the author’s name');
  if (after > 2) {
    return refused(
      origin,
      items[authorAt + 3].line,
      `the “Author” block should end the file (name, then role), but ${after} lines follow the “Author” line`,
    );
  }
  const author = { name: items[authorAt + 1].text, ...(after === 2 ? { role: items[authorAt + 2].text } : {}) };

  const body = items.slice(cursor, authorAt);
  if (body.length === 0) {
    const where = items[authorAt];
    return refused(origin, where.line, 'no body paragraphs between the picture caption and the “Author” block');
  }

  return {
    articles: [
      {
        sourceId,
        origin,
        title: headline.text,
        ...(dek !== undefined ? { dek } : {}),
        body: body.map((entry) => paragraph(entry.text)),
        publicationDate,
        status: 'published',
        author,
        tags: [],
        ...(heroCaption !== undefined ? { heroCaption } : {}),
        ...(imageSource !== undefined ? { imageSource } : {}),
        formerSlugs: [],
      },
    ],
    skipped: [],
    refused: [],
    warnings: [],
  };
}
