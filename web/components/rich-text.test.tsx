import { renderToStaticMarkup } from 'react-dom/server';
import { RichText } from './rich-text';

// next/image resolves the workspace root's React (Strapi's 18) under jest; its own output is Next's
// business, so it is stood in for by a plain <img> with the props it was given.
jest.mock('next/image', () => ({
  __esModule: true,
  default: ({ src, alt, width, height }: { src: string; alt: string; width: number; height: number }) => (
    <img src={src} alt={alt} width={width} height={height} />
  ),
}));

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks });

describe('RichText', () => {
  it('renders headings, quotes, lists, links and emphasis as semantic HTML', () => {
    const html = renderToStaticMarkup(
      <RichText
        blocks={[
          { type: 'heading', level: 2, children: [text('What next')] },
          { type: 'quote', children: [text('“We will not wait,” she said.')] },
          { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('first')] }] },
          {
            type: 'paragraph',
            children: [
              text('bold', { bold: true }),
              text('soft', { italic: true }),
              { type: 'link', url: 'https://example.org', children: [text('source')] },
            ],
          },
        ]}
      />,
    );
    expect(html).toContain('<h2>What next</h2>');
    expect(html).toContain('<blockquote><p>“We will not wait,” she said.</p></blockquote>');
    expect(html).toContain('<ol><li>first</li></ol>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>soft</em>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">source</a>');
  });

  it('never turns a javascript: URL into a link', () => {
    const html = renderToStaticMarkup(
      <RichText
        blocks={[
          { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [text('x')] }] },
        ]}
      />,
    );
    expect(html).not.toContain('href');
    expect(html).toContain('x');
  });

  it('demotes a level-1 heading below the headline and skips unknown blocks', () => {
    const html = renderToStaticMarkup(
      <RichText blocks={[{ type: 'heading', level: 1, children: [text('Sub')] }, { type: 'mystery' }]} />,
    );
    expect(html).toBe('<h2>Sub</h2>');
  });

  it('renders a picture in the body with its alt text and caption', () => {
    const html = renderToStaticMarkup(
      <RichText
        blocks={[
          {
            type: 'image',
            picture: {
              src: 'http://127.0.0.1:1337/uploads/quay.jpg',
              alt: 'Cranes on the quay',
              width: 1200,
              height: 675,
            },
            caption: 'The quay at dawn.',
          },
        ]}
      />,
    );
    expect(html).toContain(
      '<figure class="article-figure"><img src="http://127.0.0.1:1337/uploads/quay.jpg" alt="Cranes on the quay" width="1200" height="675"/>',
    );
    expect(html).toContain('<figcaption>The quay at dawn.</figcaption>');
  });
});
