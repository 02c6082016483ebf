import { articlePageQuery, homePageQuery } from '@newsroom/shared';
import { parse, print, type DocumentNode } from 'graphql';
import { CONTENT_VERSION_TABLE, movesAccess } from '../src/graphql/response-cache';
import { READY_TO_PUBLISH, startCms, type BootedCms, type Database } from './helpers';

const ARTICLE = 'api::article.article';
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** The CMS's kept answers for the website, against one database engine. */
export function describeResponseCache(database: Database) {
  let cms: BootedCms;

  /** One GraphQL request, with whether the CMS answered it from memory ("hit"), ran it ("miss") or neither. */
  async function ask(document: DocumentNode, variables: object, token: string | null = cms.readToken) {
    const response = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    return { cache: response.headers.get('x-cms-cache'), body };
  }
  const articlePage = (slug: string) => ask(articlePageQuery, { slug });
  const titleOf = (answer: { body: { data?: Record<string, unknown> } }) =>
    ((answer.body.data?.articles as { title: string }[] | undefined) ?? [])[0]?.title ?? null;

  const versionTable = () => {
    const schema = cms.strapi.db.getSchemaName();
    const table = cms.strapi.db.connection(CONTENT_VERSION_TABLE);
    return schema ? table.withSchema(schema) : table;
  };
  const version = async () => Number((await versionTable().where({ id: 1 }).first('version')).version);

  let documentId: string;

  beforeAll(async () => {
    cms = await startCms({ database });
    const created = await cms.strapi.documents(ARTICLE).create({
      data: { ...READY_TO_PUBLISH, title: 'Tolls on the river', slug: 'river-tolls', body: [paragraph('One.')] },
      status: 'published',
    });
    documentId = created.documentId;
    await cms.strapi
      .documents(ARTICLE)
      .create({ data: { ...READY_TO_PUBLISH, title: 'Canal dues', slug: 'canal-dues' }, status: 'published' });
  }, 120_000);

  afterAll(async () => {
    await cms?.stop();
  });

  it("answers the website's repeated query from memory, exactly as it answered it the first time", async () => {
    const first = await articlePage('river-tolls');
    const second = await articlePage('river-tolls');
    expect(first.cache).toBe('miss');
    expect(second.cache).toBe('hit');
    expect(titleOf(first)).toBe('Tolls on the river');
    expect(second.body).toEqual(first.body);
    // Other variables are another question.
    const other = await articlePage('canal-dues');
    expect(other.cache).toBe('miss');
    expect(titleOf(other)).toBe('Canal dues');
  });

  it('shows an edit the moment it is published, and never a draft', async () => {
    await articlePage('river-tolls');
    expect((await articlePage('river-tolls')).cache).toBe('hit');
    await cms.strapi.documents(ARTICLE).update({ documentId, data: { title: 'Tolls on the river, revised' } });
    // The draft changed: the answer is computed again, and still shows the published title.
    const whileDraft = await articlePage('river-tolls');
    expect(whileDraft.cache).toBe('miss');
    expect(titleOf(whileDraft)).toBe('Tolls on the river');
    await cms.strapi.documents(ARTICLE).publish({ documentId });
    expect(titleOf(await articlePage('river-tolls'))).toBe('Tolls on the river, revised');
    await cms.strapi.documents(ARTICLE).unpublish({ documentId });
    expect(titleOf(await articlePage('river-tolls'))).toBeNull();
    await cms.strapi.documents(ARTICLE).publish({ documentId });
    expect(titleOf(await articlePage('river-tolls'))).toBe('Tolls on the river, revised');
  });

  it('shows a change to what the page shows besides the article: its author, the site settings, a deletion', async () => {
    const author = await cms.strapi.documents('api::author.author').create({
      data: { name: 'Ines Duarte', slug: 'ines-duarte', role: 'Correspondent' },
    });
    await cms.strapi.documents(ARTICLE).update({ documentId, data: { author: author.documentId } });
    await cms.strapi.documents(ARTICLE).publish({ documentId });
    const authorOf = async () =>
      ((await articlePage('river-tolls')).body.data?.articles as { author: { role: string } | null }[])[0]?.author
        ?.role;
    expect(await authorOf()).toBe('Correspondent');
    expect(await authorOf()).toBe('Correspondent'); // kept
    await cms.strapi
      .documents('api::author.author')
      .update({ documentId: author.documentId, data: { role: 'Senior Editor' } });
    expect(await authorOf()).toBe('Senior Editor');

    const siteName = async () =>
      ((await ask(homePageQuery, { page: 1, pageSize: 5 })).body.data?.siteSetting as { siteName: string } | null)
        ?.siteName;
    const settings = cms.strapi.documents('api::site-setting.site-setting');
    const current = (await settings.findFirst()) ?? (await settings.create({ data: { siteName: 'The Ledger' } }));
    await settings.update({ documentId: current.documentId, data: { siteName: 'The Ledger' } });
    expect(await siteName()).toBe('The Ledger');
    await settings.update({ documentId: current.documentId, data: { siteName: 'The Weekly Ledger' } });
    expect(await siteName()).toBe('The Weekly Ledger');

    expect(titleOf(await articlePage('canal-dues'))).toBe('Canal dues');
    const canal = await cms.strapi.documents(ARTICLE).findFirst({ filters: { slug: 'canal-dues' } });
    await cms.strapi.documents(ARTICLE).delete({ documentId: canal.documentId });
    expect(titleOf(await articlePage('canal-dues'))).toBeNull();
  });

  it("sees a write another CMS instance made: the shared counter moved, not this instance's memory", async () => {
    await articlePage('river-tolls');
    expect((await articlePage('river-tolls')).cache).toBe('hit');
    await versionTable().where({ id: 1 }).increment('version', 1);
    expect((await articlePage('river-tolls')).cache).toBe('miss');
  });

  it('moves the counter once per transaction, with the data: a rolled-back write leaves it where it was', async () => {
    const before = await version();
    await cms.strapi.db.transaction(async () => {
      await cms.strapi.documents('api::tag.tag').create({ data: { name: 'Rivers', slug: 'rivers' } });
      await cms.strapi.documents('api::tag.tag').create({ data: { name: 'Canals', slug: 'canals' } });
    });
    expect(await version()).toBe(before + 1);
    await expect(
      cms.strapi.db.transaction(async () => {
        await cms.strapi.documents('api::tag.tag').create({ data: { name: 'Locks', slug: 'locks' } });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await version()).toBe(before + 1);
    expect(await cms.strapi.db.query('api::tag.tag').findOne({ where: { slug: 'locks' } })).toBeNull();
  });

  it('keeps nothing for previews, for any other token, for errors, or without a token', async () => {
    // Positive control: the website's token is kept.
    await articlePage('river-tolls');
    expect((await articlePage('river-tolls')).cache).toBe('hit');
    for (let i = 0; i < 2; i += 1) {
      const preview = await ask(articlePageQuery, { slug: 'river-tolls' }, cms.previewToken);
      expect(preview.cache).toBeNull();
      expect(titleOf(preview)).toBe('Tolls on the river, revised');
    }
    for (let i = 0; i < 2; i += 1) {
      const anonymous = await ask(articlePageQuery, { slug: 'river-tolls' }, null);
      expect(anonymous.cache).toBeNull();
    }
    // An answer with an error (the website's token asking for the media library) is never kept.
    for (let i = 0; i < 2; i += 1) {
      const refused = await ask(parse('query Library { uploadFiles { url } }'), {});
      expect(refused.body.errors).toBeDefined();
      expect(refused.cache).not.toBe('hit');
    }
  });

  it("moves the access version on a write to any model but the publication's own content", () => {
    const moves = (uid: string) => ({ uid, moves: movesAccess(cms.strapi, uid) });
    // Content leaves token lookups kept…
    for (const uid of ['api::article.article', 'shared.seo', 'plugin::upload.file']) {
      expect(moves(uid)).toEqual({ uid, moves: false });
    }
    // …everything else, including a model nobody listed, moves the access version.
    for (const uid of ['admin::api-token', 'admin::user', 'plugin::users-permissions.user', 'api::no-such.type']) {
      expect(moves(uid)).toEqual({ uid, moves: true });
    }
  });

  it('keeps API token lookups only while no token changes: a revoked or regenerated key is refused at once', async () => {
    const tokens = cms.strapi.admin.services['api-token-content-api'];
    const created = await tokens.create({
      name: 'Probe: kept lookups',
      type: 'custom',
      lifespan: null,
      permissions: ['api::article.article.find'],
    });
    const lookups: string[] = [];
    const listen = (query: { sql: string }) => {
      if (/strapi_api_tokens/.test(query.sql)) lookups.push(query.sql);
    };
    const status = async (key: string) =>
      (
        await fetch(`${cms.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: '{ articles(pagination: { limit: 1 }) { title } }' }),
        })
      ).status;
    cms.strapi.db.connection.on('query', listen);
    try {
      // The first use writes the token's last use, which moves the version: looked up again once.
      expect(await status(created.accessKey)).toBe(200);
      expect(await status(created.accessKey)).toBe(200);
      const looked = lookups.splice(0).length;
      expect(await status(created.accessKey)).toBe(200);
      // Positive control: then the lookup is kept.
      expect({ looked: looked > 0, kept: lookups.splice(0).length }).toEqual({ looked: true, kept: 0 });
      // An edit to an article moves the content's version, not the access version: still kept.
      const before = await version();
      await cms.strapi.documents(ARTICLE).update({ documentId, data: { dek: 'Edited while the token is kept.' } });
      expect(await version()).toBeGreaterThan(before);
      expect(await status(created.accessKey)).toBe(200);
      expect(lookups.splice(0).length).toBe(0);

      const regenerated = await tokens.regenerate(created.id);
      expect(await status(created.accessKey)).toBe(401);
      expect(await status(regenerated.accessKey)).toBe(200);
      expect(await status(regenerated.accessKey)).toBe(200);
      await tokens.revoke(created.id);
      expect(await status(regenerated.accessKey)).toBe(401);
      // A key nobody holds is looked up every time, never kept.
      lookups.splice(0);
      expect(await status('no-such-key')).toBe(401);
      expect(await status('no-such-key')).toBe(401);
      expect(lookups.length).toBeGreaterThanOrEqual(2);
    } finally {
      cms.strapi.db.connection.off('query', listen);
    }
  }, 30_000);
}
