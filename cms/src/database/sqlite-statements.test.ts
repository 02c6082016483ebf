import { keepCompiledStatements } from './sqlite-statements';

// better-sqlite3 ships no types of its own: the little of it these tests use.
type Statement = { get: (...params: unknown[]) => unknown; all: (...params: unknown[]) => unknown[] } & {
  run: (...params: unknown[]) => unknown;
};
type SqliteDatabase = { prepare: (sql: string) => Statement; exec: (sql: string) => void };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database: new (file: string) => SqliteDatabase = require('better-sqlite3');

describe('compiled SQLite statements kept per connection', () => {
  const open = (limit?: number) => {
    const db = keepCompiledStatements(new Database(':memory:'), limit);
    db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT)');
    db.prepare('INSERT INTO articles (title) VALUES (?), (?), (?)').run('one', 'two', 'three');
    return db;
  };

  it('compiles the same SQL once and answers each run with its own parameters', () => {
    const db = open();
    const first = db.prepare('SELECT title FROM articles WHERE id = ?');
    expect(first.get(1)).toEqual({ title: 'one' });
    const again = db.prepare('SELECT title FROM articles WHERE id = ?');
    expect(again).toBe(first);
    expect(again.get(3)).toEqual({ title: 'three' });
    // Positive control: different SQL is a different statement.
    expect(db.prepare('SELECT id FROM articles WHERE id = ?')).not.toBe(first);
  });

  it('sees rows and columns written after the statement was compiled', () => {
    const db = open();
    const count = () => db.prepare('SELECT * FROM articles WHERE id = 4').all();
    expect(count()).toEqual([]);
    db.exec("ALTER TABLE articles ADD COLUMN dek TEXT; INSERT INTO articles (id, title, dek) VALUES (4, 'four', 'd')");
    expect(count()).toEqual([{ id: 4, title: 'four', dek: 'd' }]);
  });

  it('forgets the least recently used statement beyond its limit', () => {
    const db = open(2);
    const a = db.prepare('SELECT 1');
    const b = db.prepare('SELECT 2');
    expect(db.prepare('SELECT 1')).toBe(a); // now the most recent
    db.prepare('SELECT 3'); // pushes out SELECT 2
    expect(db.prepare('SELECT 1')).toBe(a);
    expect(db.prepare('SELECT 2')).not.toBe(b);
  });
});
