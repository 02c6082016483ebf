import { pathFor, routes } from './routes';

describe('route map', () => {
  it('maps each content type with a page to its URL', () => {
    expect(pathFor('api::article.article', 'tamsa-ceasefire')).toBe('/articles/tamsa-ceasefire');
    expect(pathFor('api::author.author', 'amara-okafor')).toBe('/authors/amara-okafor');
    expect(pathFor('api::section.section', 'politics')).toBe('/sections/politics');
    expect(pathFor('api::tag.tag', 'energy')).toBe('/tags/energy');
  });

  it('has no page for other types or for slugs that cannot exist', () => {
    expect(pathFor('api::site-setting.site-setting', 'x')).toBeNull();
    expect(pathFor('api::article.article', '../../admin')).toBeNull();
    expect(pathFor('api::article.article', undefined)).toBeNull();
  });

  it('builds the front page and article paths', () => {
    expect(routes.home()).toBe('/');
    expect(routes.article('a-b')).toBe('/articles/a-b');
  });
});

describe('routes.search', () => {
  it('encodes the query and leaves page 1 out', () => {
    expect(routes.search()).toBe('/search');
    expect(routes.search('water & power')).toBe('/search?q=water+%26+power');
    expect(routes.search('water', 2)).toBe('/search?q=water&page=2');
  });
});
