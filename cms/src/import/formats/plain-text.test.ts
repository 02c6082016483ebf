import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Block } from '../blocks';
import { parseEnglishDate, parsePlainText } from './plain-text';

const FIXTURES = path.join(__dirname, '../../../tests/fixtures/import/plain-text');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const paragraphText = (block: Block): string => {
  if (block.type !== 'paragraph') throw new Error(`expected a paragraph, got ${block.type}`);
  return block.children.map((child) => (child.type === 'text' ? child.text : '')).join('');
};

describe('parsePlainText on copied article pages', () => {
  it('reads the Veska treaty page, skipping the saved-page comment and the repeated headline', () => {
    const parsed = parsePlainText(fixture('river-treaty.txt'), 'plain-text/river-treaty.txt', 'file:river-treaty.txt');
    expect(parsed.refused).toEqual([]);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.articles).toHaveLength(1);
    const [article] = parsed.articles;
    expect(article.sourceId).toBe('file:river-treaty.txt');
    expect(article.origin).toBe('plain-text/river-treaty.txt');
    expect(article.title).toBe('The Veska basin treaty shares the river, not the drought');
    expect(article.dek).toBe(
      'Four countries signed the first water-sharing agreement on the Veska in half a century. Its formula works in a wet year; the dry years are left to a commission that has yet to meet.',
    );
    expect(article.publicationDate).toBe('2021-12-01');
    expect(article.status).toBe('published');
    expect(article.heroCaption).toBe(
      'Irrigation channels below the Dorrin barrage, where the treaty’s first flow gauge will be installed.',
    );
    expect(article.imageSource).toBe('Basin Observatory / Lena Marsh');
    expect(article.hero).toBeUndefined();
    expect(article.author).toEqual({ name: 'Daniel Okoro', role: 'Environment correspondent' });
    expect(article.tags).toEqual([]);
    expect(article.formerSlugs).toEqual([]);

    const paragraphs = article.body.map(paragraphText);
    expect(paragraphs).toHaveLength(13);
    expect(paragraphs[0]).toMatch(/^When the ministers of Orvania, Kelmar/);
    expect(paragraphs[2]).toBe(
      '“We have written down, for the first time, that the delta is owed water and not just sympathy,” said Ilse Varga, the federation’s chief negotiator, after the signing.',
    );
    expect(paragraphs.at(-1)).toMatch(/^Whether the treaty becomes/);
    // Nothing of the page furniture leaks into the body.
    expect(paragraphs.some((text) => /saved from|IMAGE SOURCE|^Author$|Daniel Okoro/i.test(text))).toBe(false);
    expect(paragraphs.some((text) => /shares the river, not the drought/i.test(text))).toBe(false);
  });

  it('reads the Halvard strike page: abbreviated month, headline repeated in capitals, straight quotes kept', () => {
    const parsed = parsePlainText(fixture('port-strike.txt'), 'plain-text/port-strike.txt', 'file:port-strike.txt');
    expect(parsed.refused).toEqual([]);
    const [article] = parsed.articles;
    expect(article.title).toBe('Dockworkers at Halvard stop the cranes over automation pay');
    expect(article.dek).toMatch(/^A strike at the country's second port has idled forty ships\./);
    expect(article.publicationDate).toBe('2023-03-14');
    expect(article.heroCaption).toBe(
      "Container ships at anchor outside Halvard's outer harbour on the third day of the strike.",
    );
    expect(article.imageSource).toBe('Halvard Port Authority');
    expect(article.author).toEqual({ name: 'Sara Lindqvist', role: 'Labour and economy reporter' });
    const paragraphs = article.body.map(paragraphText);
    expect(paragraphs).toHaveLength(12);
    expect(paragraphs[0]).toMatch(/^The cranes at Halvard's container terminal stood still/);
    expect(paragraphs).toContain(
      '"A promise in a press release is not a clause in a contract," said Agnes Holm, the union\'s regional secretary, outside the terminal gates on Sunday.',
    );
    expect(paragraphs.filter((text) => text.startsWith('"'))).toHaveLength(3);
  });

  it('refuses a page without the Author block, pointing at the last line', () => {
    const parsed = parsePlainText(fixture('no-author.txt'), 'plain-text/no-author.txt', 'file:no-author.txt');
    expect(parsed.articles).toEqual([]);
    expect(parsed.refused).toEqual([
      { origin: 'plain-text/no-author.txt', line: 9, reason: expect.stringContaining('no “Author” block') },
    ]);
  });
});

describe('parsePlainText refusals', () => {
  const page = (lines: string[]) => lines.join('\n');
  const body = ['First paragraph.', '“Second,” she said.'];
  const ending = ['Author', 'A. Writer', 'Correspondent'];

  it('refuses a missing date line, naming the line where it was expected', () => {
    const parsed = parsePlainText(page(['Headline', 'Dek', 'Not a date', ...body, ...ending]), 'x.txt', 'file:x.txt');
    expect(parsed.articles).toEqual([]);
    expect(parsed.refused).toEqual([
      { origin: 'x.txt', line: 3, reason: expect.stringContaining('expected the publication date') },
    ]);
  });

  it('refuses a headline over 200 characters', () => {
    const parsed = parsePlainText(
      page(['x'.repeat(201), 'Dek', 'May 2, 2022', ...body, ...ending]),
      'x.txt',
      'file:x.txt',
    );
    expect(parsed.refused).toEqual([{ origin: 'x.txt', line: 1, reason: expect.stringContaining('201 characters') }]);
  });

  it('refuses a page with no body paragraphs', () => {
    const parsed = parsePlainText(
      page(['Headline', 'Dek', 'May 2, 2022', 'Caption', 'IMAGE SOURCE: Agency', ...ending]),
      'x.txt',
      'file:x.txt',
    );
    expect(parsed.refused).toEqual([
      { origin: 'x.txt', line: 6, reason: expect.stringContaining('no body paragraphs') },
    ]);
  });

  it('refuses an Author line with nothing after it, and an Author block followed by more text', () => {
    const bare = parsePlainText(page(['Headline', 'Dek', 'May 2, 2022', ...body, 'Author']), 'x.txt', 'file:x.txt');
    expect(bare.refused[0]).toMatchObject({
      line: 6,
      reason: expect.stringContaining('not followed by the author’s name'),
    });
    const trailing = parsePlainText(
      page(['Headline', 'Dek', 'May 2, 2022', ...body, ...ending, 'Share this article', 'Related']),
      'x.txt',
      'file:x.txt',
    );
    expect(trailing.refused[0]).toMatchObject({ line: 9, reason: expect.stringContaining('4 lines follow') });
  });

  it('refuses an empty file', () => {
    expect(parsePlainText('\n  \n', 'x.txt', 'file:x.txt').refused).toEqual([
      { origin: 'x.txt', line: 1, reason: 'the file has no text' },
    ]);
  });
});

describe('parsePlainText, lenient where pages differ', () => {
  it('accepts a page without a dek, picture or role; windows line endings', () => {
    const parsed = parsePlainText(
      ['Headline', 'Dec. 1st, 2021', 'Only paragraph.', 'Author', 'A. Writer'].join('\r\n'),
      'x.txt',
      'file:x.txt',
    );
    expect(parsed.refused).toEqual([]);
    const [article] = parsed.articles;
    expect(article.dek).toBeUndefined();
    expect(article.heroCaption).toBeUndefined();
    expect(article.imageSource).toBeUndefined();
    expect(article.publicationDate).toBe('2021-12-01');
    expect(article.author).toEqual({ name: 'A. Writer' });
    expect(article.body).toHaveLength(1);
  });

  it('keeps a body line that merely looks like markup, after the first content line', () => {
    const parsed = parsePlainText(
      ['Headline', 'Dek', 'May 2, 2022', '<b>literally</b>', 'Author', 'A. Writer', 'Role'].join('\n'),
      'x.txt',
      'file:x.txt',
    );
    expect(parsed.articles[0].body.map(paragraphText)).toEqual(['<b>literally</b>']);
  });
});

describe('parseEnglishDate', () => {
  it.each([
    ['December 1, 2021', '2021-12-01'],
    ['Dec 1, 2021', '2021-12-01'],
    ['Dec. 1, 2021', '2021-12-01'],
    ['Sept 30, 2022', '2022-09-30'],
    ['Wednesday, December 1, 2021', '2021-12-01'],
    ['1 December 2021', '2021-12-01'],
    ['february 29, 2024', '2024-02-29'],
  ])('reads %s', (line, expected) => {
    expect(parseEnglishDate(line)).toBe(expected);
  });

  it.each(['February 30, 2021', 'Ma 1, 2021', 'December 2021', '2021-12-01', 'Decembre 1, 2021', 'Author'])(
    'rejects %s',
    (line) => {
      expect(parseEnglishDate(line)).toBeUndefined();
    },
  );
});
