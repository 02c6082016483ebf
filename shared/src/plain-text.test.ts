import { blocksToPlainText, countWords } from './plain-text';

const body = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'The dam' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: '“We will not ', bold: true },
      { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'wait' }] },
      { type: 'text', text: '  forever,” she said.' },
    ],
  },
  { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'one' }] }] },
];

describe('blocksToPlainText', () => {
  it('joins the words of every block, keeping block boundaries as spaces', () => {
    expect(blocksToPlainText(body)).toBe('The dam “We will not wait forever,” she said. one');
  });

  it('gives an empty string for an empty or malformed body', () => {
    expect(blocksToPlainText(null)).toBe('');
    expect(blocksToPlainText('text')).toBe('');
    expect(blocksToPlainText([])).toBe('');
    expect(blocksToPlainText([{ type: 'paragraph', children: 'nope' }])).toBe('');
  });
});

describe('countWords', () => {
  it('counts the words of the body', () => {
    expect(countWords(body)).toBe(10);
    expect(countWords([])).toBe(0);
  });
});
