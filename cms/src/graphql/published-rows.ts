import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { quoteName, quoteTable, selectRows } from '../database/sql';

/**
 * Published rows and what they link to, read in plain SQL for the page readers (page-reader.ts).
 *
 * Strapi's query engine builds every statement through its query builder and knex's: on a page
 * read first after an edit that bookkeeping, not the database, was most of the CMS's time. Here a
 * statement is written once from Strapi's own metadata (table, column and link-table names) and
 * its rows are turned into entities by Strapi's own `fromRow`, the step its engine ends with, so an
 * entity reads as Strapi's populate would have read it.
 *
 * Every statement costs a round trip and, on PostgreSQL, planning that takes longer than running
 * it: so a relation to one row (a picture, an author, a section, a component) is joined into the
 * statement of the rows it hangs off, nested ones too, and a relation to a list (tags) is one
 * statement of its own, sent beside the rows (it selects its owners with the rows' own conditions).
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
type Meta = {
  uid: string;
  tableName: string;
  attributes: Record<string, Attribute>;
  columnToAttribute: Record<string, string>;
};

type FromRow = (meta: object, row: Record<string, unknown>) => Row;
// The last step of Strapi's query engine, columns to attributes (`@strapi/database` does not export it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fromRow } = require(
  path.join(path.dirname(require.resolve('@strapi/database')), 'query', 'helpers', 'transform.js'),
) as { fromRow: FromRow };

/** The owner's id on a linked row, under a name no Strapi column has (fromRow drops it). */
const OWNER = '__owner';

function metaOf(strapi: Core.Strapi, uid: string): Meta {
  const meta = strapi.db.metadata.get(uid) as Meta | undefined;
  if (!meta) throw new Error(`No metadata for ${uid}`);
  return meta;
}

function columnOf(meta: Meta, field: string): string {
  const attribute = meta.attributes[field];
  if (!attribute || attribute.type === 'relation') {
    throw new Error(`${meta.uid}.${field} is not a column`);
  }
  return quoteName(attribute.columnName ?? field);
}

/**
 * The columns a row is read with: those of `fields` (the id and document id always), or every
 * column of the type. Named, never `*`: a prepared statement's answer keeps its shape when a
 * column is added.
 */
function columnNames(meta: Meta, fields?: readonly string[]): string[] {
  if (!fields) {
    let all = allColumns.get(meta);
    if (!all) allColumns.set(meta, (all = columnsOf(meta)));
    return all;
  }
  return columnsOf(meta, fields);
}
// Every column of each type, worked out once (Strapi's metadata does not change while it runs).
const allColumns = new WeakMap<Meta, string[]>();

function columnsOf(meta: Meta, fields?: readonly string[]): string[] {
  const columns = new Set<string>(['id']);
  if (fields) {
    for (const field of ['documentId', ...fields]) {
      const attribute = meta.attributes[field];
      if (attribute && attribute.type !== 'relation' && attribute.columnName) columns.add(attribute.columnName);
    }
  } else {
    for (const [column, field] of Object.entries(meta.columnToAttribute)) {
      if (meta.attributes[field]?.type !== 'relation') columns.add(column);
    }
  }
  return [...columns];
}

/** `?, ?, …`: `count` placeholders. */
const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/**
 * The rows whose links are read: an `IN (…)` list, ids or a statement selecting them, with its
 * bindings. A statement lets the links be read beside the rows, not after them.
 */
type Owners = { sql: string; bindings: readonly (string | number)[] };

/** A relation to one row, joined into its owner's statement, with the relations below it. */
type Joined = {
  field: string;
  meta: Meta;
  /** Result column alias → the target's column. */
  columns: [alias: string, column: string][];
  joined: Joined[];
  /** Relations to lists below it, read by a statement of their own. */
  lists: Promise<Links>;
};

/** Published rows of `uid` as `query` asks, each with the relations it names. */
export async function readPublishedRows(strapi: Core.Strapi, uid: string, query: RowQuery = {}): Promise<Row[]> {
  const meta = metaOf(strapi, uid);
  const where: string[] = [`t.${columnOf(meta, 'publishedAt')} IS NOT NULL`];
  const whereBindings: (string | number)[] = [];
  if (query.where) {
    if (query.where.values.length === 0) return [];
    where.push(`t.${columnOf(meta, query.where.field)} IN (${placeholders(query.where.values.length)})`);
    whereBindings.push(...query.where.values);
  }
  const order = (query.orderBy ?? []).map(
    ({ field, direction }) => `t.${columnOf(meta, field)} ${direction === 'desc' ? 'DESC' : 'ASC'}`,
  );
  // Ties broken by id, so that the statement selecting the owners of the links picks the same rows.
  if (order.length > 0) order.push('t."id" ASC');
  const limit = query.limit === undefined ? [] : [Math.max(0, Math.trunc(query.limit))];
  const tail = `${order.length > 0 ? ` ORDER BY ${order.join(', ')}` : ''}${limit.length > 0 ? ' LIMIT ?' : ''}`;
  const table = `${quoteTable(strapi, meta.tableName)} t`;
  // What the links are read by: the rows' ids when known, else the rows' own statement.
  const owners: Owners =
    query.where?.field === 'id'
      ? { sql: placeholders(query.where.values.length), bindings: query.where.values }
      : {
          sql: `SELECT t."id" FROM ${table} WHERE ${where.join(' AND ')}${tail}`,
          bindings: [...whereBindings, ...limit],
        };

  const select = columnNames(meta, query.fields).map((column) => `t.${quoteName(column)}`);
  const joins: string[] = [];
  const joinBindings: (string | number)[] = [];
  const joinOrder: string[] = [];
  let aliases = 0;
  /** Joins the relations to one row of `populate` onto the row aliased `owner`; the rest are lists. */
  const plan = (
    ownerMeta: Meta,
    owner: string,
    ownerOwners: Owners,
    populate: Populate,
  ): { joined: Joined[]; lists: Promise<Links> } => {
    const joined: Joined[] = [];
    const lists: Record<string, true | Populate> = {};
    for (const [field, nested] of Object.entries(populate)) {
      const link = linkOf(strapi, ownerMeta, field);
      if (!link.single) {
        lists[field] = nested;
        continue;
      }
      aliases += 1;
      const [j, r] = [`j${aliases}`, `r${aliases}`];
      const targetMeta = metaOf(strapi, link.target);
      joins.push(
        `LEFT JOIN ${link.table} ${j} ON ${j}.${link.owner} = ${owner}."id"` +
          link.fixed.map(([column]) => ` AND ${j}.${column} = ?`).join('') +
          ` LEFT JOIN ${quoteTable(strapi, targetMeta.tableName)} ${r} ON ${r}.${link.referenced} = ${j}.${link.linked}`,
      );
      joinBindings.push(...link.fixed.map(([, value]) => value));
      joinOrder.push(...link.order(j));
      const columns = columnNames(targetMeta).map((column, i): [string, string] => [`__${r}_${i}`, column]);
      select.push(...columns.map(([alias, column]) => `${r}.${quoteName(column)} AS ${quoteName(alias)}`));
      const below =
        nested === true
          ? { joined: [], lists: Promise.resolve([]) }
          : plan(targetMeta, r, link.targets(ownerOwners), nested);
      // Awaited once the rows are in; should the rows' statement fail first, its failure is the
      // one reported, not an unhandled rejection here.
      below.lists.catch(() => undefined);
      joined.push({ field, meta: targetMeta, columns, ...below });
    }
    return { joined, lists: readLinks(strapi, ownerMeta.uid, ownerOwners, lists) };
  };
  const { joined, lists } = plan(meta, 't', owners, query.populate ?? {});
  // A relation to one row has one link row; were there more, the first in link order is read.
  const ordered = joinOrder.length > 0 ? [...(order.length > 0 ? order : ['t."id" ASC']), ...joinOrder] : order;
  const sql =
    `SELECT ${select.join(', ')} FROM ${table} ${joins.join(' ')} WHERE ${where.join(' AND ')}` +
    `${ordered.length > 0 ? ` ORDER BY ${ordered.join(', ')}` : ''}${limit.length > 0 ? ' LIMIT ?' : ''}`;
  const [found, links] = await Promise.all([
    selectRows(strapi, sql, [...joinBindings, ...whereBindings, ...limit]),
    lists,
  ]);
  // One entity per row id: the first of its rows.
  const seen = new Set<string>();
  const entities = found.map((raw) => {
    const row = fromRow(meta, raw);
    if (seen.has(String(row.id))) return null;
    seen.add(String(row.id));
    return row;
  });
  await attachJoined(entities, found, joined);
  const rows = entities.filter((row) => row !== null);
  attachLinks(rows, links);
  return rows;
}

/**
 * Sets each joined relation on its owner (null where there is no link), then what hangs below it.
 * `owners[i]` is the entity read from `found[i]`, null for a row left out.
 */
async function attachJoined(owners: (Row | null)[], found: Record<string, unknown>[], joined: Joined[]): Promise<void> {
  for (const relation of joined) {
    const targets = found.map((raw, i) => {
      const owner = owners[i];
      if (!owner) return null;
      const row: Record<string, unknown> = {};
      for (const [alias, column] of relation.columns) row[column] = raw[alias];
      const target = row.id === null || row.id === undefined ? null : fromRow(relation.meta, row);
      owner[relation.field] = target;
      return target;
    });
    await attachJoined(targets, found, relation.joined);
    attachLinks(
      targets.filter((row) => row !== null),
      await relation.lists,
    );
  }
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
        selectRows(strapi, link.sql(owners.sql), [...owners.bindings, ...link.bindings]),
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
  /** The link table (quoted), and its columns: the owner's id and the linked row's. */
  table: string;
  owner: string;
  linked: string;
  /** The linked row's column the link holds (quoted; its id). */
  referenced: string;
  /** Conditions every link row of this relation meets: quoted column, value. */
  fixed: [column: string, value: string][];
  /** The link rows' order, on the link table aliased `alias`. */
  order: (alias: string) => string[];
  /** The linked rows with their owner's id, for the owners in the `IN (…)` list given. */
  sql: (owners: string) => string;
  /** The statement's own bindings, after the owners'. */
  bindings: readonly (string | number)[];
  /** The linked rows' ids, as owners for the relations below. */
  targets: (owners: Owners) => Owners;
};

/** How `field` of `meta` is read: its target, whether it is one row or a list, and its statements. */
function linkOf(strapi: Core.Strapi, meta: Meta, field: string): Link {
  let links = linksOf.get(meta);
  if (!links) linksOf.set(meta, (links = new Map()));
  let link = links.get(field);
  if (!link) links.set(field, (link = describeLink(strapi, meta, field)));
  return link;
}
// Each relation's statements, worked out once per type's metadata.
const linksOf = new WeakMap<Meta, Map<string, Link>>();

function describeLink(strapi: Core.Strapi, meta: Meta, field: string): Link {
  const attribute = meta.attributes[field];
  const where = `${meta.uid}.${field}`;
  if (!attribute || attribute.type !== 'relation' || !attribute.target) throw new Error(`${where} is not a relation`);
  const target = attribute.target;
  const targetMeta = metaOf(strapi, target);
  const model = strapi.getModel(target as UID.Schema);
  if (model && contentTypes.hasDraftAndPublish(model)) throw new Error(`${where} links to a type with drafts`);

  let link: Omit<Link, 'order' | 'sql' | 'bindings' | 'targets'> & { joinTable: JoinTable };
  if (/^(oneToOne|manyToOne|oneToMany|manyToMany)$/.test(attribute.relation ?? '') && attribute.joinTable) {
    const joinTable = attribute.joinTable;
    if (joinTable.morphColumn || joinTable.joinColumn.referencedColumn !== 'id') {
      throw new Error(`${where} is not a plain link`);
    }
    link = {
      target,
      single: /^(oneToOne|manyToOne)$/.test(attribute.relation ?? ''),
      joinTable,
      owner: joinTable.joinColumn.name,
      linked: joinTable.inverseJoinColumn.name,
      referenced: joinTable.inverseJoinColumn.referencedColumn,
      table: joinTable.name,
      fixed: Object.entries(joinTable.on ?? {}),
    };
  } else if (/^(morphOne|morphMany)$/.test(attribute.relation ?? '') && attribute.morphBy) {
    // A picture: the link rows live with the file, keyed by the owner's type, id and field.
    const joinTable = targetMeta.attributes[attribute.morphBy]?.joinTable;
    const morph = joinTable?.morphColumn;
    if (!joinTable || !morph || morph.idColumn.referencedColumn !== 'id')
      throw new Error(`${where} is not a plain morph`);
    link = {
      target,
      single: attribute.relation === 'morphOne',
      joinTable,
      owner: morph.idColumn.name,
      linked: joinTable.joinColumn.name,
      referenced: joinTable.joinColumn.referencedColumn,
      table: joinTable.name,
      fixed: [[morph.typeColumn.name, meta.uid], ...Object.entries({ ...joinTable.on, field })],
    };
  } else {
    throw new Error(`${where} is a ${attribute.relation} relation, which this does not read`);
  }

  const { joinTable, ...named } = link;
  const table = quoteTable(strapi, named.table);
  const [owner, linked, referenced] = [named.owner, named.linked, named.referenced].map(quoteName) as [
    string,
    string,
    string,
  ];
  const fixed = named.fixed.map(([column, value]): [string, string] => [quoteName(column), value]);
  const bindings = fixed.map(([, value]) => value);
  const conditions = (owners: string) =>
    `j.${owner} IN (${owners})` + fixed.map(([column]) => ` AND j.${column} = ?`).join('');
  const order = (alias: string) =>
    Object.entries(joinTable.orderBy ?? {})
      .map(([column, direction]) => `${alias}.${quoteName(column)} ${direction === 'desc' ? 'DESC' : 'ASC'}`)
      .concat(`${alias}."id" ASC`);
  const columns = columnNames(targetMeta)
    .map((column) => `t.${quoteName(column)}`)
    .join(', ');
  return {
    ...named,
    table,
    owner,
    linked,
    referenced,
    fixed,
    order,
    sql: (owners) =>
      `SELECT j.${owner} AS ${quoteName(OWNER)}, ${columns} FROM ${quoteTable(strapi, targetMeta.tableName)} t` +
      ` JOIN ${table} j ON j.${linked} = t.${referenced} WHERE ${conditions(owners)}` +
      ` ORDER BY j.${owner}, ${order('j').join(', ')}`,
    bindings,
    targets: (owners) => {
      if (named.referenced !== 'id') throw new Error(`${where} does not link by id`);
      return {
        sql: `SELECT j.${linked} FROM ${table} j WHERE ${conditions(owners.sql)}`,
        bindings: [...owners.bindings, ...bindings],
      };
    },
  };
}
