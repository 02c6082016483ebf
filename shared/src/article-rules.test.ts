import { checkBeforePublish, MAX_TITLE_LENGTH, normalizeBody, slugFromText, validateArticle } from './article-rules';

const paragraph = (...texts: string[]) => ({
  type: 'paragraph',
  children: texts.map((text) => ({ type: 'text', text })),
});
const complete = {
  title: 'Headline',
  dek: 'One paragraph under the headline.',
  body: [paragraph('“We counted every rifle,” said the monitor.')],
  heroImage: 12,
  heroAlt: 'Delegates leave the chamber',
  imageSource: 'AFP',
};
const fields = (errors: { field: string }[]) => errors.map((e) => e.field).sort();

describe('validateArticle (every save, drafts included)', () => {
  it('accepts an incomplete draft: no dek, no body, no picture', () => {
    expect(validateArticle({ title: 'Headline' })).toEqual([]);
  });

  it('names imageSource when a hero image has no credit', () => {
    expect(fields(validateArticle({ title: 'H', heroImage: 3, imageSource: '  ' }))).toEqual(['imageSource']);
  });

  it('names title when the headline is too long, saying how long it is', () => {
    const [error] = validateArticle({ title: 'x'.repeat(MAX_TITLE_LENGTH + 1) });
    expect(error).toEqual({ field: 'title', message: expect.stringContaining('201 characters') });
    expect(validateArticle({ title: 'x'.repeat(MAX_TITLE_LENGTH) })).toEqual([]);
  });
});

describe('checkBeforePublish', () => {
  it('lets a complete article go live', () => {
    expect(checkBeforePublish(complete)).toEqual([]);
    expect(checkBeforePublish({ ...complete, heroImage: null, heroAlt: null, imageSource: null })).toEqual([]);
  });

  it('refuses an empty body, including one of blank paragraphs', () => {
    expect(fields(checkBeforePublish({ ...complete, body: [] }))).toEqual(['body']);
    expect(fields(checkBeforePublish({ ...complete, body: null }))).toEqual(['body']);
    expect(fields(checkBeforePublish({ ...complete, body: [paragraph('  ', '\n')] }))).toEqual(['body']);
  });

  it('refuses a missing dek and a picture without alt text or credit', () => {
    expect(fields(checkBeforePublish({ ...complete, dek: ' ' }))).toEqual(['dek']);
    expect(fields(checkBeforePublish({ ...complete, heroAlt: '' }))).toEqual(['heroAlt']);
    expect(fields(checkBeforePublish({ ...complete, imageSource: null }))).toEqual(['imageSource']);
  });

  it('reports every broken rule at once, each in plain words', () => {
    const errors = checkBeforePublish({ title: 'x'.repeat(201), heroImage: 1 });
    expect(fields(errors)).toEqual(['body', 'dek', 'heroAlt', 'imageSource', 'title']);
    for (const error of errors) expect(error.message).not.toMatch(/heroAlt|imageSource|heroImage/);
  });
});

describe('normalizeBody', () => {
  it('drops the empty paragraphs pasting leaves between the real ones', () => {
    const pasted = [paragraph('First.'), paragraph(''), paragraph('Second.'), paragraph(' ', '')];
    expect(normalizeBody(pasted)).toEqual([paragraph('First.'), paragraph('Second.')]);
  });

  it('keeps quotation marks, line breaks inside a paragraph, links and other blocks exactly', () => {
    const body = [
      paragraph('“Quoted,” she said.\nA second line.'),
      {
        type: 'paragraph',
        children: [{ type: 'link', url: 'https://example.org', children: [{ type: 'text', text: '' }] }],
      },
      { type: 'quote', children: [{ type: 'text', text: '' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Why' }] },
    ];
    expect(normalizeBody(body)).toBe(body);
  });

  it('leaves anything that is not a list of blocks to Strapi’s validation', () => {
    expect(normalizeBody('not blocks')).toBe('not blocks');
    expect(normalizeBody(null)).toBeNull();
  });
});

describe('slugFromText', () => {
  it('spells a headline in URL words', () => {
    expect(slugFromText('Catch-22 in São Paulo: the budget’s “last” word')).toBe(
      'catch-22-in-sao-paulo-the-budgets-last-word',
    );
  });

  it('cuts a long headline at a word, within 120 characters', () => {
    const slug = slugFromText('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug.endsWith('word')).toBe(true);
  });

  it('is empty when nothing can be spelled in a URL', () => {
    expect(slugFromText('  —  ')).toBe('');
  });
});
