import { markdownToBlocks, parseFrontMatter, parseInline } from './markdown-blocks';

describe('markdownToBlocks', () => {
  it('turns paragraphs, headings, quotes and lists into Strapi blocks', () => {
    const blocks = markdownToBlocks(
      [
        'First paragraph.',
        '',
        '## What comes next',
        '',
        '> “We will not wait,” she said.',
        '',
        '- one',
        '- two',
        '',
        'Last.',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'quote', 'list', 'paragraph']);
    expect(blocks[1]).toEqual({ type: 'heading', level: 2, children: [{ type: 'text', text: 'What comes next' }] });
    expect(blocks[3]).toMatchObject({ format: 'unordered', children: [{ type: 'list-item' }, { type: 'list-item' }] });
  });

  it('starts a new list after a paragraph', () => {
    const blocks = markdownToBlocks('- a\n\ntext\n\n- b');
    expect(blocks.map((b) => b.type)).toEqual(['list', 'paragraph', 'list']);
  });
});

describe('parseInline', () => {
  it('marks bold, italic and links', () => {
    expect(parseInline('A **bold** and *quiet* [claim](https://example.org/x).')).toEqual([
      { type: 'text', text: 'A ' },
      { type: 'text', text: 'bold', bold: true },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'quiet', italic: true },
      { type: 'text', text: ' ' },
      { type: 'link', url: 'https://example.org/x', rel: '', target: '', children: [{ type: 'text', text: 'claim' }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('always yields at least one text node', () => {
    expect(parseInline('')).toEqual([{ type: 'text', text: '' }]);
  });
});

describe('parseFrontMatter', () => {
  it('splits fields from the body, keeping colons inside values', () => {
    const { fields, body } = parseFrontMatter('---\ntitle: Why: a question\nslug: why\n---\n\nBody text');
    expect(fields).toEqual({ title: 'Why: a question', slug: 'why' });
    expect(body.trim()).toBe('Body text');
  });

  it('refuses a file without front matter', () => {
    expect(() => parseFrontMatter('just text')).toThrow('front matter');
  });
});
