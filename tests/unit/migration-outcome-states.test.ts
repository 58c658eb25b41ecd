/** Migration 21 rebuilds the requests table for the accessibility outcomes: rows, history and mail survive; cascades still work. */
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/database.ts';
import { migrations } from '../../src/db/migrations.ts';

function databaseAt(version: number): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  for (const m of migrations.filter((x) => x.version <= version)) db.exec(m.sql);
  db.exec(`PRAGMA user_version = ${version}`);
  return db;
}

describe('migration 21 (outcome states)', () => {
  it('keeps every request, its history and its mail, and still deletes them together', () => {
    const db = databaseAt(20);
    db.exec(`INSERT INTO requests (id, reference, view_token, status, created_at, topic_id, unit_id, deadline_at, payload, state, version, kind)
      VALUES (7, 'AAA-111', 't', 'accepted', '2026-12-01T10:00:00.000Z', 'strona', 'koordynator', '2026-12-08T22:59:00.000Z', '{}', 'in-progress', 2, 'dostepnosc-cyfrowa')`);
    db.exec(`INSERT INTO request_history (request_id, version, at, action, state, actor) VALUES (7, 2, '2026-12-01T11:00:00.000Z', 'take', 'in-progress', 'Ewa')`);
    db.exec(`INSERT INTO outbox (request_id, kind, message_id, recipients, fallback_to, message, status, created_at, available_at) VALUES (7, 'staff', '<m@x>', '[]', '[]', '{}', 'pending', 'x', 'x')`);
    migrate(db);
    expect((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBe(migrations.at(-1)!.version);
    expect(db.prepare('SELECT id, reference, state, version, kind FROM requests').all()).toEqual([{ id: 7, reference: 'AAA-111', state: 'in-progress', version: 2, kind: 'dostepnosc-cyfrowa' }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM request_history').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 1 });
    expect((db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys).toBe(1);
    db.exec("UPDATE requests SET state = 'refused' WHERE id = 7");
    expect(() => db.exec("UPDATE requests SET state = 'lost' WHERE id = 7")).toThrow(/CHECK/);
    db.exec('DELETE FROM requests WHERE id = 7');
    expect(db.prepare('SELECT (SELECT COUNT(*) FROM request_history) + (SELECT COUNT(*) FROM outbox) AS n').get()).toEqual({ n: 0 });
  });
});
