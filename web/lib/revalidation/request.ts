import { timingSafeEqual } from 'node:crypto';
import { contentChangeSchema, type ContentChange } from '@newsroom/shared';

/** Compares a presented secret with the expected one in constant time. */
export function secretMatches(presented: string | null | undefined, expected: string | undefined): boolean {
  if (!presented || !expected) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  // Lengths leak nothing useful (secrets are generated at a fixed length); compare equal-length buffers only.
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads a change notification from the CMS; null when the body is not one. */
export function parseContentChange(body: unknown): ContentChange | null {
  const result = contentChangeSchema.safeParse(body);
  return result.success
    ? { type: result.data.type, documentId: result.data.documentId, slugs: result.data.slugs }
    : null;
}
