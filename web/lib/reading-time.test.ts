import { readingTimeMinutes, WORDS_PER_MINUTE } from './reading-time';

const paragraph = (words: number) => ({
  type: 'paragraph',
  children: [{ type: 'text', text: Array.from({ length: words }, () => 'word').join(' ') }],
});

describe('readingTimeMinutes', () => {
  it('counts the words of every block, including nested lists and links', () => {
    const list = {
      type: 'list',
      children: [{ type: 'list-item', children: [{ type: 'link', children: [{ type: 'text', text: 'a b c' }] }] }],
    };
    expect(readingTimeMinutes([paragraph(WORDS_PER_MINUTE * 4 - 3), list])).toBe(4);
  });

  it('never says zero minutes', () => {
    expect(readingTimeMinutes([])).toBe(1);
  });
});
