// Strapi's rich text "blocks" (what the admin's Blocks editor stores), as importers produce them.
// The website renders these types (web/components/rich-text.tsx).

export type TextNode = {
  type: 'text';
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
  strikethrough?: true;
  code?: true;
};
/** `rel` and `target` are part of Strapi's link node; the website decides them itself, so they stay empty. */
export type LinkNode = { type: 'link'; url: string; rel: string; target: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;

export type ListItemNode = { type: 'list-item'; children: InlineNode[] };
export type ListNode = {
  type: 'list';
  format: 'ordered' | 'unordered';
  /** Nesting depth of a list inside a list item (0 for a top-level list). */
  indentLevel?: number;
  children: (ListItemNode | ListNode)[];
};
/** A picture in the body: Strapi stores the media file's fields inside the block. */
export type ImageNode = {
  type: 'image';
  /** As a source names it (url, alt, caption); once imported, every field of the media file. */
  image: {
    url: string;
    alternativeText: string | null;
    caption?: string | null;
    name: string;
    width?: number;
    height?: number;
  } & Record<string, unknown>;
  children: [{ type: 'text'; text: '' }];
};

export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: TextNode[] }
  | ListNode
  | ImageNode;
