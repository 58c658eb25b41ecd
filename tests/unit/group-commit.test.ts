import { afterEach, describe, expect, it } from 'vitest';
import { commitTogether } from '../../src/db/group-commit.ts';
import { tempDatabase } from './helpers/callback-fixture.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

describe('group commit', () => {
  it('commits work queued in one turn together, rolling back only the piece that failed', async () => {
    const t = tempDatabase();
    cleanup = t.cleanup;
    t.db.exec('CREATE TABLE t (v TEXT NOT NULL UNIQUE)');
    const insert = (v: string) => () => t.db.prepare('INSERT INTO t (v) VALUES (?)').run(v).changes;
    const results = await Promise.allSettled([
      commitTogether(t.db, insert('a')),
      commitTogether(t.db, () => {
        insert('b')();
        insert('a')(); // violates UNIQUE: this piece, with its 'b', must vanish
      }),
      commitTogether(t.db, insert('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((t.db.prepare('SELECT v FROM t ORDER BY v').all() as { v: string }[]).map((r) => r.v)).toEqual(['a', 'c']);
    expect(t.db.isTransaction).toBe(false);
  });

  it('settles only after the data is committed', async () => {
    const t = tempDatabase();
    cleanup = t.cleanup;
    t.db.exec('CREATE TABLE t (v TEXT)');
    const pending = commitTogether(t.db, () => t.db.prepare('INSERT INTO t VALUES (?)').run('x'));
    expect(t.db.isTransaction).toBe(false);
    await pending;
    expect(t.db.isTransaction).toBe(false);
    expect((t.db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n).toBe(1);
  });
});
