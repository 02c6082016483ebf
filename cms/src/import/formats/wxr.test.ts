import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Block, InlineNode } from '../blocks';
import type { SourceArticle } from '../source-article';
import { parseWxr } from './wxr';

const FIXTURES = path.join(__dirname, '../../../tests/fixtures/import/wordpress');
const messyXml = readFileSync(path.join(FIXTURES, 'messy.xml'), 'utf8');
const parsed = parseWxr(messyXml, 'messy.xml');

const inlineText = (nodes: InlineNode[]): string =>
  nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('');
const blockText = (block: Block): string =>
  block.type === 'list'
    ? block.children.map((child) => (child.type === 'list' ? blockText(child) : inlineText(child.children))).join('\n')
    : block.type === 'image'
      ? ''
      : inlineText(block.children);

function article(id: number): SourceArticle {
  const found = parsed.articles.find((candidate) => candidate.sourceId === `wxr:https://old.example.com/?p=${id}`);
  if (!found) throw new Error(`post ${id} was not imported`);
  return found;
}

/** The line of the <item> holding `<wp:post_id>id</wp:post_id>`. */
function itemLine(id: number): number {
  const at = messyXml.lastIndexOf('<item>', messyXml.indexOf(`<wp:post_id>${id}</wp:post_id>`));
  return messyXml.slice(0, at).split('\n').length;
}

describe('parseWxr on a messy export', () => {
  it('accounts for every item: imported, skipped or refused', () => {
    const items = messyXml.match(/<item>/g) ?? [];
    expect(items).toHaveLength(13);
    expect(parsed.articles.length + parsed.skipped.length + parsed.refused.length).toBe(items.length);
    expect(parsed.articles.map((entry) => entry.sourceId)).toEqual(
      [101, 102, 103, 104, 106, 107, 108].map((id) => `wxr:https://old.example.com/?p=${id}`),
    );
  });

  it('skips the attachment, page, menu entry and trashed post, naming type and title', () => {
    expect(parsed.skipped).toEqual([
      {
        origin: 'messy.xml: attachment 201 “Quay cranes at Lusenna”',
        line: itemLine(201),
        reason: 'attachment 201 “Quay cranes at Lusenna” is a media file, not an article (used as a featured image)',
      },
      {
        origin: 'messy.xml: page 2 “About the Review”',
        line: itemLine(2),
        reason: 'page 2 “About the Review” is a page, not an article',
      },
      {
        origin: 'messy.xml: nav_menu_item 301 (no title)',
        line: itemLine(301),
        reason: 'nav_menu_item 301 (no title) is a menu entry, not an article',
      },
      {
        origin: 'messy.xml: post 112 “Old draft about ferry timetables”',
        line: itemLine(112),
        reason: 'post 112 “Old draft about ferry timetables” is in the trash',
      },
    ]);
  });

  it('refuses the untitled and the private post, naming them', () => {
    expect(parsed.refused).toEqual([
      {
        origin: 'messy.xml: post 105 (no title)',
        line: itemLine(105),
        reason: 'post 105 has no title (it has text: give it a title in WordPress and export again)',
      },
      {
        origin: 'messy.xml: post 109 “Editors only: sources on the port talks”',
        line: itemLine(109),
        reason: 'post 109 “Editors only: sources on the port talks” is a private post, not imported',
      },
    ]);
  });

  it('reads the Lusenna post: entities, author, section, tags, former slugs and featured image', () => {
    const post = article(101);
    expect(post.title).toBe('Tariffs & tides: Lusenna’s shipping squeeze…');
    expect(post.origin).toBe('messy.xml: post 101 “Tariffs & tides: Lusenna’s shipping squeeze…”');
    expect(post.slug).toBe('lusenna-shipping-squeeze');
    expect(post.dek).toBe('Surcharges rose twice in a month & exporters are paying.');
    expect(post.publicationDate).toBe('2024-03-18');
    expect(post.status).toBe('published');
    expect(post.publishAt).toBeUndefined();
    expect(post.author).toEqual({ name: 'Lena Marsh' });
    expect(post.section).toBe('Economy');
    // "shipping" repeats "Shipping"; the post format is not a tag.
    expect(post.tags).toEqual(['Trade & tariffs', 'Shipping']);
    expect(post.formerSlugs).toEqual(['lusenna-surcharges', 'رسوم-الشحن']);
    expect(post.hero).toEqual({ url: 'https://old.example.com/wp-content/uploads/2024/03/quay-cranes.jpg' });
    expect(post.heroCaption).toBe('Quay cranes at Lusenna’s east terminal.');
    expect(post.heroAlt).toBe('Three quay cranes over a container ship at dusk');
    expect(post.imageSource).toBeUndefined();
    expect(parsed.warnings).toContainEqual({
      origin: post.origin,
      line: itemLine(101),
      reason: 'filed in 2 categories; the section is “Economy”, not “World”',
    });
  });

  it('turns the Lusenna body (no <p> tags, a [caption], a nested list) into blocks', () => {
    const { body } = article(101);
    expect(body.map((block) => block.type)).toEqual([
      'paragraph',
      'image',
      'paragraph',
      'paragraph',
      'list',
      'paragraph',
    ]);
    expect(blockText(body[0])).toBe(
      'The shipping lines serving Lusenna raised their surcharges twice in March… and exporters say the second rise caught them mid-contract.',
    );
    expect(body[1]).toMatchObject({
      type: 'image',
      image: {
        url: 'https://old.example.com/wp-content/uploads/2024/03/quay.jpg',
        alternativeText: 'Containers stacked on the Lusenna quay',
        caption: 'Containers waiting on the quay at Lusenna’s east terminal.',
      },
    });
    expect(blockText(body[2])).toBe(
      '“We priced our orders on one rate and we’re shipping them on another,” said Odile Brandt, who exports machine parts.',
    );
    const list = body[4];
    if (list.type !== 'list') throw new Error('expected a list');
    expect(list.children.map((child) => child.type)).toEqual(['list-item', 'list', 'list-item', 'list-item']);
    expect(list.children[1]).toMatchObject({ type: 'list', indentLevel: 1, children: [{}, {}] });
    expect(blockText(list)).toContain('A new “security” charge, introduced in February');
    expect(blockText(body[5])).toBe(
      'Trade & industry officials say they are watching the rates.\nA second line in the same paragraph.',
    );
  });

  it('reads the Veska post: heading inside a quote, a gallery from the export’s attachments', () => {
    const post = article(102);
    expect(post.author).toEqual({ name: 'José Álvarez' });
    // "Uncategorized" is no section.
    expect(post.section).toBe('World');
    expect(post.tags).toEqual(['Water']);
    expect(post.dek).toBeUndefined();
    expect(post.hero).toBeUndefined();
    expect(post.body.some((block) => block.type === 'heading')).toBe(false);
    expect(
      post.body
        .filter((block) => block.type === 'quote')
        .map(blockText)
        .join(' '),
    ).toContain('What the ministers signed');
    const images = post.body.filter((block) => block.type === 'image');
    expect(images).toEqual([
      expect.objectContaining({
        image: expect.objectContaining({
          url: 'https://old.example.com/wp-content/uploads/2024/03/quay-cranes.jpg',
          alternativeText: 'Three quay cranes over a container ship at dusk',
          caption: 'Quay cranes at Lusenna’s east terminal.',
        }),
      }),
    ]);
    expect(blockText(post.body[post.body.length - 1])).toBe(
      '“The commission has to meet before it can disagree,” a Kelmar official said.',
    );
    expect(parsed.warnings).toContainEqual({
      origin: post.origin,
      line: itemLine(102),
      reason: 'a [gallery] lost 1 of its 2 pictures, which are not in the export',
    });
  });

  it('reads the Arabic post with its percent-encoded slug decoded', () => {
    const post = article(103);
    expect(post.title).toBe('سد نهر فيسكا واتفاقية تقاسم المياه');
    expect(post.slug).toBe('سد-نهر-فيسكا-واتفاقية-المياه');
    expect(post.dek).toBe('اتفاقية جديدة لتقاسم المياه، وأسئلة عن سنوات الجفاف.');
    expect(post.tags).toEqual(['مياه']);
    expect(post.publicationDate).toBe('2024-04-02');
    expect(post.body).toHaveLength(3);
    expect(blockText(post.body[1])).toBe('«كتبنا لأول مرة أن للدلتا حقاً في الماء»، قالت كبيرة المفاوضين.');
  });

  it('reads the Chinese post; an unknown author keeps the login; the dropped embed and missing picture are reported', () => {
    const post = article(104);
    expect(post.title).toBe('哈尔瓦德港口罢工进入第三天');
    expect(post.slug).toBe('哈尔瓦德港口罢工');
    expect(post.author).toEqual({ name: 'ghostwriter' });
    expect(post.body.map(blockText)).toEqual([
      '哈尔瓦德集装箱码头的起重机连续第三天停止运转，两千三百名码头工人继续罢工。',
      '“新闻稿里的承诺不是合同条款，”工会地区书记说。',
    ]);
    expect(post.hero).toBeUndefined();
    const warnings = parsed.warnings
      .filter((warning) => warning.origin === post.origin)
      .map((warning) => warning.reason);
    expect(warnings).toEqual([
      expect.stringContaining('<iframe> (https://video.example.org/embed/halvard-strike)'),
      'the featured image (attachment 999) is not in the export; no hero picture',
    ]);
  });

  it('keeps the first 50 of 80 tags and says so; a pending post is a draft', () => {
    const post = article(106);
    expect(post.status).toBe('draft');
    expect(post.tags).toHaveLength(50);
    expect(post.tags[0]).toBe('Topic 01');
    expect(post.tags[49]).toBe('Topic 50');
    expect(parsed.warnings).toContainEqual({
      origin: post.origin,
      line: itemLine(106),
      reason: 'has 80 tags; only the first 50 are kept',
    });
  });

  it('reads a draft’s date from post_date when the GMT date is zero, and leaves its empty slug out', () => {
    const post = article(107);
    expect(post.status).toBe('draft');
    expect(post.publicationDate).toBe('2024-05-02');
    expect(post.slug).toBeUndefined();
    expect(post.section).toBe('Politics');
    expect(post.body).toHaveLength(2);
  });

  it('schedules a future post at its GMT time', () => {
    const post = article(108);
    expect(post.title).toBe('The delta’s wells, one year on');
    expect(post.status).toBe('scheduled');
    expect(post.publishAt).toBe('2030-01-15T07:00:00.000Z');
    expect(post.publicationDate).toBe('2030-01-15');
  });

  it('warns about nothing else', () => {
    expect(parsed.warnings).toHaveLength(5);
  });
});

describe('parseWxr on a broken export', () => {
  it('refuses the whole file with the line of the error and imports nothing', () => {
    const broken = parseWxr(readFileSync(path.join(FIXTURES, 'broken.xml'), 'utf8'), 'broken.xml');
    expect(broken.articles).toEqual([]);
    expect(broken.skipped).toEqual([]);
    expect(broken.refused).toEqual([
      {
        origin: 'broken.xml',
        // The last line with text: where the export stops.
        line: 131,
        reason:
          'not well-formed XML, so nothing in it was imported: the file ends before <rss>, <channel>, <item>, <content:encoded> are closed — it looks cut short',
      },
    ]);
  });

  it('refuses a stray "&" at its line', () => {
    const xml = '<rss><channel>\n<item><title>Q&A</title></item>\n</channel></rss>';
    expect(parseWxr(xml, 'amp.xml').refused).toEqual([
      {
        origin: 'amp.xml',
        line: 2,
        reason: "not well-formed XML, so nothing in it was imported: char '&' is not expected.",
      },
    ]);
  });

  it('refuses XML that is not a WordPress export', () => {
    expect(parseWxr('<?xml version="1.0"?><feed><entry/></feed>', 'atom.xml').refused).toEqual([
      { origin: 'atom.xml', line: 1, reason: 'not a WordPress export: there is no <rss><channel>' },
    ]);
  });

  it('reads an item without a guid by its post id, and an export without items', () => {
    const xml = `<rss><channel><wp:wxr_version>1.2</wp:wxr_version><item><title>T</title><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><content:encoded>Text.</content:encoded></item></channel></rss>`;
    const single = parseWxr(xml, 'x.xml');
    expect(single.articles.map((entry) => entry.sourceId)).toEqual(['wxr:post:7']);
    expect(single.articles[0].publicationDate).toBeUndefined();
    const empty = parseWxr('<rss><channel><wp:wxr_version>1.2</wp:wxr_version></channel></rss>', 'x.xml');
    expect(empty).toEqual({ articles: [], skipped: [], refused: [], warnings: [] });
  });
});
