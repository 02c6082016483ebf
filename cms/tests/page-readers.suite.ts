import {
  articlePageQuery,
  authorPageQuery,
  homePageQuery,
  searchQuery,
  sectionPageQuery,
  sitemapQuery,
  tagPageQuery,
} from '@newsroom/shared';
import { Kind, print, visit, type DocumentNode, type SelectionSetNode } from 'graphql';
import { moveContentVersion } from '../src/graphql/response-cache';
import { READY_TO_PUBLISH, startCms, uploadTestImage, type BootedCms, type Database } from './helpers';

const ARTICLE = 'api::article.article';
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** The document as Apollo Client sends it: `__typename` asked in every selection but the root. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(set: SelectionSetNode, _key, parent) {
      const isRoot = parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION;
      if (isRoot || set.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return;
      return {
        ...set,
        selections: [...set.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
      };
    },
  });
}

/**
 * The website's pages as the CMS answers its read token in one pass (graphql/page-reader.ts),
 * against Strapi's own resolvers answering the same request for the preview token.
 */
export function describePageReaders(database: Database) {
  let cms: BootedCms;
  let statements = 0;
  const count = () => {
    statements += 1;
  };

  /** One request, first after a write (nothing kept), with the statements it ran. */
  async function ask(document: DocumentNode, variables: object, token: string) {
    await moveContentVersion(cms.strapi);
    statements = 0;
    const response = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as {
      data?: { articles: { title: string }[]; articles_connection?: { nodes: { slug: string }[] } };
      errors?: unknown[];
    };
    return { body, statements, cache: response.headers.get('x-cms-cache') };
  }
  const website = (slug: string, document = articlePageQuery) => ask(document, { slug }, cms.readToken);
  const strapis = (slug: string, document = articlePageQuery) => ask(document, { slug }, cms.previewToken);

  const create = (data: Record<string, unknown>, status?: 'published') =>
    cms.strapi.documents(ARTICLE).create({ data: { ...READY_TO_PUBLISH, ...data }, status });

  const slugs = [
    'the-whole-page',
    'an-older-one',
    'a-newer-one',
    'a-bare-one',
    'never-published',
    'edited-after-publishing',
    'no-such-article',
  ];

  beforeAll(async () => {
    cms = await startCms({ database });
    cms.strapi.db.connection.on('query', count);
    const documents = (uid: string) => cms.strapi.documents(uid);
    const avatar = await uploadTestImage(cms, 'The correspondent');
    const hero = await uploadTestImage(cms, 'A lock on the canal');
    const share = await uploadTestImage(cms, null);
    const logo = await uploadTestImage(cms, 'The Ledger');
    const settings = documents('api::site-setting.site-setting');
    const current = (await settings.findFirst()) ?? (await settings.create({ data: { siteName: 'The Ledger' } }));
    await settings.update({ documentId: current.documentId, data: { siteName: 'The Ledger', logo } });
    const author = await documents('api::author.author').create({
      data: { name: 'Ines Duarte', slug: 'ines-duarte', role: 'Senior Editor', bio: 'Covers rivers.', avatar },
    });
    const [canals, locks] = await Promise.all(
      ['Canals', 'Locks'].map((name) =>
        documents('api::section.section').create({ data: { name, slug: name.toLowerCase() } }),
      ),
    );
    const tags = [];
    for (const name of ['Water', 'Trade', 'Ports']) {
      tags.push(await documents('api::tag.tag').create({ data: { name, slug: name.toLowerCase() } }));
    }
    const onCanals = { section: canals.documentId, author: author.documentId };
    await create(
      {
        title: 'The whole page',
        slug: 'the-whole-page',
        dek: 'Every field the page shows.',
        body: [paragraph('“The lock opens at dawn,” said the keeper.'), paragraph('Second.')],
        heroImage: hero,
        heroCaption: 'The lock at dawn',
        imageSource: 'AFP',
        publicationDate: '2021-12-01',
        // Linked in this order, which the page keeps.
        tags: [tags[1].documentId, tags[0].documentId],
        seo: { metaTitle: 'The whole page, briefly', metaDescription: 'Briefly.', shareImage: share },
        ...onCanals,
      },
      'published',
    );
    await create(
      {
        title: 'An older one',
        slug: 'an-older-one',
        publicationDate: '2021-11-01',
        tags: [tags[0].documentId],
        ...onCanals,
      },
      'published',
    );
    await create(
      {
        title: 'A newer one',
        slug: 'a-newer-one',
        publicationDate: '2022-01-01',
        heroImage: hero,
        imageSource: 'Reuters',
        ...onCanals,
      },
      'published',
    );
    await create({ title: 'A bare one', slug: 'a-bare-one', section: locks.documentId }, 'published');
    // A draft the page must never show, by its slug or as a neighbour or a related article.
    await create({
      title: 'Never published',
      slug: 'never-published',
      publicationDate: '2021-12-15',
      tags: [tags[1].documentId],
      ...onCanals,
    });
    const edited = await create(
      { title: 'Edited after publishing', slug: 'edited-after-publishing', publicationDate: '2021-10-01', ...onCanals },
      'published',
    );
    await cms.strapi.documents(ARTICLE).update({
      documentId: edited.documentId,
      data: { title: 'Edited after publishing, unpublished headline', tags: [tags[2].documentId] },
    });
  }, 180_000);

  afterAll(async () => {
    cms?.strapi.db.connection.off('query', count);
    await cms?.stop();
  });

  it("answers the website's article page exactly as Strapi's resolvers do, in fewer statements", async () => {
    for (const slug of slugs) {
      const ours = await website(slug);
      const theirs = await strapis(slug);
      expect({ slug, ...ours.body }).toEqual({ slug, ...theirs.body });
      expect(ours.cache).toBe('miss');
      // Positive control: the page was read in one pass, not field by field.
      if (slug === 'the-whole-page') expect(ours.statements).toBeLessThan(theirs.statements - 5);
    }
    const whole = (await website('the-whole-page')).body.data!.articles[0] as unknown as Record<string, unknown>;
    expect(whole).toMatchObject({
      title: 'The whole page',
      imageSource: 'AFP',
      tags: [{ name: 'Trade' }, { name: 'Water' }],
      author: { role: 'Senior Editor', avatar: { alternativeText: 'The correspondent' } },
      seo: { metaTitle: 'The whole page, briefly', shareImage: { alternativeText: null } },
      previousInSection: { slug: 'an-older-one' },
      nextInSection: { slug: 'a-newer-one' },
    });
  }, 30_000);

  it('keeps answering from its own statements after a column is added to a table it reads', async () => {
    // On PostgreSQL the readers' statements are prepared once per connection: one that read `*`
    // would fail once the table's shape changed under it (a newer CMS migrating beside this one).
    const schema = cms.strapi.db.getSchemaName();
    const alter = (table: string, change: string) =>
      cms.strapi.db.connection.raw(`ALTER TABLE ?? ${change}`, [schema ? `${schema}.${table}` : table]);
    for (let i = 0; i < 6; i += 1) await website('the-whole-page');
    const before = await website('the-whole-page');
    await alter('articles', 'ADD COLUMN added_by_a_migration integer');
    await alter('authors', 'ADD COLUMN added_by_a_migration integer');
    try {
      const after = await website('the-whole-page');
      expect(after.body).toEqual(before.body);
      // Still the reader's pass, not Strapi's resolvers after a failed statement.
      expect(after.statements).toBe(before.statements);
    } finally {
      await alter('articles', 'DROP COLUMN added_by_a_migration');
      await alter('authors', 'DROP COLUMN added_by_a_migration');
    }
  }, 30_000);

  it('answers the document as Apollo Client sends it, `__typename` everywhere, as Strapi does', async () => {
    const typed = withTypenames(articlePageQuery);
    const ours = await website('the-whole-page', typed);
    const theirs = await strapis('the-whole-page', typed);
    expect(ours.body).toEqual(theirs.body);
    expect(ours.body.data!.articles[0]).toMatchObject({ __typename: 'Article', author: { __typename: 'Author' } });
    expect(ours.statements).toBeLessThan(theirs.statements - 5);
  }, 30_000);

  it('never shows a draft: not by its slug, not as a newer headline, not as a neighbour', async () => {
    // Positive controls: the drafts exist, and the preview token reads them when it asks.
    const draft = await ask(articlePageQuery, { slug: 'never-published', status: 'DRAFT' }, cms.previewToken);
    expect(draft.body.data!.articles.map((article) => article.title)).toEqual(['Never published']);
    const newer = await ask(articlePageQuery, { slug: 'edited-after-publishing', status: 'DRAFT' }, cms.previewToken);
    expect(newer.body.data!.articles[0].title).toBe('Edited after publishing, unpublished headline');

    expect((await website('never-published')).body.data!.articles).toEqual([]);
    const edited = (await website('edited-after-publishing')).body.data!.articles[0] as unknown as Record<
      string,
      unknown
    >;
    expect(edited.title).toBe('Edited after publishing');
    expect(edited.tags).toEqual([]);
    const whole = JSON.stringify((await website('the-whole-page')).body);
    expect(whole).not.toMatch(/never-published|unpublished headline/);
    // The website's token asking for drafts gets published versions, through Strapi's guard.
    const asked = await ask(articlePageQuery, { slug: 'never-published', status: 'DRAFT' }, cms.readToken);
    expect(asked.body.data?.articles ?? []).toEqual([]);
  }, 30_000);

  it("leaves the page to Strapi's checks when the website's token no longer has the permissions it was given", async () => {
    const tokens = cms.strapi.admin.services['api-token-content-api'];
    const token = await cms.strapi.db
      .query('admin::api-token')
      .findOne({ where: { name: 'Newsroom website (read-only)' }, populate: ['permissions'] });
    const granted: string[] = token.permissions.map((permission: { action: string }) => permission.action);
    try {
      await tokens.update(token.id, { permissions: granted.filter((action) => action !== 'api::author.author.find') });
      const narrowed = await website('the-whole-page');
      // Strapi refuses the author; this reader must not answer it instead.
      expect(narrowed.body.errors).toBeDefined();
      expect(JSON.stringify(narrowed.body)).not.toContain('Ines Duarte');
    } finally {
      await tokens.update(token.id, { permissions: granted });
    }
    const restored = await website('the-whole-page');
    expect(restored.body.errors).toBeUndefined();
    expect(restored.body.data!.articles[0]).toMatchObject({ author: { name: 'Ines Duarte' } });
  }, 30_000);

  it("answers the front page, section, tag and author pages, search and sitemaps exactly as Strapi's resolvers do", async () => {
    const pages: [string, DocumentNode, Record<string, unknown>][] = [];
    for (const page of [1, 2, 3, 40]) {
      for (const pageSize of [1, 2, 12]) {
        pages.push(['front', homePageQuery, { page, pageSize }]);
        pages.push(['section', sectionPageQuery, { slug: 'canals', page, pageSize }]);
        pages.push(['tag', tagPageQuery, { slug: 'water', page, pageSize }]);
        pages.push(['author', authorPageQuery, { slug: 'ines-duarte', page, pageSize }]);
      }
    }
    for (const [page, pageSize] of [
      [1, 2],
      [2, 2],
      [1, 100],
      [9, 1],
    ]) {
      pages.push(['sitemap', sitemapQuery, { page, pageSize }]);
      pages.push(['search', searchQuery, { terms: ['lock'], page, pageSize }]);
    }
    pages.push(['search, two words', searchQuery, { terms: ['piece', 'words'], page: 1, pageSize: 12 }]);
    pages.push(['search for a draft', searchQuery, { terms: ['never'], page: 1, pageSize: 12 }]);
    pages.push(['search past its limits', searchQuery, { terms: ['piece'], page: 500, pageSize: 500 }]);
    pages.push(['front with sections', homePageQuery, { page: 1, pageSize: 12, withSections: true }]);
    pages.push([
      'front with sections, as Apollo sends it',
      withTypenames(homePageQuery),
      { page: 1, pageSize: 3, withSections: true },
    ]);
    pages.push(['a section without articles', sectionPageQuery, { slug: 'locks', page: 1, pageSize: 12 }]);
    pages.push(['no such section', sectionPageQuery, { slug: 'no-such-section', page: 1, pageSize: 12 }]);
    pages.push(['no such tag', tagPageQuery, { slug: 'no-such-tag', page: 1, pageSize: 12 }]);
    pages.push([
      'an author by their page, as Apollo sends it',
      withTypenames(authorPageQuery),
      { slug: 'ines-duarte', page: 1, pageSize: 2 },
    ]);
    for (const [name, document, variables] of pages) {
      const ours = await ask(document, variables, cms.readToken);
      const theirs = await ask(document, variables, cms.previewToken);
      expect({ name, variables, ...ours.body }).toEqual({ name, variables, ...theirs.body });
      expect(ours.body.errors).toBeUndefined();
      // Positive control: read in one pass, not card by card.
      if (variables.pageSize === 12)
        expect({ name, statements: ours.statements < theirs.statements }).toEqual({ name, statements: true });
    }
    const canals = await ask(sectionPageQuery, { slug: 'canals', page: 1, pageSize: 12 }, cms.readToken);
    expect(canals.body.data!.articles_connection!.nodes.map((node) => node.slug)).toEqual([
      'a-newer-one',
      'the-whole-page',
      'an-older-one',
      'edited-after-publishing',
    ]);
  }, 120_000);

  it('leaves to Strapi the pages it was not written for: page sizes past the limit, pages before the first', async () => {
    // Positive control: what the reader spends on a page it was written for.
    const read = await ask(sectionPageQuery, { slug: 'canals', page: 1, pageSize: 12 }, cms.readToken);
    for (const variables of [
      { slug: 'canals', page: 1, pageSize: 101 },
      { slug: 'canals', page: 0, pageSize: 12 },
      { slug: 'canals', page: -1, pageSize: 12 },
      { slug: 'canals', page: 1, pageSize: 0 },
    ]) {
      const ours = await ask(sectionPageQuery, variables, cms.readToken);
      const theirs = await ask(sectionPageQuery, variables, cms.previewToken);
      expect({ variables, ...ours.body }).toEqual({ variables, ...theirs.body });
      // Strapi's resolvers answered: more statements than the reader's pass (the preview token's
      // own may differ by the bookkeeping Strapi does for a token now and then).
      expect({ variables, statements: ours.statements > read.statements + 5 }).toEqual({ variables, statements: true });
    }
  }, 30_000);
}
