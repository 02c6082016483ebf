import { safeSitePath } from './paths';

describe('safeSitePath', () => {
  it.each(['/', '/articles/a-b', '/articles/a-b?x=1#top'])('keeps the site path %s', (path) => {
    expect(safeSitePath(path)).toBe(path);
  });

  it.each([
    ['an absolute URL', 'https://evil.example/articles/a'],
    ['a protocol-relative URL', '//evil.example'],
    ['a backslash trick', '/\\evil.example'],
    ['a scheme', 'javascript:alert(1)'],
    ['a relative path', 'articles/a'],
    ['a control character', '/articles/a\nSet-Cookie: x'],
    ['nothing', null],
    ['an empty string', ''],
  ])('refuses %s', (_, path) => {
    expect(safeSitePath(path)).toBeNull();
  });
});
