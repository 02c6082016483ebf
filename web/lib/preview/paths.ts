/**
 * The path to send an editor to after entering or leaving preview, or null when `value` is not a
 * path on this site. Absolute URLs, protocol-relative ("//evil.example") and backslash tricks are
 * refused, so the preview entry point can never be used as an open redirect.
 */
export function safeSitePath(value: string | null | undefined): string | null {
  if (!value || value.length > 2048 || !value.startsWith('/') || value.startsWith('//')) return null;
  if (value.includes('\\') || [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f))
    return null;
  const base = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
