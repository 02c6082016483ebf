import { searchTextOf, spellings } from './search';

describe('searchTextOf', () => {
  it('joins headline, dek and body, lower-cased in any script', () => {
    const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Talks in ΑΘΗΝΑ and Zürich.' }] }];
    expect(searchTextOf({ title: 'The Dam', dek: 'Who  pays?', body })).toBe(
      'the dam who pays? talks in αθηνα and zürich.',
    );
  });

  it('copes with missing parts', () => {
    expect(searchTextOf({ title: 'Only a title' })).toBe('only a title');
    expect(searchTextOf({})).toBe('');
  });
});

describe('spellings', () => {
  it('spells a word with both apostrophes', () => {
    expect(spellings('dam’s')).toEqual(['dam’s', "dam's"]);
    expect(spellings('dam')).toEqual(['dam']);
  });
});
