import { parseContentChange, secretMatches } from './request';

describe('secretMatches', () => {
  it('accepts only the exact secret', () => {
    expect(secretMatches('s3cret-value', 's3cret-value')).toBe(true);
    expect(secretMatches('s3cret-valuf', 's3cret-value')).toBe(false);
    expect(secretMatches('s3cret', 's3cret-value')).toBe(false);
  });

  it('refuses when either side is missing, even if both are', () => {
    expect(secretMatches(null, 'x')).toBe(false);
    expect(secretMatches('x', undefined)).toBe(false);
    expect(secretMatches(undefined, undefined)).toBe(false);
  });
});

describe('parseContentChange', () => {
  it('reads a publish notification', () => {
    expect(parseContentChange({ type: 'article', action: 'publish', documentId: 'abc', slugs: ['a-b'] })).toEqual({
      type: 'article',
      documentId: 'abc',
      slugs: ['a-b'],
    });
  });

  it.each([[null], ['text'], [{}], [{ type: 'page' }], [{ type: 'article', slugs: 'a' }]])('refuses %j', (body) => {
    expect(parseContentChange(body)).toBeNull();
  });
});
