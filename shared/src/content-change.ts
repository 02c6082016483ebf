import { z } from 'zod';
import { CHANGE_TYPES } from './content-registry';

/**
 * What the CMS sends the website after an editor's change went live (or stopped being live), and
 * what the website accepts: one schema for both ends, its types from the content registry.
 */
export const contentChangeSchema = z.object({
  type: z.enum(CHANGE_TYPES),
  action: z.string().max(40).optional(),
  documentId: z.string().min(1).max(64).optional(),
  /** Every slug the document had before and after the change (an article's old and new URL). */
  slugs: z.array(z.string().max(200)).max(20).optional(),
});

export type ContentChange = z.infer<typeof contentChangeSchema>;
