import { isReadablePath, unreadablePathPage } from './request-path';

describe('isReadablePath', () => {
  it.each(['/', '/articles/tamsa-ceasefire', '/tags/%C3%A9t%C3%A9/page/2', '/articles/100%25', '/review/r1.e30.x'])(
    'reads %s',
    (path) => {
      expect(isReadablePath(path)).toBe(true);
    },
  );

  it.each([
    '/review/%',
    '/review/%E0%A4%A',
    '/articles/%ZZ',
    '/%ZZ',
    '/sections/%',
    '/authors/%E0',
    '/tags/%ZZ/page/2',
  ])('cannot read %s', (path) => {
    expect(isReadablePath(path)).toBe(false);
  });
});

describe('unreadablePathPage', () => {
  it('explains the problem and leads back to the front page, without indexing', () => {
    expect(unreadablePathPage).toContain('This address is not valid');
    expect(unreadablePathPage).toContain('href="/"');
    expect(unreadablePathPage).toContain('<meta name="robots" content="noindex">');
  });
});
