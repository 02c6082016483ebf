import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';
/** Kept in its own table, outside Strapi's content types: no content API route or GraphQL field can reach it. */
export const HISTORY_TABLE = 'newsroom_article_versions';

/** The fields a version keeps, with the words the edit view uses for them. */
export const VERSIONED_FIELDS: Record<string, string> = {
  title: 'Headline',
  slug: 'Slug',
  dek: 'Standfirst (dek)',
  body: 'Body',
  heroImage: 'Hero image',
  heroAlt: 'Alt text',
  heroCaption: 'Caption',
  imageSource: 'Image source',
  publicationDate: 'Publication date',
  author: 'Author',
  section: 'Section',
  tags: 'Tags',
  seo: 'SEO',
};

type Snapshot = Record<string, unknown>;
const BOOKKEEPING = new Set(['formerSlugs', 'publicationDate', 'searchText']);
export type Version = { id: number; documentId: string; createdAt: string; editor: string; action: string };
type Context = Parameters<Core.MiddlewareHandler>[0];

type Rows = ReturnType<Core.Strapi['db']['connection']>;

/**
 * Runs `query` on the history table inside the document service's transaction when there is one
 * (a save or publish): on SQLite a second connection would wait for that transaction forever.
 */
async function withHistory<T>(strapi: Core.Strapi, query: (rows: () => Rows) => Promise<T>): Promise<T> {
  const schema = strapi.db.getSchemaName();
  return await strapi.db.transaction(({ trx }) =>
    query(() => (schema ? trx(HISTORY_TABLE).withSchema(schema) : trx(HISTORY_TABLE))),
  );
}

/** Creates the history table once; safe at every start, on SQLite and PostgreSQL. */
export async function ensureHistoryTable(strapi: Core.Strapi): Promise<void> {
  const builder = strapi.db.getSchemaConnection();
  if (await builder.hasTable(HISTORY_TABLE)) return;
  await builder.createTable(HISTORY_TABLE, (t) => {
    t.increments('id');
    t.string('document_id').notNullable().index();
    t.string('action').notNullable();
    t.string('editor').notNullable();
    t.text('data', 'longtext').notNullable();
    t.timestamp('created_at').notNullable();
  });
}

/** The draft of an article as a version keeps it: every field, relations by documentId, media by id. */
export async function snapshotOf(strapi: Core.Strapi, documentId: string): Promise<Snapshot | null> {
  const row = await strapi.db.query(ARTICLE).findOne({
    where: { documentId, publishedAt: null },
    populate: {
      heroImage: { select: ['id'] },
      author: { select: ['documentId'] },
      section: { select: ['documentId'] },
      tags: { select: ['documentId'] },
      seo: true,
    },
  });
  if (!row) return null;
  const ref = (value: { documentId?: string } | null | undefined) => value?.documentId ?? null;
  const seo = row.seo ? { ...row.seo, id: undefined, shareImage: undefined } : null;
  return {
    title: row.title ?? null,
    slug: row.slug ?? null,
    dek: row.dek ?? null,
    body: row.body ?? null,
    heroImage: row.heroImage?.id ?? null,
    heroAlt: row.heroAlt ?? null,
    heroCaption: row.heroCaption ?? null,
    imageSource: row.imageSource ?? null,
    publicationDate: row.publicationDate ?? null,
    author: ref(row.author),
    section: ref(row.section),
    tags: (row.tags ?? []).map(ref).sort(),
    seo: seo ? JSON.parse(JSON.stringify(seo)) : null,
  };
}

/** Who is acting: the admin user of the request, or the system (scheduler, import, seed). */
function currentEditor(strapi: Core.Strapi): string {
  const user = strapi.requestContext.get()?.state?.user as
    { firstname?: string | null; lastname?: string | null; email?: string } | undefined;
  if (!user) return 'System';
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
  return name || user.email || 'An editor';
}

async function record(strapi: Core.Strapi, documentId: string, action: 'save' | 'publish'): Promise<void> {
  const snapshot = await snapshotOf(strapi, documentId);
  if (!snapshot) return;
  await withHistory(strapi, async (rows) => {
    // A save that changed nothing adds no version.
    const last = await rows().where({ document_id: documentId }).orderBy('id', 'desc').first('data');
    if (last && last.data === JSON.stringify(snapshot) && action === 'save') return;
    await addVersions(strapi, [{ documentId, action, editor: currentEditor(strapi), snapshot }]);
  });
}

/** Adds versions written elsewhere in one insert (the importer's fast path builds the snapshots itself). */
export async function addVersions(
  strapi: Core.Strapi,
  versions: { documentId: string; action: 'save' | 'publish'; editor: string; snapshot: Snapshot }[],
): Promise<void> {
  if (versions.length === 0) return;
  const createdAt = new Date();
  await withHistory(strapi, (rows) =>
    rows().insert(
      versions.map((version) => ({
        document_id: version.documentId,
        action: version.action,
        editor: version.editor,
        data: JSON.stringify(version.snapshot),
        created_at: createdAt,
      })),
    ),
  );
}

/** Keeps a version of an article at every save and every publish: who, when, every field. */
export function registerHistory(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid !== ARTICLE) return result;
    const action = context.action;
    if (action !== 'create' && action !== 'update' && action !== 'publish') return result;
    const params = context.params as { documentId?: string; status?: string; data?: Record<string, unknown> };
    // The bookkeeping a publish does on the draft (former slugs, today's date) is part of that publish.
    const keys = Object.keys(params.data ?? {});
    if (action === 'update' && keys.length > 0 && keys.every((key) => BOOKKEEPING.has(key))) return result;
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (!documentId) return result;
    const published = action === 'publish' || params.status === 'published';
    await record(strapi, documentId, published ? 'publish' : 'save');
    return result;
  });
}

export async function listVersions(strapi: Core.Strapi, documentId: string): Promise<Version[]> {
  const rows: {
    id: number;
    document_id: string;
    created_at: string | number | Date;
    editor: string;
    action: string;
  }[] = await withHistory(strapi, (history) =>
    history()
      .where({ document_id: documentId })
      .orderBy('id', 'desc')
      .limit(50)
      .select('id', 'document_id', 'created_at', 'editor', 'action'),
  );
  return rows.map((row) => ({
    id: row.id,
    documentId: row.document_id,
    createdAt: new Date(row.created_at).toISOString(),
    editor: row.editor,
    action: row.action,
  }));
}

async function versionData(strapi: Core.Strapi, documentId: string, id: number): Promise<Snapshot | null> {
  const row = await withHistory(strapi, (history) => history().where({ id, document_id: documentId }).first('data'));
  return row ? (JSON.parse(row.data) as Snapshot) : null;
}

/** Field by field, where a version differs from the current draft, in the edit view's words. */
export function differences(current: Snapshot, version: Snapshot) {
  return Object.entries(VERSIONED_FIELDS).flatMap(([field, label]) => {
    const now = JSON.stringify(current[field] ?? null);
    const then = JSON.stringify(version[field] ?? null);
    return now === then ? [] : [{ field, label, current: current[field] ?? null, version: version[field] ?? null }];
  });
}

/** Puts a version's fields into the draft (never straight to live): the editor reviews, then publishes. */
export async function restoreVersion(strapi: Core.Strapi, documentId: string, id: number): Promise<boolean> {
  const version = await versionData(strapi, documentId, id);
  if (!version) return false;
  const { tags, seo, ...fields } = version;
  // Only keys with a value: Strapi reads an undefined component or relation as a malformed one.
  const data = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  await strapi.documents(ARTICLE).update({
    documentId,
    data: {
      ...data,
      tags: Array.isArray(tags) ? tags : [],
      ...(seo && typeof seo === 'object' ? { seo } : {}),
    },
  });
  return true;
}

const canEditArticles = [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [['plugin::content-manager.explorer.update', ARTICLE]] } },
];

/**
 * Admin API behind the edit view's "History" panel:
 * GET  /newsroom/articles/:documentId/versions               → the latest 50 versions (who, when, save or publish)
 * GET  /newsroom/articles/:documentId/versions/:id           → how that version differs from the draft, field by field
 * POST /newsroom/articles/:documentId/versions/:id/restore   → its fields into the draft
 */
export function registerHistoryRoutes(strapi: Core.Strapi): void {
  const versionId = (ctx: Context) => {
    const id = Number(ctx.params.id);
    return Number.isSafeInteger(id) && id > 0 ? id : null;
  };
  const list = async (ctx: Context) => {
    ctx.send({ versions: await listVersions(strapi, String(ctx.params.documentId)) });
  };
  const compare = async (ctx: Context) => {
    const documentId = String(ctx.params.documentId);
    const id = versionId(ctx);
    const version = id === null ? null : await versionData(strapi, documentId, id);
    const current = await snapshotOf(strapi, documentId);
    if (!version || !current) return ctx.notFound('No such version of this article.');
    ctx.send({ differences: differences(current, version) });
  };
  const restore = async (ctx: Context) => {
    const documentId = String(ctx.params.documentId);
    const id = versionId(ctx);
    if (id === null || !(await restoreVersion(strapi, documentId, id)))
      return ctx.notFound('No such version of this article.');
    ctx.send({ restored: id });
  };
  const config = { policies: canEditArticles };
  strapi.server.routes({
    type: 'admin',
    prefix: '/newsroom',
    routes: [
      { method: 'GET', path: '/articles/:documentId/versions', handler: list, config, info: {} },
      { method: 'GET', path: '/articles/:documentId/versions/:id', handler: compare, config, info: {} },
      { method: 'POST', path: '/articles/:documentId/versions/:id/restore', handler: restore, config, info: {} },
    ],
  });
}
