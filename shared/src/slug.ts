/** Longest slug an article, author, section or tag may have. */
export const MAX_SLUG_LENGTH = 120;

/** Lowercase words of a-z and 0-9 joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `value` could be the slug of a document; anything else is a 404 without asking the CMS. */
export function isValidSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}
