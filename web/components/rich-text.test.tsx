import { renderToStaticMarkup } from 'react-dom/server';
import { RichText } from './rich-text';

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
});
