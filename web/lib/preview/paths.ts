const SITE = 'http://site.invalid';

// Backslashes (browsers read "\" as "/" in http URLs) and control characters (the URL parser
// drops tabs and newlines, so "/\t/evil.example" becomes "//evil.example").
const hasUnsafeCharacter = (text: string) =>
  [...text].some((char) => char === '\\' || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
// Slashes and backslashes still encoded after one decoding ("%252f"): a proxy or server that
// decodes once more would see a separator there.
const ENCODED_SEPARATOR = /%(2f|5c)/i;

/**
 * The path to send an editor to after entering or leaving preview, or null when `value` is not a
 * path on this site. The path is checked after the URL parser has normalised it ("/.//x" and
 * "/..//x" become "//x", which a browser reads as the host x) and again once percent-decoded
 * ("/%2f%2fx", "/%5cx"), so the preview entry and exit routes can never be used as an open redirect.
 */
export function safeSitePath(value: string | null | undefined): string | null {
  if (!value || value.length > 2048 || !value.startsWith('/') || hasUnsafeCharacter(value)) return null;
  let url: URL;
  try {
    url = new URL(value, SITE);
  } catch {
    return null;
  }
  if (url.origin !== SITE) return null;
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // No page of the site has an empty path segment, so "//" anywhere is refused, not only in front.
  if (decodedPath.includes('//') || hasUnsafeCharacter(decodedPath) || ENCODED_SEPARATOR.test(decodedPath)) {
    return null;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
