import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Block, InlineNode, ListNode } from '../blocks';
import { parseMarkdown } from './markdown';

const FIXTURES = path.join(__dirname, '../../../tests/fixtures/import/markdown');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const inlineText = (nodes: InlineNode[]): string =>
  nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('');
const blockText = (block: Block): string =>
  block.type === 'list'
    ? block.children.map((child) => (child.type === 'list' ? blockText(child) : inlineText(child.children))).join('\n')
    : block.type === 'image'
      ? ''
      : inlineText(block.children);

describe('parseMarkdown on the harbour dredging file', () => {
  const parsed = parseMarkdown(
    fixture('harbour-dredging.md'),
    'markdown/harbour-dredging.md',
    'file:harbour-dredging.md',
  );
  const [article] = parsed.articles;

  it('imports one article and warns about the key it does not know', () => {
    expect(parsed.refused).toEqual([]);
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.warnings).toEqual([
      { origin: 'markdown/harbour-dredging.md', line: 17, reason: 'unknown front matter keys, ignored: layout' },
    ]);
  });

  it('takes the fields from the front matter', () => {
    expect(article.sourceId).toBe('file:harbour-dredging.md');
    expect(article.title).toBe('Deeper berths, shallower budgets: the Castellan dredging bill');
    expect(article.dek).toBe(
      'The city wants the harbour dredged for the next generation of ships. Who pays for it is still an open question.',
    );
    expect(article.publicationDate).toBe('2024-02-19');
    expect(article.status).toBe('published');
    expect(article.publishAt).toBeUndefined();
    expect(article.author).toEqual({ name: 'Nadia Ferreira', role: 'Cities editor' });
    expect(article.section).toBe('Economy');
    expect(article.tags).toEqual(['Ports', 'Public finance', 'Castellan']);
    expect(article.slug).toBe('castellan-dredging-bill');
    expect(article.formerSlugs).toEqual([]);
  });

  it('points the hero at the picture next to the file, with caption, credit and alt text', () => {
    expect(article.hero).toEqual({ path: './pictures/harbour.jpg' });
    expect(article.heroCaption).toBe('The inner harbour at Castellan at low tide, where the channel is narrowest.');
    expect(article.imageSource).toBe('Castellan Harbour Board');
    expect(article.heroAlt).toBe('Cranes and a moored container ship in a narrow harbour channel at low tide');
  });

  it('converts the body, dropping the "# title" that repeats the headline', () => {
    expect(article.body.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'list',
      'quote',
      'paragraph',
      'paragraph',
    ]);
    expect(article.body[2]).toEqual({
      type: 'heading',
      level: 2,
      children: [{ type: 'text', text: 'Three ways to pay' }],
    });
    const list = article.body[4];
    expect(list).toMatchObject({ type: 'list', format: 'ordered' });
    expect(list.type === 'list' && list.children).toHaveLength(3);
    expect(blockText(article.body[5])).toBe(
      '"We are being asked to approve the hole before anyone has agreed who fills the bill," said councillor Joaquim Reis during the debate.',
    );
    expect(article.body[1]).toMatchObject({
      children: expect.arrayContaining([{ type: 'text', text: 'about 410 million', bold: true }]),
    });
    expect(article.body[6]).toMatchObject({
      children: expect.arrayContaining([
        { type: 'text', text: 'A levy is a tax by another name', italic: true },
        expect.objectContaining({ type: 'link', url: 'https://example.org/aldane' }),
      ]),
    });
    expect(blockText(article.body[7])).toBe(
      'The board will publish a financing plan in the autumn1. Until then the dredgers stay in their yard.',
    );
  });
});

describe('parseMarkdown on the election recount file', () => {
  const parsed = parseMarkdown(
    fixture('election-recount.md'),
    'markdown/election-recount.md',
    'file:election-recount.md',
  );
  const [article] = parsed.articles;

  it('reads "headline", a quoted date, comma-separated tags, an image address and a schedule', () => {
    expect(parsed.refused).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(article.title).toBe('What the Brennmark recount did and did not settle');
    expect(article.dek).toBe('A nine-vote margin survived a full recount. The argument about postal ballots did not.');
    expect(article.publicationDate).toBe('2024-06-05');
    expect(article.status).toBe('scheduled');
    expect(article.publishAt).toBe('2024-06-06T06:00:00.000Z');
    expect(article.author).toEqual({ name: 'Pieter Vos', role: 'Politics correspondent' });
    expect(article.section).toBe('Politics');
    // "Elections" repeats "elections": kept once, as first written.
    expect(article.tags).toEqual(['elections', 'Brennmark', 'postal voting']);
    expect(article.hero).toEqual({ url: 'https://images.example.org/recount/brennmark-hall.jpg' });
    expect(article.heroCaption).toBe('Counting staff at the Brennmark sports hall during the recount.');
    expect(article.imageSource).toBe('Electoral Commission');
    expect(article.heroAlt).toBe('Rows of tables with ballot boxes in a sports hall');
    expect(article.slug).toBeUndefined();
  });

  it('keeps quotes and the nested list', () => {
    expect(article.body.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'list',
      'paragraph',
    ]);
    expect(blockText(article.body[1])).toBe(
      '"Nine is a small number, but it is the right number," said the returning officer, Hanne Dahl.',
    );
    const list = article.body[3];
    const nested =
      list.type === 'list' ? list.children.find((child): child is ListNode => child.type === 'list') : undefined;
    expect(nested).toMatchObject({ indentLevel: 1 });
    expect(nested?.children).toHaveLength(2);
  });
});

describe('parseMarkdown refusals', () => {
  it('refuses broken YAML with the line of the file where it broke', () => {
    const parsed = parseMarkdown(
      fixture('broken-front-matter.md'),
      'markdown/broken-front-matter.md',
      'file:broken.md',
    );
    expect(parsed.articles).toEqual([]);
    expect(parsed.refused).toEqual([
      {
        origin: 'markdown/broken-front-matter.md',
        line: 5,
        reason: 'the front matter is not valid YAML: bad indentation of a mapping entry',
      },
    ]);
  });

  it('refuses the same broken file a second time too (gray-matter caches without options)', () => {
    const text = fixture('broken-front-matter.md');
    parseMarkdown(text, 'a.md', 'file:a.md');
    expect(parseMarkdown(text, 'a.md', 'file:a.md').refused).toHaveLength(1);
  });

  it('names the missing title', () => {
    const parsed = parseMarkdown('---\ndek: Something\n---\n\nBody.\n', 'x.md', 'file:x.md');
    expect(parsed.refused).toEqual([
      { origin: 'x.md', line: 1, reason: 'the front matter has no “title” (or “headline”)' },
    ]);
  });

  it('names fields it cannot read, at their line', () => {
    const parsed = parseMarkdown(
      '---\ntitle: T\ndate: 31/12/2023\nstatus: live\ntags:\n  nested: map\n---\n\nBody.\n',
      'x.md',
      'file:x.md',
    );
    expect(parsed.articles).toEqual([]);
    expect(parsed.refused).toHaveLength(1);
    expect(parsed.refused[0].line).toBe(3);
    expect(parsed.refused[0].reason).toContain('“date: 31/12/2023” is not a date');
    expect(parsed.refused[0].reason).toContain('“status: live” should be draft, published or scheduled');
    expect(parsed.refused[0].reason).toContain('“tags” should be a list');
  });

  it('refuses a file without front matter, one never closed, and one without a body', () => {
    expect(parseMarkdown('# Title\n\nBody.\n', 'x.md', 'file:x.md').refused[0].reason).toContain('no front matter');
    expect(parseMarkdown('---\ntitle: T\n\nBody.\n', 'x.md', 'file:x.md').refused[0].reason).toContain('never closed');
    expect(parseMarkdown('---\ntitle: T\n---\n\n# T\n', 'x.md', 'file:x.md').refused[0].reason).toContain(
      'no body text',
    );
  });
});

describe('parseMarkdown field details', () => {
  it('reads a date with a time as its UTC calendar day, and no date as a draft', () => {
    const dated = parseMarkdown('---\ntitle: T\ndate: 2024-03-01T23:30:00-02:00\n---\nBody.\n', 'x.md', 'file:x.md');
    expect(dated.articles[0]).toMatchObject({ publicationDate: '2024-03-02', status: 'published' });
    const undated = parseMarkdown('---\ntitle: T\n---\nBody.\n', 'x.md', 'file:x.md');
    expect(undated.articles[0].status).toBe('draft');
    expect(undated.articles[0].publicationDate).toBeUndefined();
  });

  it('schedules from publishAt alone, takes its day as the date, reads a time without zone as UTC', () => {
    const parsed = parseMarkdown("---\ntitle: T\npublishAt: '2025-03-01 09:00'\n---\nBody.\n", 'x.md', 'file:x.md');
    expect(parsed.articles[0]).toMatchObject({
      status: 'scheduled',
      publishAt: '2025-03-01T09:00:00.000Z',
      publicationDate: '2025-03-01',
    });
  });

  it('keeps an explicit draft a draft and says publishAt was ignored', () => {
    const parsed = parseMarkdown(
      '---\ntitle: T\nstatus: draft\npublishAt: 2025-03-01T09:00:00Z\n---\nBody.\n',
      'x.md',
      'file:x.md',
    );
    expect(parsed.articles[0].status).toBe('draft');
    expect(parsed.articles[0].publishAt).toBeUndefined();
    expect(parsed.warnings).toEqual([{ origin: 'x.md', line: 4, reason: expect.stringContaining('is a draft') }]);
  });

  it('accepts image_source and the English date form, and stringifies a numeric title', () => {
    const parsed = parseMarkdown(
      '---\ntitle: 1984\ndate: December 1, 2021\nimage_source: Agency\n---\nBody.\n',
      'x.md',
      'file:x.md',
    );
    expect(parsed.articles[0]).toMatchObject({ title: '1984', publicationDate: '2021-12-01', imageSource: 'Agency' });
  });
});
