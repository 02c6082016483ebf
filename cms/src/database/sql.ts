import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * Hand-written SQL for the page readers, on SQLite and PostgreSQL alike: names from Strapi's
 * metadata quoted in one place, and statements run through one function.
 *
 * On PostgreSQL each statement is prepared once per connection, by a name derived from its text:
 * planning one of these joins took longer than running it (0.3 ms against 0.05 at 100,000
 * articles), and a page sends a few each. PostgreSQL re-plans a prepared statement itself when a
 * table it reads changes; the statements name their columns, so an added column changes nothing.
 * (SQLite keeps its compiled statements by text already: sqlite-statements.ts.)
 */

/** A table or column name, quoted. */
export const quoteName = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** A table's name, quoted, in the CMS's schema when it has one (PostgreSQL). */
export function quoteTable(strapi: Core.Strapi, table: string): string {
  const schema = strapi.db.getSchemaName();
  return schema ? `${quoteName(schema)}.${quoteName(table)}` : quoteName(table);
}

// Statement names by SQL text: a page reader writes a few dozen texts, and an `IN (…)` list one
// per length, so this stays small; it is emptied should it ever grow past the bound.
const STATEMENT_NAMES_KEPT = 2000;
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    if (statementNames.size >= STATEMENT_NAMES_KEPT) statementNames.clear();
    name = `newsroom_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`;
    statementNames.set(sql, name);
  }
  return name;
}

/** The rows a SELECT answers, `?` placeholders bound in order (see above for PostgreSQL). */
export async function selectRows<T = Record<string, unknown>>(
  strapi: Core.Strapi,
  sql: string,
  bindings: readonly (string | number)[],
): Promise<T[]> {
  const statement = strapi.db.connection.raw(sql, [...bindings]);
  if (strapi.db.dialect.client === 'postgres') statement.options({ name: statementName(sql) });
  const result = await statement;
  return (Array.isArray(result) ? result : result.rows) as T[];
}
