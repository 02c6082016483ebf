import Image from 'next/image';
import { Fragment, type ReactNode } from 'react';
import type { Picture, RichTextBlock } from '@/lib/cms/types';

// Renders Strapi's rich text "blocks" as semantic HTML. Unknown node types are skipped rather
// than crashing the page: the editor may gain block types before the website learns them.

type InlineNode = {
  type: string;
  text?: string;
  url?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
  children?: InlineNode[];
};

function isSafeHref(url: unknown): url is string {
  return typeof url === 'string' && /^(https?:|mailto:|\/(?!\/)|#)/i.test(url);
}

function renderText(node: InlineNode, key: number): ReactNode {
  let content: ReactNode = node.text ?? '';
  if (node.code) content = <code>{content}</code>;
  if (node.bold) content = <strong>{content}</strong>;
  if (node.italic) content = <em>{content}</em>;
  if (node.underline) content = <u>{content}</u>;
  if (node.strikethrough) content = <s>{content}</s>;
  return <Fragment key={key}>{content}</Fragment>;
}

function renderInline(nodes: unknown, keyPrefix = ''): ReactNode[] {
  if (!Array.isArray(nodes)) return [];
  return (nodes as InlineNode[]).map((node, index) => {
    if (node.type === 'link') {
      const children = renderInline(node.children, `${keyPrefix}${index}-`);
      if (!isSafeHref(node.url)) return <Fragment key={index}>{children}</Fragment>;
      const external = /^https?:/i.test(node.url);
      return (
        <a key={index} href={node.url} {...(external ? { rel: 'noopener noreferrer' } : {})}>
          {children}
        </a>
      );
    }
    return renderText(node, index);
  });
}

function renderList(block: RichTextBlock, key: number): ReactNode {
  const items = Array.isArray(block.children) ? (block.children as RichTextBlock[]) : [];
  const children = items.map((item, index) =>
    item.type === 'list' ? renderList(item, index) : <li key={index}>{renderInline(item.children)}</li>,
  );
  return block.format === 'ordered' ? <ol key={key}>{children}</ol> : <ul key={key}>{children}</ul>;
}

function renderBlock(block: RichTextBlock, key: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{renderInline(block.children)}</p>;
    case 'heading': {
      // The headline is the page's h1: body headings start at h2.
      const level = Math.min(Math.max(Number(block.level) || 2, 2), 6);
      const Heading = `h${level}` as 'h2';
      return <Heading key={key}>{renderInline(block.children)}</Heading>;
    }
    case 'quote':
      return (
        <blockquote key={key}>
          <p>{renderInline(block.children)}</p>
        </blockquote>
      );
    case 'list':
      return renderList(block, key);
    case 'code':
      return (
        <pre key={key}>
          <code>{renderInline(block.children)}</code>
        </pre>
      );
    case 'image': {
      // Shaped by reshapeBody: a picture on the media origin and its caption.
      const picture = block.picture as Picture | undefined;
      if (!picture) return null;
      return (
        <figure key={key} className="article-figure">
          <Image
            src={picture.src}
            alt={picture.alt}
            width={picture.width}
            height={picture.height}
            sizes="(min-width: 760px) 680px, 100vw"
          />
          {typeof block.caption === 'string' ? <figcaption>{block.caption}</figcaption> : null}
        </figure>
      );
    }
    default:
      return null;
  }
}

/** The body of an article. */
export function RichText({ blocks }: { blocks: RichTextBlock[] }) {
  return <>{blocks.map(renderBlock)}</>;
}
