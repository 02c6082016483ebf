import { isValidSlug, MAX_SLUG_LENGTH } from './slug';

describe('isValidSlug', () => {
  it.each(['a', 'tamsa-ceasefire', 'covid-19-and-after', '2021'])('accepts %s', (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['uppercase', 'Tamsa-Ceasefire'],
    ['underscore', 'bad_slug'],
    ['leading hyphen', '-tamsa'],
    ['double hyphen', 'tamsa--ceasefire'],
    ['trailing hyphen', 'tamsa-'],
    ['path traversal', '../admin'],
    ['encoded space', 'a%20b'],
    ['unicode', 'café'],
  ])('rejects %s', (_, slug) => {
    expect(isValidSlug(slug)).toBe(false);
  });

  it('accepts the longest allowed slug and rejects one character more', () => {
    expect(isValidSlug('a'.repeat(MAX_SLUG_LENGTH))).toBe(true);
    expect(isValidSlug('a'.repeat(MAX_SLUG_LENGTH + 1))).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isValidSlug(undefined)).toBe(false);
    expect(isValidSlug(42)).toBe(false);
  });
});
