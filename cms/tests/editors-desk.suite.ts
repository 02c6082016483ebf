import { articlePageQuery, movedArticlesQuery } from '@newsroom/shared';
import { runSchedule } from '../src/scheduling';
import { runQuery, startCms, uploadTestImage, validationErrorOf, type BootedCms, type Database } from './helpers';

const ARTICLE = 'api::article.article';
const ARTICLES = '/content-manager/collection-types/api::article.article';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const complete = (title: string, slug: string) => ({
  title,
  slug,
  dek: 'Why it matters, in one paragraph.',
  body: [paragraph('“The water has to go somewhere,” said an engineer.')],
});

/** The editors' desk against one database engine: checks, slugs, redirects, scheduling, roles, views. */
export function describeEditorsDesk(database: Database) {
  let cms: BootedCms;
  const documents = () => cms.strapi.documents(ARTICLE);
  const publishedSlug = async (slug: string) =>
    (await runQuery(cms, articlePageQuery, { slug })).data?.articles[0]?.slug ?? null;

  beforeAll(async () => {
    cms = await startCms({ database });
  }, 120_000);

  afterAll(async () => {
    await cms?.stop();
  });

  describe('checks before anything goes live', () => {
    it('refuses to publish an empty body, naming the body', async () => {
      const draft = await documents().create({ data: { ...complete('Empty', 'empty-body'), body: [paragraph('  ')] } });
      const error = await validationErrorOf(documents().publish({ documentId: draft.documentId }));
      expect(error.paths).toEqual(['body']);
      expect(await publishedSlug('empty-body')).toBeNull();
    });

    it('refuses to publish without a dek, also through a save with status published', async () => {
      const error = await validationErrorOf(
        documents().create({ data: { ...complete('No dek', 'no-dek'), dek: '' }, status: 'published' }),
      );
      expect(error.paths).toEqual(['dek']);
      expect(await publishedSlug('no-dek')).toBeNull();
    });

    it('refuses a hero image without alt text, and prefills the alt text from the media library', async () => {
      const bare = await uploadTestImage(cms, null);
      const draft = await documents().create({
        data: { ...complete('Bare picture', 'bare-picture'), heroImage: bare, imageSource: 'AFP' },
      });
      expect((await validationErrorOf(documents().publish({ documentId: draft.documentId }))).paths).toEqual([
        'heroAlt',
      ]);

      const described = await uploadTestImage(cms, 'Boats moored at the new barrier');
      const prefilled = await documents().create({
        data: { ...complete('Described picture', 'described-picture'), heroImage: described, imageSource: 'AFP' },
      });
      expect(prefilled.heroAlt).toBe('Boats moored at the new barrier');
      await documents().publish({ documentId: prefilled.documentId });
      // The library's file changes; the published page keeps the article's own alt text.
      await cms.strapi.db
        .query('plugin::upload.file')
        .update({ where: { id: described }, data: { alternativeText: 'Changed in the library' } });
      const [live] = (await runQuery(cms, articlePageQuery, { slug: 'described-picture' })).data!.articles;
      expect(live!.heroAlt).toBe('Boats moored at the new barrier');
    });

    it('refuses a slug another article holds, saying which article', async () => {
      await documents().create({ data: complete('The first holder', 'held-slug'), status: 'published' });
      const second = await documents().create({ data: complete('Second', 'second-draft') });
      await documents().update({ documentId: second.documentId, data: { slug: 'held-slug-2' } });
      await cms.strapi.db
        .query(ARTICLE)
        .updateMany({ where: { documentId: second.documentId }, data: { slug: 'held-slug' } });
      try {
        await documents().publish({ documentId: second.documentId });
        throw new Error('published');
      } catch (error) {
        const details = (error as { details?: { errors?: { path: string[]; message: string }[] } }).details;
        expect(details?.errors?.[0]?.path).toEqual(['slug']);
        expect(details?.errors?.[0]?.message).toContain('The first holder');
      }
    });

    it('drops the empty paragraphs pasting leaves, keeping quotes and line breaks', async () => {
      const saved = await documents().create({
        data: {
          ...complete('Pasted', 'pasted'),
          body: [paragraph('“First,” she said.\nThen a line.'), paragraph(''), paragraph('Second.'), paragraph(' ')],
        },
      });
      expect(saved.body).toEqual([paragraph('“First,” she said.\nThen a line.'), paragraph('Second.')]);
    });
  });

  describe('slugs', () => {
    it('follow the headline until the first publish, then stay', async () => {
      const draft = await documents().create({ data: { ...complete('Placeholder title', 'article') } });
      expect(draft.slug).toBe('placeholder-title');
      const retitled = await documents().update({ documentId: draft.documentId, data: { title: 'A better headline' } });
      expect(retitled.slug).toBe('a-better-headline');
      await documents().publish({ documentId: draft.documentId });
      const after = await documents().update({
        documentId: draft.documentId,
        data: { title: 'Renamed after publish' },
      });
      expect(after.slug).toBe('a-better-headline');
    });

    it('follow the name of a new author, section or tag left with the admin’s placeholder', async () => {
      const author = await cms.strapi
        .documents('api::author.author')
        .create({ data: { name: 'Léa Ndiaye', slug: 'author' } });
      expect(author.slug).toBe('lea-ndiaye');
      const tag = await cms.strapi.documents('api::tag.tag').create({ data: { name: 'Water rights', slug: 'water' } });
      expect(tag.slug).toBe('water');
    });
  });

  describe('URLs that last', () => {
    /** Where the website's list of moved articles sends an old slug (the website's own query and token). */
    const movedTo = async (slug: string) => {
      const result = await runQuery(cms, movedArticlesQuery, { page: 1, pageSize: 100 });
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.articles_connection!.nodes;
      return nodes.find((node) => (node.formerSlugs ?? []).some((former) => former?.slug === slug))?.slug ?? null;
    };

    it('keeps a renamed article’s old slug: it finds the article, and no other article may take it', async () => {
      const article = await documents().create({
        data: complete('Delta floodgates', 'floodgates-old'),
        status: 'published',
      });
      await documents().update({ documentId: article.documentId, data: { slug: 'floodgates-new' } });
      await documents().publish({ documentId: article.documentId });
      expect(await publishedSlug('floodgates-new')).toBe('floodgates-new');
      expect(await publishedSlug('floodgates-old')).toBeNull();
      expect(await movedTo('floodgates-old')).toBe('floodgates-new');

      const taker = await documents().create({ data: complete('Another', 'another-piece') });
      await cms.strapi.db
        .query(ARTICLE)
        .updateMany({ where: { documentId: taker.documentId }, data: { slug: 'floodgates-old' } });
      const error = await validationErrorOf(documents().publish({ documentId: taker.documentId }));
      expect(error.paths).toEqual(['slug']);
    });

    it('never points an old slug at a draft', async () => {
      const article = await documents().create({ data: complete('Soon gone', 'soon-gone'), status: 'published' });
      await documents().update({ documentId: article.documentId, data: { slug: 'soon-gone-2' } });
      await documents().publish({ documentId: article.documentId });
      await documents().unpublish({ documentId: article.documentId });
      expect(await movedTo('soon-gone')).toBeNull();
    });
  });

  describe('scheduling', () => {
    const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

    it('publishes a due draft on the next run and leaves a future one alone', async () => {
      const due = await documents().create({
        data: { ...complete('Due now', 'due-now'), publishAt: minutesFromNow(-1) },
      });
      const later = await documents().create({
        data: { ...complete('Due later', 'due-later'), publishAt: minutesFromNow(60) },
      });
      const run = await runSchedule(cms.strapi);
      expect(run.published).toContain(due.documentId);
      expect(run.published).not.toContain(later.documentId);
      expect(await publishedSlug('due-now')).toBe('due-now');
      expect(await publishedSlug('due-later')).toBeNull();
    });

    it('publishes once when two runners race for the same article', async () => {
      const due = await documents().create({ data: { ...complete('Raced', 'raced'), publishAt: minutesFromNow(-1) } });
      const publishes: string[] = [];
      cms.strapi.documents.use(async (context: { action: string; uid: string }, next: () => unknown) => {
        if (context.uid === ARTICLE && context.action === 'publish') publishes.push(due.documentId);
        return next();
      });
      const runs = await Promise.all([runSchedule(cms.strapi), runSchedule(cms.strapi), runSchedule(cms.strapi)]);
      expect(runs.flatMap((run) => run.published).filter((id) => id === due.documentId)).toHaveLength(1);
      expect(publishes).toHaveLength(1);
    });

    it('keeps a due draft that fails the checks as a draft, with the reason', async () => {
      const bad = await documents().create({
        data: { ...complete('Bad', 'bad-schedule'), dek: null, publishAt: minutesFromNow(-1) },
      });
      const run = await runSchedule(cms.strapi);
      expect(run.refused).toEqual([{ documentId: bad.documentId, reason: expect.stringContaining('standfirst') }]);
      expect(await publishedSlug('bad-schedule')).toBeNull();
    });

    it('takes a page down at its unpublish time', async () => {
      const article = await documents().create({ data: complete('Short-lived', 'short-lived'), status: 'published' });
      await documents().update({ documentId: article.documentId, data: { unpublishAt: minutesFromNow(-1) } });
      expect(await publishedSlug('short-lived')).toBe('short-lived');
      const run = await runSchedule(cms.strapi);
      expect(run.unpublished).toContain(article.documentId);
      expect(await publishedSlug('short-lived')).toBeNull();
    });
  });

  describe('roles, through the real admin API', () => {
    const login = async (email: string, password: string) => {
      const response = await fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { data: { token: string } }).data.token;
    };
    const adminUser = async (code: string, email: string) => {
      const role = await cms.strapi.service('admin::role').findOne({ code });
      await cms.strapi.service('admin::user').create({
        firstname: code,
        lastname: 'Desk',
        email,
        password: 'Newsroom-desk-1',
        isActive: true,
        registrationToken: null,
        roles: [role.id],
      });
      return login(email, 'Newsroom-desk-1');
    };
    const call = (token: string, method: string, path: string, body?: unknown) =>
      fetch(`${cms.url}${ARTICLES}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    let author: string;
    let otherAuthor: string;
    let editor: string;

    beforeAll(async () => {
      author = await adminUser('strapi-author', `author-${database}@desk.test`);
      otherAuthor = await adminUser('strapi-author', `author2-${database}@desk.test`);
      editor = await adminUser('strapi-editor', `editor-${database}@desk.test`);
    });

    it('lets an author draft, but not publish; only they may edit their draft; an editor publishes it', async () => {
      const created = await call(author, 'POST', '', complete('An author’s draft', 'authors-draft'));
      expect(created.status).toBe(201);
      const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;

      expect((await call(author, 'POST', `/${documentId}/actions/publish`, {})).status).toBe(403);
      expect(await publishedSlug('authors-draft')).toBeNull();
      expect((await call(author, 'PUT', `/${documentId}`, { dek: 'Sharper dek.' })).status).toBe(200);
      expect((await call(otherAuthor, 'PUT', `/${documentId}`, { dek: 'Not mine.' })).status).toBe(403);

      expect((await call(editor, 'POST', `/${documentId}/actions/publish`, {})).status).toBe(200);
      expect(await publishedSlug('authors-draft')).toBe('authors-draft');
    });

    it('does not let an author set the schedule, only propose a time', async () => {
      const created = await call(author, 'POST', '', {
        ...complete('Proposed', 'proposed-time'),
        proposedPublishAt: '2030-01-01T08:00:00.000Z',
        publishAt: '2000-01-01T08:00:00.000Z',
      });
      const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
      const row = await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null } });
      expect(new Date(row.proposedPublishAt).toISOString()).toBe('2030-01-01T08:00:00.000Z');
      expect(row.publishAt).toBeNull();
    });

    it('shows neither role the content-type builder or settings', async () => {
      for (const token of [author, editor]) {
        const permissions = await fetch(`${cms.url}/admin/users/me/permissions`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const actions = ((await permissions.json()) as { data: { action: string }[] }).data.map((p) => p.action);
        expect(actions).not.toContain('plugin::content-type-builder.read');
        expect(actions.filter((action) => action.startsWith('admin::'))).toEqual([]);
      }
    });
  });

  describe('history', () => {
    const admin = async () => {
      const role = await cms.strapi.service('admin::role').findOne({ code: 'strapi-super-admin' });
      const email = `history-${database}@desk.test`;
      await cms.strapi.service('admin::user').create({
        firstname: 'Hana',
        lastname: 'Varga',
        email,
        password: 'Newsroom-desk-1',
        isActive: true,
        registrationToken: null,
        roles: [role.id],
      });
      const response = await fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'Newsroom-desk-1' }),
      });
      return ((await response.json()) as { data: { token: string } }).data.token;
    };
    const call = async (token: string, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${cms.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> };
    };

    it('keeps who saved and published what, compares a version with the draft and restores it into the draft only', async () => {
      const token = await admin();
      const created = await call(token, 'POST', ARTICLES, {
        ...complete('Versioned piece', 'versioned-piece'),
        dek: 'First dek.',
        publicationDate: '2026-11-20',
      });
      const { documentId } = created.body.data as { documentId: string };
      await call(token, 'PUT', `${ARTICLES}/${documentId}`, { dek: 'Second dek.' });
      await call(token, 'POST', `${ARTICLES}/${documentId}/actions/publish`, {});

      const { body: listed } = await call(token, 'GET', `/newsroom/articles/${documentId}/versions`);
      const versions = listed.versions as { id: number; action: string; editor: string }[];
      expect(versions.map((v) => v.action)).toEqual(['publish', 'save', 'save']);
      expect(versions.every((v) => v.editor === 'Hana Varga')).toBe(true);

      const first = versions[2]!;
      const { body: compared } = await call(token, 'GET', `/newsroom/articles/${documentId}/versions/${first.id}`);
      expect(compared.differences).toEqual([
        { field: 'dek', label: 'Standfirst (dek)', current: 'Second dek.', version: 'First dek.' },
      ]);

      expect((await call(token, 'POST', `/newsroom/articles/${documentId}/versions/${first.id}/restore`)).status).toBe(
        200,
      );
      const draft = await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null } });
      expect(draft.dek).toBe('First dek.');
      // Never straight to live: the published row keeps what was published until the next publish.
      const live = await cms.strapi.db
        .query(ARTICLE)
        .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
      expect(live.dek).toBe('Second dek.');
      expect((await call(token, 'GET', `/newsroom/articles/${documentId}/versions/999999`)).status).toBe(404);
      expect((await call(token, 'GET', `/newsroom/articles/${documentId}/versions/abc`)).status).toBe(404);
    });

    it('is closed to the content API and to admins without a login', async () => {
      expect((await fetch(`${cms.url}/newsroom/articles/x/versions`)).status).toBe(401);
      const rest = await fetch(`${cms.url}/api/newsroom-article-versions`, {
        headers: { authorization: `Bearer ${cms.readToken}` },
      });
      expect(rest.status).toBe(404);
    });
  });

  describe('the admin in newsroom words', () => {
    type Configuration = {
      metadatas: Record<string, { edit: { label: string } }>;
      layouts: { list: string[] };
      settings: { defaultSortBy: string; defaultSortOrder: string };
    };
    const configuration = (): Promise<Configuration> =>
      cms.strapi.plugin('content-manager').service('content-types').findConfiguration({ uid: ARTICLE });

    it('labels fields in the newsroom’s words and lists articles newest first', async () => {
      const view = await configuration();
      expect(view.metadatas.title.edit.label).toBe('Headline');
      expect(view.metadatas.dek.edit.label).toBe('Standfirst (dek)');
      expect(view.metadatas.imageSource.edit.label).toBe('Image source');
      expect(view.layouts.list).toEqual(['title', 'author', 'section', 'publicationDate', 'publishAt']);
      expect(view.settings).toMatchObject({ defaultSortBy: 'publicationDate', defaultSortOrder: 'DESC' });
    });

    it('keeps what an operator changed later when seeding again', async () => {
      const { seedAdminViews } = await import('../src/bootstrap/admin-layout');
      const view = await configuration();
      view.metadatas.title.edit.label = 'Title (house style)';
      await cms.strapi.plugin('content-manager').service('content-types').updateConfiguration({ uid: ARTICLE }, view);
      await seedAdminViews(cms.strapi);
      const after = await configuration();
      expect(after.metadatas.title.edit.label).toBe('Title (house style)');
      expect(after.metadatas.dek.edit.label).toBe('Standfirst (dek)');
    });
  });
}
