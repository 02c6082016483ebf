import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';

/**
 * Published rows and what they link to, read in plain SQL for the page readers (page-reader.ts).
 *
 * Strapi's query engine builds every statement through its query builder and knex's: on a page
 * read first after an edit that bookkeeping, not the database, was most of the CMS's time. Here a
 * statement is written once from Strapi's own metadata (table, column and link-table names) and
 * its rows are turned into entities by Strapi's own `fromRow`, the step its engine ends with, so an
 * entity reads as Strapi's populate would have read it.
 *
 * Rows are published rows only (`published_at IS NOT NULL`). Linked rows are followed only into
 * types without drafts (components, pictures, authors, sections, tags); a relation into a type with
 * drafts, or of a kind this does not read, throws, and the reader hands the request to Strapi.
 */

export type Row = { id: number | string } & Record<string, unknown>;
/** The relations to read with each row, nested as Strapi's `populate` (`true`: the row alone). */
export type Populate = { readonly [field: string]: true | Populate };
export type RowQuery = {
  /** Rows whose `field` is one of `values` (ids, document ids, slugs…); none given: every row. */
  where?: { field: string; values: readonly (string | number)[] };
  orderBy?: readonly { field: string; direction: 'asc' | 'desc' }[];
  limit?: number;
  /**
   * The fields the rows are read for (any that is no column of the type is skipped); the id and
   * document id always. None given: every column.
   */
  fields?: readonly string[];
  populate?: Populate;
};

type JoinColumn = { name: string; referencedColumn: string };
type JoinTable = {
  name: string;
  joinColumn: JoinColumn;
  inverseJoinColumn: JoinColumn;
  on?: Record<string, string>;
  orderBy?: Record<string, 'asc' | 'desc'>;
  morphColumn?: { idColumn: JoinColumn; typeColumn: { name: string } };
};
type Attribute = {
  type: string;
  relation?: string;
  target?: string;
  morphBy?: string;
  columnName?: string;
  joinTable?: JoinTable;
};
type Meta = { uid: string; tableName: string; attributes: Record<string, Attribute> };

type FromRow = (meta: object, row: Record<string, unknown>) => Row;
// The last step of Strapi's query engine, columns to attributes (`@strapi/database` does not export it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fromRow } = require(
  path.join(path.dirname(require.resolve('@strapi/database')), 'query', 'helpers', 'transform.js'),
) as { fromRow: FromRow };

/** A table or column name from Strapi's metadata, quoted. */
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The owner's id on a linked row, under a name no Strapi column has (fromRow drops it). */
const OWNER = '__owner';

function metaOf(strapi: Core.Strapi, uid: string): Meta {
  const meta = strapi.db.metadata.get(uid) as Meta | undefined;
  if (!meta) throw new Error(`No metadata for ${uid}`);
  return meta;
}

function tableOf(strapi: Core.Strapi, table: string): string {
  const schema = strapi.db.getSchemaName();
  return schema ? `${quote(schema)}.${quote(table)}` : quote(table);
}

function columnOf(meta: Meta, field: string): string {
  const attribute = meta.attributes[field];
  if (!attribute || attribute.type === 'relation') {
    throw new Error(`${meta.uid}.${field} is not a column`);
  }
  return quote(attribute.columnName ?? field);
}

/** `t.*`, or the columns of `fields` that are columns (the id and document id always). */
function columnsOf(meta: Meta, fields: readonly string[] | undefined): string {
  if (!fields) return 't.*';
  const columns = new Set<string>(['t."id"']);
  for (const field of ['documentId', ...fields]) {
    const attribute = meta.attributes[field];
    if (attribute && attribute.type !== 'relation' && attribute.columnName)
      columns.add(`t.${quote(attribute.columnName)}`);
  }
  return [...columns].join(', ');
}

async function select(strapi: Core.Strapi, sql: string, bindings: readonly (string | number)[]) {
  const result = await strapi.db.connection.raw(sql, [...bindings]);
  return (Array.isArray(result) ? result : result.rows) as Record<string, unknown>[];
}

/** `?, ?, …`: `count` placeholders. */
const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/**
 * The rows whose links are read: an `IN (…)` list, ids or a statement selecting them, with its
 * bindings. A statement lets the links be read beside the rows, not after them.
 */
type Owners = { sql: string; bindings: readonly (string | number)[] };

/** Published rows of `uid` as `query` asks, each with the relations it names. */
export async function readPublishedRows(strapi: Core.Strapi, uid: string, query: RowQuery = {}): Promise<Row[]> {
  const meta = metaOf(strapi, uid);
  const bindings: (string | number)[] = [];
  const conditions = [`t.${columnOf(meta, 'publishedAt')} IS NOT NULL`];
  if (query.where) {
    if (query.where.values.length === 0) return [];
    conditions.push(`t.${columnOf(meta, query.where.field)} IN (${placeholders(query.where.values.length)})`);
    bindings.push(...query.where.values);
  }
  const order = (query.orderBy ?? []).map(
    ({ field, direction }) => `t.${columnOf(meta, field)} ${direction === 'desc' ? 'DESC' : 'ASC'}`,
  );
  // Ties broken by id, so that the statement selecting the owners of the links picks the same rows.
  if (order.length > 0) order.push('t."id" ASC');
  let from = `FROM ${tableOf(strapi, meta.tableName)} t WHERE ${conditions.join(' AND ')}`;
  if (order.length > 0) from += ` ORDER BY ${order.join(', ')}`;
  if (query.limit !== undefined) {
    from += ' LIMIT ?';
    bindings.push(Math.max(0, Math.trunc(query.limit)));
  }
  const populate = query.populate ?? {};
  // The links are read beside the rows: by their ids when known, else by the rows' own statement.
  const owners: Owners =
    query.where?.field === 'id'
      ? { sql: placeholders(query.where.values.length), bindings: query.where.values }
      : { sql: `SELECT t."id" ${from}`, bindings };
  const [found, links] = await Promise.all([
    select(strapi, `SELECT ${columnsOf(meta, query.fields)} ${from}`, bindings),
    readLinks(strapi, uid, owners, populate),
  ]);
  const rows = found.map((row) => fromRow(meta, row));
  attachLinks(rows, links);
  return rows;
}

/** What one relation links each owner (by id) to. */
type Links = { field: string; single: boolean; byOwner: Map<string, Row[]> }[];

/**
 * The rows `populate` names for the `owners` (rows of `uid`), nested relations too: every level
 * is read at once, a nested one by a statement selecting the rows the level above links to.
 */
async function readLinks(strapi: Core.Strapi, uid: string, owners: Owners, populate: Populate): Promise<Links> {
  const meta = metaOf(strapi, uid);
  return Promise.all(
    Object.entries(populate).map(async ([field, nested]) => {
      const link = linkOf(strapi, meta, field);
      const [found, below] = await Promise.all([
        select(strapi, link.sql(owners.sql), [...owners.bindings, ...link.bindings]),
        nested === true ? [] : readLinks(strapi, link.target, link.targets(owners), nested),
      ]);
      const targetMeta = metaOf(strapi, link.target);
      const byOwner = new Map<string, Row[]>();
      const targets: Row[] = [];
      for (const raw of found) {
        const target = fromRow(targetMeta, raw);
        const owner = String(raw[OWNER]);
        byOwner.set(owner, [...(byOwner.get(owner) ?? []), target]);
        targets.push(target);
      }
      attachLinks(targets, below);
      return { field, single: link.single, byOwner };
    }),
  );
}

function attachLinks(rows: Row[], links: Links): void {
  for (const { field, single, byOwner } of links) {
    for (const row of rows) {
      const linked = byOwner.get(String(row.id)) ?? [];
      row[field] = single ? (linked[0] ?? null) : linked;
    }
  }
}

type Link = {
  target: string;
  single: boolean;
  /** The linked rows with their owner's id, for the owners in the `IN (…)` list given. */
  sql: (owners: string) => string;
  /** The statement's own bindings, after the owners'. */
  bindings: readonly (string | number)[];
  /** The linked rows' ids, as owners for the relations below. */
  targets: (owners: Owners) => Owners;
};

/** How `field` of `meta` is read: its target, whether it is one row or a list, and its statement. */
function linkOf(strapi: Core.Strapi, meta: Meta, field: string): Link {
  const attribute = meta.attributes[field];
  const where = `${meta.uid}.${field}`;
  if (!attribute || attribute.type !== 'relation' || !attribute.target) throw new Error(`${where} is not a relation`);
  const target = attribute.target;
  const targetMeta = metaOf(strapi, target);
  const model = strapi.getModel(target as UID.Schema);
  if (model && contentTypes.hasDraftAndPublish(model)) throw new Error(`${where} links to a type with drafts`);
  const targetTable = tableOf(strapi, targetMeta.tableName);
  const ordered = (joinTable: JoinTable) =>
    Object.entries(joinTable.orderBy ?? {})
      .map(([column, direction]) => `j.${quote(column)} ${direction === 'desc' ? 'DESC' : 'ASC'}`)
      .concat('j."id" ASC')
      .join(', ');
  const fixed = (joinTable: JoinTable, extra: Record<string, string> = {}) =>
    Object.entries({ ...joinTable.on, ...extra });

  if (/^(oneToOne|manyToOne|oneToMany|manyToMany)$/.test(attribute.relation ?? '') && attribute.joinTable) {
    const joinTable = attribute.joinTable;
    if (joinTable.morphColumn || joinTable.joinColumn.referencedColumn !== 'id') {
      throw new Error(`${where} is not a plain link`);
    }
    const on = fixed(joinTable);
    const owner = `j.${quote(joinTable.joinColumn.name)}`;
    const table = `${tableOf(strapi, joinTable.name)} j`;
    const linksOf = (owners: string) =>
      `${owner} IN (${owners})` + on.map(([column]) => ` AND j.${quote(column)} = ?`).join('');
    const bindings = on.map(([, value]) => value);
    const inverse = joinTable.inverseJoinColumn;
    return {
      target,
      single: /^(oneToOne|manyToOne)$/.test(attribute.relation ?? ''),
      sql: (owners) =>
        `SELECT ${owner} AS ${quote(OWNER)}, t.* FROM ${targetTable} t` +
        ` JOIN ${table} ON j.${quote(inverse.name)} = t.${quote(inverse.referencedColumn)} WHERE ${linksOf(owners)}` +
        ` ORDER BY ${owner}, ${ordered(joinTable)}`,
      bindings,
      targets: (owners) => {
        if (inverse.referencedColumn !== 'id') throw new Error(`${where} does not link by id`);
        return {
          sql: `SELECT j.${quote(inverse.name)} FROM ${table} WHERE ${linksOf(owners.sql)}`,
          bindings: [...owners.bindings, ...bindings],
        };
      },
    };
  }

  if (/^(morphOne|morphMany)$/.test(attribute.relation ?? '') && attribute.morphBy) {
    // A picture: the link rows live with the file, keyed by the owner's type, id and field.
    const joinTable = targetMeta.attributes[attribute.morphBy]?.joinTable;
    const morph = joinTable?.morphColumn;
    if (!joinTable || !morph || morph.idColumn.referencedColumn !== 'id')
      throw new Error(`${where} is not a plain morph`);
    const on = fixed(joinTable, { field });
    const owner = `j.${quote(morph.idColumn.name)}`;
    const table = `${tableOf(strapi, joinTable.name)} j`;
    const linksOf = (owners: string) =>
      `${owner} IN (${owners}) AND j.${quote(morph.typeColumn.name)} = ?` +
      on.map(([column]) => ` AND j.${quote(column)} = ?`).join('');
    const bindings = [meta.uid, ...on.map(([, value]) => value)];
    const file = joinTable.joinColumn;
    return {
      target,
      single: attribute.relation === 'morphOne',
      sql: (owners) =>
        `SELECT ${owner} AS ${quote(OWNER)}, t.* FROM ${targetTable} t` +
        ` JOIN ${table} ON j.${quote(file.name)} = t.${quote(file.referencedColumn)} WHERE ${linksOf(owners)}` +
        ` ORDER BY ${owner}, ${ordered(joinTable)}`,
      bindings,
      targets: (owners) => {
        if (file.referencedColumn !== 'id') throw new Error(`${where} does not link by id`);
        return {
          sql: `SELECT j.${quote(file.name)} FROM ${table} WHERE ${linksOf(owners.sql)}`,
          bindings: [...owners.bindings, ...bindings],
        };
      },
    };
  }
  throw new Error(`${where} is a ${attribute.relation} relation, which this does not read`);
}
