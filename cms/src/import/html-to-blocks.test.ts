import { htmlToBlocks } from './html-to-blocks';

const t = (text: string, marks: Record<string, true> = {}) => ({ type: 'text', text, ...marks });
const p = (...children: unknown[]) => ({ type: 'paragraph', children });
const empty = t('');
const link = (url: string, ...children: unknown[]) => ({ type: 'link', url, rel: '', target: '', children });
const item = (...children: unknown[]) => ({ type: 'list-item', children });
const image = (url: string, name: string, alternativeText: string | null = null, caption?: string) => ({
  type: 'image',
  image: { url, alternativeText, name, ...(caption === undefined ? {} : { caption }) },
  children: [t('')],
});

const blocks = (html: string, autoParagraphs = false) => htmlToBlocks(html, { autoParagraphs }).blocks;

describe('blocks', () => {
  it('turns paragraphs into paragraphs', () => {
    expect(htmlToBlocks('<p>One</p><p>Two</p>')).toEqual({ blocks: [p(t('One')), p(t('Two'))], notices: [] });
  });

  it('flattens div, section, article and figure wrappers', () => {
    expect(
      blocks('<article><section><div><p>One</p>Two</div></section><figure><p>Three</p></figure></article>'),
    ).toEqual([p(t('One')), p(t('Two')), p(t('Three'))]);
  });

  it('keeps heading levels as given', () => {
    expect(blocks('<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5>E</h5><h6>F</h6>')).toEqual(
      [1, 2, 3, 4, 5, 6].map((level, index) => ({ type: 'heading', level, children: [t('ABCDEF'[index])] })),
    );
  });

  it('makes one quote per paragraph of a blockquote, headings included', () => {
    expect(blocks('<blockquote><p>First</p><h3>Second</h3>Third <cite>Someone</cite></blockquote>')).toEqual([
      { type: 'quote', children: [t('First')] },
      { type: 'quote', children: [t('Second')] },
      { type: 'quote', children: [t('Third '), t('Someone', { italic: true })] },
    ]);
  });

  it('keeps a list inside a blockquote as a list', () => {
    expect(blocks('<blockquote><p>Said:</p><ul><li>this</li></ul></blockquote>')).toEqual([
      { type: 'quote', children: [t('Said:')] },
      { type: 'list', format: 'unordered', children: [item(t('this'))] },
    ]);
  });

  it('keeps code blocks verbatim', () => {
    expect(blocks('<pre><code class="language-js">if (a &lt; b) {\n  return  "x";\n}\n</code></pre>')).toEqual([
      { type: 'code', children: [t('if (a < b) {\n  return  "x";\n}')] },
    ]);
  });

  it('drops the newline right after <pre> and turns <br> into a newline', () => {
    expect(blocks('<pre>\nline one<br>line two</pre>')).toEqual([
      { type: 'code', children: [t('line one\nline two')] },
    ]);
  });

  it('drops horizontal rules', () => {
    expect(blocks('<p>Before</p><hr><p>After</p>')).toEqual([p(t('Before')), p(t('After'))]);
  });

  it('makes a paragraph of bare text at the top', () => {
    expect(blocks('Hello <b>world</b>')).toEqual([p(t('Hello '), t('world', { bold: true }))]);
  });
});

describe('lists', () => {
  it('knows ordered from unordered', () => {
    expect(blocks('<ul><li>a</li><li>b</li></ul><ol><li>one</li></ol>')).toEqual([
      { type: 'list', format: 'unordered', children: [item(t('a')), item(t('b'))] },
      { type: 'list', format: 'ordered', children: [item(t('one'))] },
    ]);
  });

  it('places a nested list after its item, with its depth as indentLevel', () => {
    expect(blocks('<ul><li>a<ul><li>a1<ol><li>a1i</li></ol></li></ul></li><li>b</li></ul>')).toEqual([
      {
        type: 'list',
        format: 'unordered',
        children: [
          item(t('a')),
          {
            type: 'list',
            format: 'unordered',
            indentLevel: 1,
            children: [item(t('a1')), { type: 'list', format: 'ordered', indentLevel: 2, children: [item(t('a1i'))] }],
          },
          item(t('b')),
        ],
      },
    ]);
  });

  it('accepts a nested list placed directly in the list (as some editors write it)', () => {
    expect(blocks('<ol><li>a</li><ol><li>b</li></ol></ol>')).toEqual([
      {
        type: 'list',
        format: 'ordered',
        children: [item(t('a')), { type: 'list', format: 'ordered', indentLevel: 1, children: [item(t('b'))] }],
      },
    ]);
  });

  it('flattens paragraphs inside an item, one line each', () => {
    expect(blocks('<ul>\n  <li><p>First <em>point</em></p><p>more</p></li>\n  <li>  </li>\n</ul>')).toEqual([
      { type: 'list', format: 'unordered', children: [item(t('First '), t('point', { italic: true }), t('\nmore'))] },
    ]);
  });

  it('keeps links in items, padded with text nodes as the editor does', () => {
    expect(blocks('<ol><li><a href="https://a.example/">A</a></li></ol>')).toEqual([
      { type: 'list', format: 'ordered', children: [item(empty, link('https://a.example/', t('A')), empty)] },
    ]);
  });

  it('turns headings, tables and code inside an item into lines', () => {
    expect(blocks('<ul><li><h3>Head</h3>text<pre>a\n  b</pre></li></ul>')).toEqual([
      {
        type: 'list',
        format: 'unordered',
        children: [item(t('Head\ntext\n'), t('a', { code: true }), t('\n'), t('b', { code: true }))],
      },
    ]);
  });

  it('makes line breaks of blank lines inside an item under autoParagraphs', () => {
    expect(blocks('<ul>\n<li>one\n\ntwo\nthree</li>\n</ul>', true)).toEqual([
      { type: 'list', format: 'unordered', children: [item(t('one\ntwo\nthree'))] },
    ]);
  });

  it('drops a picture inside an item, with a notice', () => {
    expect(htmlToBlocks('<ul><li>Pic: <img src="/a.jpg"></li></ul>')).toEqual({
      blocks: [{ type: 'list', format: 'unordered', children: [item(t('Pic:'))] }],
      notices: ['dropped an <img> inside a list item (/a.jpg)'],
    });
  });
});

describe('inline content', () => {
  it('maps marks, and combines nested ones', () => {
    expect(
      blocks(
        '<p><strong>b</strong><b>b</b> <em>i</em><i>i</i> <u>u</u> <s>s</s><del>s</del><strike>s</strike> <code>c</code> <strong><em>bi</em></strong></p>',
      ),
    ).toEqual([
      p(
        t('bb', { bold: true }),
        t(' '),
        t('ii', { italic: true }),
        t(' '),
        t('u', { underline: true }),
        t(' '),
        t('sss', { strikethrough: true }),
        t(' '),
        t('c', { code: true }),
        t(' '),
        t('bi', { bold: true, italic: true }),
      ),
    ]);
  });

  it('keeps only the text of span, font, small, mark and unknown elements', () => {
    expect(
      blocks('<p><span style="x">a</span><font color="red">b</font><small>c</small><mark>d</mark><x-y>e</x-y></p>'),
    ).toEqual([p(t('abcde'))]);
  });

  it('turns links into link nodes', () => {
    expect(blocks('<p>See <a href="https://example.com/a?b=1&amp;c=2">the <b>report</b></a>.</p>')).toEqual([
      p(t('See '), link('https://example.com/a?b=1&c=2', t('the '), t('report', { bold: true })), t('.')),
    ]);
  });

  it('accepts site paths, mailto and protocol-relative links', () => {
    expect(
      blocks('<p><a href="/about">a</a> <a href="mailto:x@example.com">m</a> <a href="//cdn.example/x">c</a></p>'),
    ).toEqual([
      p(
        empty,
        link('/about', t('a')),
        t(' '),
        link('mailto:x@example.com', t('m')),
        t(' '),
        link('https://cdn.example/x', t('c')),
        empty,
      ),
    ]);
  });

  it('keeps only the text of links without href, javascript: links and relative links', () => {
    expect(htmlToBlocks('<p><a name="top">a</a><a href="javascript:alert(1)">b</a><a href="#fn1">c</a></p>')).toEqual({
      blocks: [p(t('abc'))],
      notices: [
        'kept the text of a link but not its address "javascript:alert(1)" (not a web address Strapi accepts)',
        'kept the text of a link but not its address "#fn1" (not a web address Strapi accepts)',
      ],
    });
  });

  it('turns <br> into a newline inside the text', () => {
    expect(blocks('<p>Line one<br>\n  line <b>two</b><br/></p>')).toEqual([
      p(t('Line one\nline '), t('two', { bold: true })),
    ]);
  });
});

describe('whitespace', () => {
  it('collapses runs of whitespace and trims block edges', () => {
    expect(blocks('<p>\n   Several \t  spaces <b> and </b> marks   </p>')).toEqual([
      p(t('Several spaces '), t('and ', { bold: true }), t('marks')),
    ]);
  });

  it('keeps non-breaking spaces', () => {
    expect(blocks('<p>10&nbsp;km and&nbsp; more</p>')).toEqual([p(t('10\u00a0km and\u00a0 more'))]);
  });

  it('merges adjacent text with the same marks', () => {
    expect(blocks('<p><b>a</b><strong>b</strong><span>c</span>d</p>')).toEqual([p(t('ab', { bold: true }), t('cd'))]);
  });

  it('drops empty paragraphs', () => {
    expect(blocks('<p></p><p> &nbsp; </p><p><br></p><p>\u200b</p><p>Kept</p><div>   </div>')).toEqual([p(t('Kept'))]);
  });
});

describe('pictures', () => {
  it('makes an image block from <img>', () => {
    expect(blocks('<img src="https://example.com/uploads/2024/05/dam%20site.jpg?w=300" alt="The dam">')).toEqual([
      image('https://example.com/uploads/2024/05/dam%20site.jpg?w=300', 'dam site.jpg', 'The dam'),
    ]);
  });

  it('sets a missing or empty alt to null', () => {
    expect(blocks('<img src="/a.png"><img src="/b.png" alt=" ">')).toEqual([
      image('/a.png', 'a.png'),
      image('/b.png', 'b.png'),
    ]);
  });

  it('splits a paragraph around a picture', () => {
    expect(blocks('<p>Before <img src="/a.jpg" alt="A"> after</p>')).toEqual([
      p(t('Before')),
      image('/a.jpg', 'a.jpg', 'A'),
      p(t('after')),
    ]);
  });

  it('splits a heading around a picture too', () => {
    expect(blocks('<h2>Title <img src="/x.jpg"> more</h2>')).toEqual([
      { type: 'heading', level: 2, children: [t('Title')] },
      image('/x.jpg', 'x.jpg'),
      { type: 'heading', level: 2, children: [t('more')] },
    ]);
  });

  it('takes a figure’s caption from its figcaption', () => {
    expect(
      blocks(
        '<figure><a href="/big.jpg"><img src="/small.jpg" alt="A"></a><figcaption> The <em>dam</em>, 1936 </figcaption></figure>',
      ),
    ).toEqual([image('/small.jpg', 'small.jpg', 'A', 'The dam, 1936')]);
  });

  it('keeps the caption of a figure with several pictures as a paragraph', () => {
    expect(blocks('<figure><img src="/a.jpg"><img src="/b.jpg"><figcaption>Two</figcaption></figure>')).toEqual([
      image('/a.jpg', 'a.jpg'),
      image('/b.jpg', 'b.jpg'),
      p(t('Two')),
    ]);
  });

  it('prefers a lazy-loaded source over a placeholder, and drops pictures it cannot address', () => {
    expect(
      htmlToBlocks(
        '<img src="data:image/gif;base64,R0l" data-lazy-src="/real.jpg"><img><img src="data:image/png;base64,AA">',
      ),
    ).toEqual({
      blocks: [image('/real.jpg', 'real.jpg')],
      notices: ['dropped an <img> without a src', 'dropped an <img> embedded as a data: URL'],
    });
  });
});

describe('dropped content', () => {
  it('drops scripts, styles, forms, embeds and comments, naming the embeds', () => {
    expect(
      htmlToBlocks(
        '<p>Kept</p><!-- wp:paragraph --><style>p{}</style><script>alert(1)</script><noscript>x</noscript>' +
          '<iframe src="https://www.youtube.com/embed/abc"></iframe><object data="/f.swf"></object><embed src="/e.swf">' +
          '<form action="/subscribe"><input name="e"><button>Go</button></form><p>Also kept</p>',
      ),
    ).toEqual({
      blocks: [p(t('Kept')), p(t('Also kept'))],
      notices: [
        'dropped a <script>',
        'dropped an <iframe> (https://www.youtube.com/embed/abc)',
        'dropped an <object> (/f.swf)',
        'dropped an <embed> (/e.swf)',
        'dropped a <form> (/subscribe)',
      ],
    });
  });

  it('flattens table rows into paragraphs', () => {
    expect(
      htmlToBlocks(
        '<table><thead><tr><th>City</th><th>Pop.</th></tr></thead><tbody><tr><td><p>Oslo</p></td><td></td><td><b>700k</b></td></tr></tbody></table>',
      ),
    ).toEqual({
      blocks: [p(t('City | Pop.')), p(t('Oslo | '), t('700k', { bold: true }))],
      notices: ['a table was flattened into paragraphs'],
    });
  });
});

describe('WordPress shortcodes', () => {
  it('turns [caption] into an image with its caption', () => {
    expect(
      blocks(
        '[caption id="attachment_7" align="alignnone" width="300"]<a href="/x"><img class="size-medium" src="/wp-content/uploads/dam.jpg" alt="Dam" width="300" /></a> The dam &amp; lake[/caption]',
      ),
    ).toEqual([image('/wp-content/uploads/dam.jpg', 'dam.jpg', 'Dam', 'The dam & lake')]);
  });

  it('reads the caption attribute of old [caption] shortcodes', () => {
    expect(blocks('[caption id="a" caption="Old style"]<img src="/a.jpg">[/caption]')).toEqual([
      image('/a.jpg', 'a.jpg', null, 'Old style'),
    ]);
  });

  it('drops gallery, embed and audio shortcodes, naming them', () => {
    expect(
      htmlToBlocks('<p>A</p>[gallery ids="1,2"]\n[embed]https://youtu.be/x[/embed][audio mp3="/a.mp3" /]<p>B</p>'),
    ).toEqual({
      blocks: [p(t('A')), p(t('B'))],
      notices: [
        'dropped the [gallery] shortcode (ids="1,2")',
        'dropped the [embed] shortcode (https://youtu.be/x)',
        'dropped the [audio] shortcode (mp3="/a.mp3")',
      ],
    });
  });

  it('keeps the text inside unknown shortcodes, and bracketed prose as it is', () => {
    expect(htmlToBlocks('<p>[highlight color="y"]Important[/highlight] [sic] [[gallery]]</p>')).toEqual({
      blocks: [p(t('Important [sic] [gallery]'))],
      notices: [],
    });
  });

  it('drops an unpaired unknown shortcode with attributes', () => {
    expect(htmlToBlocks('<p>Write to us: [contact-form-7 id="12" title="Contact"]</p>')).toEqual({
      blocks: [p(t('Write to us:'))],
      notices: ['dropped the [contact-form-7] shortcode (id="12" title="Contact")'],
    });
  });
});

describe('autoParagraphs (wpautop)', () => {
  it('splits bare text on blank lines and keeps single newlines as line breaks', () => {
    expect(blocks('First line\nsame paragraph\n\nSecond <em>one</em>\r\n\r\n\r\nThird', true)).toEqual([
      p(t('First line\nsame paragraph')),
      p(t('Second '), t('one', { italic: true })),
      p(t('Third')),
    ]);
  });

  it('leaves block elements alone and splits text between them', () => {
    expect(blocks('Intro\n<ul>\n<li>a</li>\n</ul>\nMiddle\n\n<h2>Head</h2>\nEnd', true)).toEqual([
      p(t('Intro')),
      { type: 'list', format: 'unordered', children: [item(t('a'))] },
      p(t('Middle')),
      { type: 'heading', level: 2, children: [t('Head')] },
      p(t('End')),
    ]);
  });

  it('splits inside a blockquote and across an inline element', () => {
    expect(blocks('<blockquote>One\n\nTwo</blockquote><b>Bold\n\nstill bold</b>', true)).toEqual([
      { type: 'quote', children: [t('One')] },
      { type: 'quote', children: [t('Two')] },
      p(t('Bold', { bold: true })),
      p(t('still bold', { bold: true })),
    ]);
  });

  it('keeps newlines in code blocks', () => {
    expect(blocks('Text\n\n<pre>a\n\nb</pre>', true)).toEqual([
      p(t('Text')),
      { type: 'code', children: [t('a\n\nb')] },
    ]);
  });

  it('is off by default: newlines are whitespace', () => {
    expect(blocks('One\n\nTwo')).toEqual([p(t('One Two'))]);
  });

  it('handles a typical WordPress post', () => {
    const post =
      'The council met on Tuesday.\n\n[caption id="attachment_3" align="aligncenter" width="640"]<img src="https://site.example/wp-content/uploads/2019/03/hall.jpg" alt="Town hall" width="640" height="480" /> The town hall[/caption]\n\n<!--more-->\n\nIt voted &#8220;yes&#8221;&hellip;\nfor now.';
    expect(htmlToBlocks(post, { autoParagraphs: true })).toEqual({
      blocks: [
        p(t('The council met on Tuesday.')),
        image('https://site.example/wp-content/uploads/2019/03/hall.jpg', 'hall.jpg', 'Town hall', 'The town hall'),
        p(t('It voted \u201cyes\u201d\u2026\nfor now.')),
      ],
      notices: [],
    });
  });
});

describe('text', () => {
  it('decodes entities', () => {
    expect(blocks('<p>Tom &amp; Jerry&#8217;s &rsquo;tale&hellip; &lt;b&gt; &#x1F600;</p>')).toEqual([
      p(t('Tom & Jerry\u2019s \u2019tale\u2026 <b> \u{1F600}')),
    ]);
  });

  it('keeps Arabic, Chinese, Cyrillic and emoji', () => {
    const text = 'مرحبا بالعالم — 你好，世界 — Привет, мир 👋🏽';
    expect(blocks(`<p>${text}</p><h2>${text}</h2>`)).toEqual([
      p(t(text)),
      { type: 'heading', level: 2, children: [t(text)] },
    ]);
  });

  it('treats element names like "constructor" as plain elements', () => {
    expect(blocks('<p><constructor>a</constructor><hasownproperty>b</hasownproperty></p>')).toEqual([p(t('ab'))]);
  });

  it('survives malformed HTML', () => {
    expect(blocks('<p>Unclosed <b>bold<p>Next</i></div> para<ul><li>one<li>two</ul></span>tail')).toEqual([
      p(t('Unclosed '), t('bold', { bold: true })),
      p(t('Next para', { bold: true })),
      { type: 'list', format: 'unordered', children: [item(t('one', { bold: true })), item(t('two', { bold: true }))] },
      p(t('tail', { bold: true })),
    ]);
  });

  it('never throws on garbage', () => {
    for (const html of [
      '',
      '<',
      '</p>',
      '<<<>>>',
      '<a href=">x',
      '[caption]',
      '[/caption]',
      '<pre>',
      '<table><td>x',
      '&#xZZ;',
    ]) {
      expect(() => htmlToBlocks(html, { autoParagraphs: true })).not.toThrow();
    }
    expect(blocks('')).toEqual([]);
  });
});
