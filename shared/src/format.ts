const LONG_DATE = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Formats an editor-set publication date ("2021-12-01") as readers see it ("December 1, 2021").
 * Dates are calendar days, not instants: they are read and printed in UTC so no time zone shifts them.
 */
export function formatPublicationDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date: "${isoDate}"`);
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1) throw new RangeError(`Not a calendar date: "${isoDate}"`);
  return LONG_DATE.format(date);
}

/** The credit line under a hero image: "IMAGE SOURCE: AFP". */
export function formatImageCredit(imageSource: string): string {
  return `IMAGE SOURCE: ${imageSource.trim()}`;
}
