import { articlePageQuery, homePageQuery } from '@newsroom/shared';
import { runQuery, startCms, uploadTestImage, validationErrorOf, type BootedCms, type Database } from './helpers';

const ARTICLE = 'api::article.article';

/** The content model against one database engine: SQLite by default, PostgreSQL as in production. */
export function describeContentModel(database: Database) {
  let cms: BootedCms;
  let ids: { author: string; section: string; tag: string; heroImage: number };

  const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

  async function createArticle(data: Record<string, unknown>, status?: 'published') {
    return cms.strapi.documents(ARTICLE).create({ data, status });
  }

  beforeAll(async () => {
    cms = await startCms({ database });
    const author = await cms.strapi.documents('api::author.author').create({
      data: { name: 'Amara Okafor', slug: 'amara-okafor', role: 'Senior Editor' },
    });
    const section = await cms.strapi
      .documents('api::section.section')
      .create({ data: { name: 'Politics', slug: 'politics' } });
    const tag = await cms.strapi.documents('api::tag.tag').create({ data: { name: 'Security', slug: 'security' } });
    const heroImage = await uploadTestImage(cms, 'Fighters hand over rifles at a checkpoint');
    ids = { author: author.documentId, section: section.documentId, tag: tag.documentId, heroImage };
  }, 120_000);

  afterAll(async () => {
    await cms?.stop();
  });

  describe('reading published articles with the website’s own GraphQL documents', () => {
    beforeAll(async () => {
      await createArticle(
        {
          title: 'Six months into the ceasefire',
          slug: 'six-months-into-the-ceasefire',
          dek: 'The guns are quiet; the hard part has begun.',
          body: [paragraph('“We counted every rifle,” said the monitor.')],
          heroImage: ids.heroImage,
          heroCaption: 'Militants who surrendered to security forces, Nov, 2019',
          imageSource: 'AFP',
          publicationDate: '2021-12-01',
          author: ids.author,
          section: ids.section,
          tags: [ids.tag],
        },
        'published',
      );
      await createArticle({
        title: 'Unpublished investigation',
        slug: 'unpublished-investigation',
        dek: 'Secret draft',
      });
    });

    it('returns every field the article page shows', async () => {
      const result = await runQuery(cms, articlePageQuery, { slug: 'six-months-into-the-ceasefire' });
      expect(result.errors).toBeUndefined();
      const [article] = result.data!.articles;
      expect(article).toMatchObject({
        title: 'Six months into the ceasefire',
        dek: 'The guns are quiet; the hard part has begun.',
        publicationDate: '2021-12-01',
        heroCaption: 'Militants who surrendered to security forces, Nov, 2019',
        imageSource: 'AFP',
        heroImage: { alternativeText: 'Fighters hand over rifles at a checkpoint', width: 64, height: 36 },
        author: { name: 'Amara Okafor', role: 'Senior Editor' },
        section: { name: 'Politics' },
        tags: [{ name: 'Security' }],
      });
      expect(article!.body).toEqual([paragraph('“We counted every rifle,” said the monitor.')]);
    });

    it('does not return a draft, by slug or in the latest list', async () => {
      const bySlug = await runQuery(cms, articlePageQuery, { slug: 'unpublished-investigation' });
      expect(bySlug.data!.articles).toEqual([]);
      const latest = await runQuery(cms, homePageQuery, { page: 1, pageSize: 20 });
      const titles = latest.data!.articles_connection!.nodes.map((n) => n.title);
      expect(titles).toContain('Six months into the ceasefire');
      expect(titles).not.toContain('Unpublished investigation');
      expect(latest.data!.articles_connection!.pageInfo.total).toBe(1);
    });

    it('keeps serving the published version while an editor changes the draft', async () => {
      const [published] = (await runQuery(cms, articlePageQuery, { slug: 'six-months-into-the-ceasefire' })).data!
        .articles;
      await cms.strapi
        .documents(ARTICLE)
        .update({ documentId: published!.documentId, data: { title: 'Draft rewrite' } });
      const [after] = (await runQuery(cms, articlePageQuery, { slug: 'six-months-into-the-ceasefire' })).data!.articles;
      expect(after!.title).toBe('Six months into the ceasefire');
    });

    it('gives the public role no content at all', async () => {
      const result = await runQuery(cms, homePageQuery, { page: 1, pageSize: 5 }, null);
      expect(result.data?.articles_connection ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses a wrong token with 401', async () => {
      const result = await runQuery(cms, homePageQuery, { page: 1, pageSize: 5 }, 'not-the-token-at-all');
      expect(result.status).toBe(401);
      expect(result.data?.articles_connection).toBeUndefined();
    });
  });

  it('indexes the article slug, which every article page looks up', async () => {
    const knex = cms.strapi.db.connection;
    const found =
      database === 'postgres'
        ? await knex.raw('SELECT indexname FROM pg_indexes WHERE schemaname = ? AND indexname = ?', [
            cms.strapi.db.getSchemaName(),
            'articles_slug_lookup',
          ])
        : await knex.raw("SELECT name FROM sqlite_master WHERE type = 'index' AND name = ?", ['articles_slug_lookup']);
    expect((database === 'postgres' ? found.rows : found).length).toBe(1);
  });

  describe('editorial rules, reported against the field that breaks them', () => {
    it('requires an image source when a hero image is set', async () => {
      const error = await validationErrorOf(
        createArticle({ title: 'No credit', slug: 'no-credit', heroImage: ids.heroImage, imageSource: '' }),
      );
      expect(error).toEqual({ name: 'ValidationError', paths: ['imageSource'] });
    });

    it('requires alternative text on the hero image', async () => {
      const noAlt = await uploadTestImage(cms, null);
      const error = await validationErrorOf(
        createArticle({ title: 'No alt', slug: 'no-alt', heroImage: noAlt, imageSource: 'Reuters' }),
      );
      expect(error).toEqual({ name: 'ValidationError', paths: ['heroImage'] });
    });

    it('checks the saved article as a whole when an update removes only the credit', async () => {
      const article = await createArticle({
        title: 'Credited',
        slug: 'credited',
        heroImage: ids.heroImage,
        imageSource: 'AFP',
      });
      const error = await validationErrorOf(
        cms.strapi.documents(ARTICLE).update({ documentId: article.documentId, data: { imageSource: null } }),
      );
      expect(error.paths).toEqual(['imageSource']);
    });

    it('limits headlines to 200 characters', async () => {
      const error = await validationErrorOf(createArticle({ title: 'x'.repeat(201), slug: 'too-long' }));
      expect(error.name).toBe('ValidationError');
      expect(error.paths).toEqual(['title']);
    });

    it('refuses slugs with characters a URL would mangle', async () => {
      const error = await validationErrorOf(createArticle({ title: 'Bad slug', slug: 'Bad Slug!' }, 'published'));
      expect(error.paths.length).toBeGreaterThan(0);
      expect(new Set(error.paths)).toEqual(new Set(['slug']));
    });

    it('dates an article published without a publication date to the day of publishing', async () => {
      const article = await createArticle({ title: 'Dated on publish', slug: 'dated-on-publish' });
      await cms.strapi.documents(ARTICLE).publish({ documentId: article.documentId });
      const [published] = (await runQuery(cms, articlePageQuery, { slug: 'dated-on-publish' })).data!.articles;
      expect(published!.publicationDate).toBe(new Date().toISOString().slice(0, 10));
    });
  });
}
