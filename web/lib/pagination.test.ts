import { MAX_LISTING_PAGE, parseListingPage } from './pagination';

describe('parseListingPage', () => {
  it('reads the front page and /page/N', () => {
    expect(parseListingPage(undefined)).toBe(1);
    expect(parseListingPage([])).toBe(1);
    expect(parseListingPage(['page', '2'])).toBe(2);
  });

  it.each([
    [['page', '1']],
    [['page', '0']],
    [['page', '02']],
    [['page', '-3']],
    [['page', 'x']],
    [['foo']],
    [['page', '2', 'x']],
  ])('turns %j into a 404', (segments) => {
    expect(parseListingPage(segments)).toBeNull();
  });

  it('refuses absurd page numbers without asking the CMS', () => {
    expect(parseListingPage(['page', String(MAX_LISTING_PAGE)])).toBe(MAX_LISTING_PAGE);
    expect(parseListingPage(['page', String(MAX_LISTING_PAGE + 1)])).toBeNull();
  });
});
