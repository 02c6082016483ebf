/**
 * SQLite (better-sqlite3) compiles every statement knex sends afresh: on a page read of some forty
 * statements that is a millisecond of the CMS's time spent parsing SQL it parsed a moment ago.
 * Each connection keeps its most recently used compiled statements by their SQL text instead.
 *
 * Safe because knex runs a statement to completion (`all` or `run`) before it sends the next one,
 * and better-sqlite3 rebinds parameters on every run; SQLite recompiles a kept statement itself
 * when the schema changes under it. Statements differ by text only where knex writes a different
 * number of placeholders (`IN (?, ?, …)`), so a bounded cache holds the working set.
 */

/** Most compiled statements kept per connection. */
export const KEPT_STATEMENTS = 500;

type Connection = { prepare: (sql: string) => unknown };
const isConnection = (value: unknown): value is Connection =>
  typeof value === 'object' && value !== null && typeof (value as Partial<Connection>).prepare === 'function';

/** The connection, its `prepare` answering from the kept statements (a non-SQLite value is left as it is). */
export function keepCompiledStatements<C>(connection: C, limit = KEPT_STATEMENTS): C {
  if (!isConnection(connection)) return connection;
  const compile = connection.prepare.bind(connection);
  const kept = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    let statement = kept.get(sql);
    if (statement === undefined) {
      statement = compile(sql);
      if (kept.size >= limit) kept.delete(kept.keys().next().value as string);
    } else {
      // Most recently used last: the first key is the one to forget.
      kept.delete(sql);
    }
    kept.set(sql, statement);
    return statement;
  };
  return connection;
}
