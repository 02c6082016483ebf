import { safeSitePath } from './paths';

const SITE = 'https://review.example';

/** Where a browser lands when it follows `Location: <path>` from a page of the site. */
const landing = (path: string) => new URL(path, `${SITE}/api/preview/exit`);

describe('safeSitePath', () => {
  it.each(['/', '/articles/a-b', '/articles/a-b?x=1#top', '/search?q=caf%C3%A9&page=2', '/tags/%C3%A9t%C3%A9'])(
    'keeps the site path %s',
    (path) => {
      expect(safeSitePath(path)).toBe(path);
    },
  );

  it('keeps a path the URL parser tidies, in its tidied form', () => {
    expect(safeSitePath('/sections/politics/../economy')).toBe('/sections/economy');
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
    // Protocol-relative only once normalised: the dot segments collapse into "//evil.test".
    ['a dot segment before a double slash', '/.//evil.test'],
    ['a dot-dot segment before a double slash', '/..//evil.test'],
    ['encoded dot-dot segments', '/%2e%2e//evil.test'],
    ['a mixed-case encoded dot segment', '/%2E//evil.test'],
    ['a dot segment before a backslash', '/./\\evil'],
    ['a tab the parser drops', '/\t/evil.test'],
    ['a newline the parser drops', '/\n/evil.test'],
    ['a carriage return', '/\r/evil.test'],
    // Encoded separators: harmless to the URL parser, not to a server or proxy that decodes them.
    ['encoded slashes', '/%2f%2fevil.test'],
    ['upper-case encoded slashes', '/%2F%2Fevil.test'],
    ['an encoded slash after a slash', '/%2f/evil.test'],
    ['a dot segment with an encoded slash', '/.%2f/evil.test'],
    ['an encoded backslash', '/%5cevil.test'],
    ['an upper-case encoded backslash', '/%5C%5Cevil.test'],
    ['an encoded tab', '/%09/evil.test'],
    ['an encoded newline', '/articles/a%0d%0aSet-Cookie:%20x'],
    ['a doubly encoded slash', '/%252f%252fevil.test'],
    ['a malformed escape', '/articles/%E0%A4%A'],
  ])('refuses %s', (_, path) => {
    expect(safeSitePath(path)).toBeNull();
  });

  it('never returns a path that leaves the site, whatever pieces it is built from', () => {
    const pieces = ['/', '.', '..', '%2e', '%2f', '%5c', '\\', '\t', '@', 'evil.test', ':'];
    const built: string[] = [];
    const grow = (prefix: string, depth: number) => {
      built.push(prefix);
      if (depth === 0) return;
      for (const piece of pieces) grow(prefix + piece, depth - 1);
    };
    grow('/', 4);
    for (const value of built) {
      const path = safeSitePath(value);
      if (path === null) continue;
      expect({ value, path, origin: landing(path).origin }).toEqual({ value, path, origin: SITE });
      expect({ value, twoSlashes: path.startsWith('//'), backslash: path.includes('\\') }).toEqual({
        value,
        twoSlashes: false,
        backslash: false,
      });
    }
  });
});
