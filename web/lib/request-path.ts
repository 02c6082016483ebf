import { statusPage } from './status-page';

/**
 * Whether every percent escape in a URL path decodes. Next answers 500 to paths whose escapes do
 * not ("/articles/%ZZ", "/%E0%A4%A"): it throws decoding them for its route parameters.
 */
export function isReadablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The answer to an address that cannot be read: a 400 with a short explanation. */
export const unreadablePathPage = statusPage(
  'This address is not valid',
  'Part of the link is garbled. Check that it was copied whole, or start again from the <a href="/">front page</a>.',
);
