import { MAX_QUERY_LENGTH, MAX_TERMS, parseSearchParams, searchExcerpt, searchSummary } from './search';

describe('parseSearchParams', () => {
  it('trims and collapses what the reader typed, and splits it into words', () => {
    expect(parseSearchParams({ q: '  Water   ENERGY,  dams!  ' })).toEqual({
      query: 'Water ENERGY, dams!',
      terms: ['water', 'energy', 'dams'],
      page: 1,
    });
  });

  it('keeps apostrophes and hyphens inside words, and letters of any script', () => {
    expect(parseSearchParams({ q: "Côte d'Ivoire's cross-border Ελλάδα" }).terms).toEqual([
      'côte',
      "d'ivoire's",
      'cross-border',
      'ελλάδα',
    ]);
  });

  it('gives no terms for an empty, blank or punctuation-only query', () => {
    expect(parseSearchParams({}).terms).toEqual([]);
    expect(parseSearchParams({ q: '   ' })).toEqual({ query: '', terms: [], page: 1 });
    expect(parseSearchParams({ q: '%_*"<>' }).terms).toEqual([]);
  });

  it('caps a very long query at a word boundary and matches at most a few words', () => {
    const long = 'election '.repeat(50) + Array.from({ length: 20 }, (_, i) => `word${i}`).join(' ');
    const { query } = parseSearchParams({ q: long });
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.endsWith('election')).toBe(true);
    const many = parseSearchParams({ q: Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ') });
    expect(many.terms).toHaveLength(MAX_TERMS);
  });

  it('drops control characters and reads only the first of repeated parameters', () => {
    expect(parseSearchParams({ q: ['tariffs\u0000\nport', 'other'] }).terms).toEqual(['tariffs', 'port']);
  });

  it('reads the page, treating malformed and zero pages as page 1 and capping huge ones', () => {
    expect(parseSearchParams({ q: 'a', page: '3' }).page).toBe(3);
    for (const page of ['0', '-1', '2.5', 'abc', '007', '']) expect(parseSearchParams({ q: 'a', page }).page).toBe(1);
    expect(parseSearchParams({ q: 'a', page: '999' }).page).toBe(100);
  });
});

describe('searchExcerpt', () => {
  const text =
    'Those numbers are better than what happened when the pits closed in the nineties, said Agnes Holloway-Reyes, ' +
    'a labour economist at Calder Polytechnic who has followed the compact since its negotiation. Then, half the ' +
    'men over forty never worked again. The polytechnic retrained some of them.';
  const render = (parts: { text: string; match: boolean }[] | null) =>
    parts?.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

  it('shows the words around the first match and marks every match, as written', () => {
    const excerpt = render(searchExcerpt(text, ['polytechnic'], 120));
    expect(excerpt).toContain('[Polytechnic]');
    expect(excerpt!.startsWith('… ')).toBe(true);
    expect(excerpt!.endsWith(' …')).toBe(true);
    expect(excerpt!.length).toBeLessThanOrEqual(130);
  });

  it('marks each of several words, in either apostrophe', () => {
    expect(render(searchExcerpt('The dam’s keeper and the dam.', ["dam's", 'keeper']))).toBe(
      'The [dam’s] [keeper] and the dam.',
    );
  });

  it('gives nothing when the body does not contain the words', () => {
    expect(searchExcerpt(text, ['zeppelin'])).toBeNull();
    expect(searchExcerpt(null, ['a'])).toBeNull();
  });

  it('treats the reader’s words as text, never as a pattern', () => {
    expect(render(searchExcerpt('Costs rose (a lot) in 2024.', ['(a']))).toBe('Costs rose [(a] lot) in 2024.');
  });
});

describe('searchSummary', () => {
  const page = { page: 1, pageCount: 1 };
  it('counts the matches, one or many, and names the page when there are several', () => {
    expect(searchSummary('dams', { count: 0, capped: false, ...page })).toBe('No articles match “dams”.');
    expect(searchSummary('dams', { count: 1, capped: false, ...page })).toBe('1 article matches “dams”.');
    expect(searchSummary('dams', { count: 1234, capped: false, page: 2, pageCount: 103 })).toBe(
      '1,234 articles match “dams” (page 2 of 103).',
    );
  });

  it('says "more than" when the CMS stopped counting', () => {
    expect(searchSummary('the', { count: 1000, capped: true, page: 3, pageCount: 84 })).toBe(
      'More than 1,000 articles match “the” (page 3 of 84).',
    );
  });
});
