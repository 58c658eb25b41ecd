import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { arrayStatement, statement } from '../../src/db/database.ts';

describe('prepared statements kept per connection', () => {
  const db = new DatabaseSync(':memory:');
  db.exec("CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'x'), (2, 'y')");
  const sql = 'SELECT a, b FROM t ORDER BY a';

  it('are prepared once for the same SQL', () => {
    expect(statement(db, sql)).toBe(statement(db, sql));
    expect(arrayStatement(db, sql)).toBe(arrayStatement(db, sql));
  });

  it('give rows as arrays only to whoever asked for arrays, whatever the order of asking', () => {
    expect(arrayStatement(db, sql).all()).toEqual([[1, 'x'], [2, 'y']]);
    expect(statement(db, sql).all().map((r) => ({ ...r }))).toEqual([{ a: 1, b: 'x' }, { a: 2, b: 'y' }]);
    expect(arrayStatement(db, sql).get()).toEqual([1, 'x']);
  });
});
