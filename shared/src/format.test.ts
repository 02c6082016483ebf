import { formatImageCredit, formatPublicationDate } from './format';

describe('formatPublicationDate', () => {
  it('prints dates the way readers see them', () => {
    expect(formatPublicationDate('2021-12-01')).toBe('December 1, 2021');
    expect(formatPublicationDate('2026-02-17')).toBe('February 17, 2026');
  });

  it('keeps the calendar day whatever the server time zone (reads date-times as UTC)', () => {
    expect(formatPublicationDate('2021-12-01T23:30:00.000Z')).toBe('December 1, 2021');
  });

  it('refuses strings that are not calendar dates', () => {
    expect(() => formatPublicationDate('yesterday')).toThrow(RangeError);
    expect(() => formatPublicationDate('2021-02-30')).toThrow(RangeError);
  });
});

describe('formatImageCredit', () => {
  it('renders the credit line in the house style', () => {
    expect(formatImageCredit('AFP')).toBe('IMAGE SOURCE: AFP');
    expect(formatImageCredit('  Reuters ')).toBe('IMAGE SOURCE: Reuters');
  });
});
