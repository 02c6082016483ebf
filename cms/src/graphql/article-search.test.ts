import { ftsMatchExpression, searchWords } from './article-search';

describe('searchWords', () => {
  it('keeps words of any script, lower-cased, once each, at most six', () => {
    expect(searchWords(['Dams', 'DAMS', 'Zürich', 'αθηνα', '北京'])).toEqual(['dams', 'zürich', 'αθηνα', '北京']);
    expect(searchWords(['a b c d e f g h'])).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('turns quotes, operators and wildcards into separators', () => {
    expect(searchWords(['"quartermaster', 'NEAR(ledger', 'dues*', '100%', "d'ivoire"])).toEqual([
      'quartermaster',
      'near',
      'ledger',
      'dues',
      '100',
      'd',
    ]);
    expect(searchWords(['%', '_', '"', ')('])).toEqual([]);
  });
});

describe('ftsMatchExpression', () => {
  it('requires every word, each as a quoted string', () => {
    expect(ftsMatchExpression(['dam', 'water'])).toBe('"dam" AND "water"');
  });
});
