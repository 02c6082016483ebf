import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Core } from '@strapi/strapi';
import { quoteTable, selectRows } from '../database/sql';
import { isApiToken, type RequestAuth } from '../draft-privacy/credentials';

/**
 * The website's answers, kept until the content changes.
 *
 * Every page of the website asks the CMS the same few questions with its own read token; between
 * two edits the answers cannot differ. This keeps each answer the website's token was given, by
 * the content's version: one counter in the database that every write of every model increments
 * in its own transaction (a Strapi lifecycle subscriber, for all models), so the counter and the
 * data it stands for become visible together. A request reads the counter first and looks up its
 * answer under it; an answer computed while a write commits is filed under the old counter, which
 * that commit has already made obsolete. Several CMS instances share the counter, so a write on
 * one makes every instance's answers obsolete at once.
 *
 * Only the website's published-only token is served from here (one token id, decided at
 * bootstrap), only queries, and only answers without errors. Previews, review links, the admin and
 * any other token always run their query.
 */

export const CONTENT_VERSION_TABLE = 'newsroom_content_version';

/** How much memory answers may take, by the length of their JSON, and how many there may be. */
export const RESPONSE_CACHE_LIMITS = { bytes: 64 * 2 ** 20, entries: 5000 };

type Settings = { strapi: Core.Strapi; readerTokenId: number | string };
let settings: Settings | null = null;

class AnswerStore {
  private entries = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly limits: { bytes: number; entries: number }) {}

  get(key: string): string | undefined {
    const json = this.entries.get(key);
    if (json === undefined) return undefined;
    // Most recently used last: the first entry is the one to evict.
    this.entries.delete(key);
    this.entries.set(key, json);
    return json;
  }

  set(key: string, json: string): void {
    if (json.length > this.limits.bytes) return;
    this.delete(key);
    this.entries.set(key, json);
    this.bytes += json.length;
    while (this.bytes > this.limits.bytes || this.entries.size > this.limits.entries) {
      const oldest = this.entries.keys().next().value as string;
      this.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const json = this.entries.get(key);
    if (json === undefined) return;
    this.entries.delete(key);
    this.bytes -= json.length;
  }
}

const answers = new AnswerStore(RESPONSE_CACHE_LIMITS);

const versionTable = (strapi: Core.Strapi, connection = strapi.db.connection) => {
  const schema = strapi.db.getSchemaName();
  return schema ? connection(CONTENT_VERSION_TABLE).withSchema(schema) : connection(CONTENT_VERSION_TABLE);
};

/**
 * The counters as they stand: the content's version, which every write moves, and the access
 * version, which only writes to the admin's own models (tokens, their permissions, admin users
 * and roles) move. What depends on who may read (a token's lookup) is kept under the access
 * version, so an edit to an article leaves it kept.
 */
export type Versions = { content: string; access: string };

async function readVersions(strapi: Core.Strapi): Promise<Versions> {
  const [row] = await selectRows<{ version: number | string; access_version: number | string }>(
    strapi,
    `SELECT "version", "access_version" FROM ${quoteTable(strapi, CONTENT_VERSION_TABLE)} WHERE "id" = 1`,
    [],
  );
  return { content: String(row?.version ?? 0), access: String(row?.access_version ?? 0) };
}

/** The content's version now. */
export async function contentVersion(strapi: Core.Strapi): Promise<string> {
  return (await readVersions(strapi)).content;
}

// The versions each request read first, by its Koa context: one read per request, however many ask.
const versionsOfRequest = new WeakMap<object, Promise<Versions>>();

/**
 * The versions as the current HTTP request first read them, or read again after the request
 * itself moved them (the versions now, outside a request). What a request keeps or reuses is
 * filed under this reading.
 */
function requestVersions(strapi: Core.Strapi): Promise<Versions> {
  const request: unknown = strapi.requestContext.get();
  if (typeof request !== 'object' || request === null) return readVersions(strapi);
  let versions = versionsOfRequest.get(request);
  if (!versions) {
    versions = readVersions(strapi);
    versionsOfRequest.set(request, versions);
    // A failed read is not remembered: the next caller reads again.
    versions.catch(() => versionsOfRequest.delete(request));
  }
  return versions;
}

/** The content's version as the current request reads it (see requestVersions). */
export async function requestContentVersion(strapi: Core.Strapi): Promise<string> {
  return (await requestVersions(strapi)).content;
}

/** The access version as the current request reads it (see requestVersions). */
export async function requestAccessVersion(strapi: Core.Strapi): Promise<string> {
  return (await requestVersions(strapi)).access;
}

/** Models whose writes are content only: they cannot change who may read, so leave the access version. */
const CONTENT_PLUGIN_MODELS = new Set(['plugin::upload.file', 'plugin::upload.folder']);

/**
 * Whether a write to the model `uid` moves the access version. Every model does (tokens, admin
 * users, roles, permissions, any plugin's models, one added later) except the publication's own
 * content: its content types (`api::`), its components and the media library.
 */
export function movesAccess(strapi: Core.Strapi, uid: string): boolean {
  const content =
    (uid.startsWith('api::') && uid in strapi.contentTypes) ||
    uid in strapi.components ||
    CONTENT_PLUGIN_MODELS.has(uid);
  return !content;
}

// Transactions that have already moved the versions, and whether the access version too.
const moved = new WeakMap<object, { access: boolean }>();

/**
 * Moves the content's version on (and the access version, when `access`), inside the current
 * transaction if there is one.
 */
export async function moveContentVersion(strapi: Core.Strapi, { access = false } = {}): Promise<void> {
  await strapi.db.transaction(async ({ trx }) => {
    const before = moved.get(trx);
    if (before && (before.access || !access)) return;
    moved.set(trx, { access });
    // A transaction that moved the content's version already moves only the access version now.
    const update = before ? {} : { version: strapi.db.connection.raw('?? + 1', ['version']) };
    await versionTable(strapi, trx)
      .where({ id: 1 })
      .update({
        ...update,
        ...(access ? { access_version: strapi.db.connection.raw('?? + 1', ['access_version']) } : {}),
      });
  });
  // A request that wrote (Strapi noting a token's last use, say) reads the versions again.
  const request: unknown = strapi.requestContext.get();
  if (typeof request === 'object' && request !== null) versionsOfRequest.delete(request);
}

/**
 * Creates the version counter and subscribes to every write. Runs at bootstrap, before anything
 * is seeded; `readerTokenId` is the website's token (null: nothing is kept).
 */
export async function startResponseCache(strapi: Core.Strapi, readerTokenId: number | string | null): Promise<void> {
  const schema = strapi.db.getSchemaName();
  // A fresh schema builder per statement: knex's builder replays what it was given before.
  const builder = () => (schema ? strapi.db.connection.schema.withSchema(schema) : strapi.db.connection.schema);
  if (!(await builder().hasTable(CONTENT_VERSION_TABLE))) {
    await builder().createTable(CONTENT_VERSION_TABLE, (table) => {
      table.integer('id').primary();
      table.bigInteger('version').notNullable().defaultTo(0);
    });
  }
  if (!(await builder().hasColumn(CONTENT_VERSION_TABLE, 'access_version'))) {
    await builder().alterTable(CONTENT_VERSION_TABLE, (table) => {
      table.bigInteger('access_version').notNullable().defaultTo(0);
    });
  }
  const existing = await versionTable(strapi).where({ id: 1 }).first('id');
  if (!existing) await versionTable(strapi).insert({ id: 1, version: 0 });

  const move = (event: { model: { uid: string } }) =>
    moveContentVersion(strapi, { access: movesAccess(strapi, event.model.uid) });
  // No `models`: every model, content and settings and tokens alike. A write that touches no
  // answer only costs the next requests their cached answers.
  strapi.db.lifecycles.subscribe({
    afterCreate: move,
    afterCreateMany: move,
    afterUpdate: move,
    afterUpdateMany: move,
    afterDelete: move,
    afterDeleteMany: move,
  });
  answers.clear();
  settings = readerTokenId === null ? null : { strapi, readerTokenId };
}

/** Stops serving kept answers (the CMS shutting down). */
export function stopResponseCache(): void {
  settings = null;
  answers.clear();
}

/**
 * The Apollo Server plugin that answers from the store and fills it. Registered in the GraphQL
 * plugin's configuration; it keeps nothing until `startResponseCache` has run.
 */
export function responseCachePlugin(): ApolloServerPlugin<{ state?: { auth?: RequestAuth } }> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<{ state?: { auth?: RequestAuth } }>> {
      let key: string | null = null;
      return {
        async responseForOperation(context) {
          const current = settings;
          if (!current || context.operation.operation !== 'query') return null;
          if (!isApiToken(context.contextValue.state?.auth, current.readerTokenId)) return null;
          const version = await requestContentVersion(current.strapi);
          key = createHash('sha256')
            .update(
              JSON.stringify([
                version,
                current.readerTokenId,
                context.queryHash,
                context.operationName ?? null,
                context.request.variables ?? {},
              ]),
            )
            .digest('base64url');
          const kept = answers.get(key);
          context.response.http.headers.set('x-cms-cache', kept === undefined ? 'miss' : 'hit');
          if (kept === undefined) return null;
          key = null;
          return { http: context.response.http, body: { kind: 'single', singleResult: JSON.parse(kept) } };
        },
        async willSendResponse(context) {
          if (!key || !settings) return;
          const { body } = context.response;
          if (body.kind !== 'single' || body.singleResult.errors !== undefined) return;
          answers.set(key, JSON.stringify(body.singleResult));
        },
      };
    },
  };
}
