import { afterEach, describe, expect, it } from 'vitest';
import type { CallbackRequest } from '../../src/callback/callback-request.ts';
import { findStaffListRowByReference, openRequestsOfUnits, staffListQueries } from '../../src/db/staff-store.ts';
import { tempDatabase } from './helpers/callback-fixture.ts';
import { storedRequest } from './helpers/staff-fixture.ts';

// Monday 30 November 2026 onwards; Warsaw is UTC+1.
const at = (day: number, hhmm: string) => new Date(`2026-12-0${day}T${hhmm}:00+01:00`);
let cleanup = (): void => {};
afterEach(() => {
  cleanup();
  cleanup = () => {};
});

function setup() {
  const t = tempDatabase();
  cleanup = t.cleanup;
  return t.db;
}

describe('openRequestsOfUnits', () => {
  it('lists the open requests of the given units by deadline, at most `limit`, with the total and the labels the resident was told', async () => {
    const db = setup();
    const a = await storedRequest(db, at(3, '10:00'));
    const b = await storedRequest(db, at(1, '10:00'));
    const c = await storedRequest(db, at(2, '10:00'));
    const closed = await storedRequest(db, at(1, '09:00'));
    const elsewhere = await storedRequest(db, at(1, '08:00'));
    db.prepare("UPDATE requests SET state = 'done' WHERE id = ?").run(closed.id);
    db.prepare("UPDATE requests SET unit_id = 'usc' WHERE id = ?").run(elsewhere.id);
    db.prepare("UPDATE requests SET state = 'in-progress' WHERE id = ?").run(c.id);
    // Deadlines in another order than the ids.
    const deadline = db.prepare('UPDATE requests SET deadline_at = ? WHERE id = ?');
    for (const [r, iso] of [[a, '2026-12-04T10:00:00.000Z'], [b, '2026-12-02T10:00:00.000Z'], [c, '2026-12-03T10:00:00.000Z'], [elsewhere, '2026-12-01T10:00:00.000Z']] as const) deadline.run(iso, r.id);
    const unit = (db.prepare('SELECT unit_id FROM requests WHERE id = ?').get(a.id) as { unit_id: string }).unit_id;

    const { rows, total } = openRequestsOfUnits(db, [unit], 2);
    expect(total).toBe(3);
    expect(rows.map((r) => r.reference)).toEqual([b.reference, c.reference]);
    const payload = JSON.parse((db.prepare('SELECT payload FROM requests WHERE id = ?').get(b.id) as { payload: string }).payload) as CallbackRequest;
    expect(rows[0]).toMatchObject({ id: b.id, unit_id: unit, state: 'new', deadline_label: payload.deadlineLabel, topic_name: payload.topic.name });
    expect(rows[1]!.state).toBe('in-progress');
    // Every column in its place: the same row as the query by reference reads it by name.
    expect(rows[0]).toEqual({ ...findStaffListRowByReference(db, b.reference) });
    expect(rows[0]!.deadline_at).toBe('2026-12-02T10:00:00.000Z');

    const both = openRequestsOfUnits(db, ['usc', unit], 10);
    expect(both.total).toBe(4);
    expect(both.rows.map((r) => r.reference)).toEqual([elsewhere.reference, b.reference, c.reference, a.reference]);
    expect(openRequestsOfUnits(db, [], 10)).toEqual({ rows: [], total: 0 });
    expect(openRequestsOfUnits(db, ['nie-ma-takiej'], 10)).toEqual({ rows: [], total: 0 });
  });

  it('finds a request by reference whatever its state', async () => {
    const db = setup();
    const r = await storedRequest(db, at(1, '10:00'));
    db.prepare("UPDATE requests SET state = 'done' WHERE id = ?").run(r.id);
    expect(findStaffListRowByReference(db, r.reference)).toMatchObject({ id: r.id, state: 'done' });
    expect(findStaffListRowByReference(db, 'KKK-KKK')).toBeUndefined();
  });

  it('reads the list and its count from the partial index alone, never from the table', () => {
    const db = setup();
    for (const n of [1, 6]) {
      const q = staffListQueries(n);
      const units = Array.from({ length: n }, (_, i) => `u${i}`);
      for (const [sql, args] of [[q.rows, [...units, 100]], [q.total, units]] as const) {
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((p) => p.detail);
        expect(plan.join(' | '), sql).toMatch(/COVERING INDEX requests_open_callbacks/);
        expect(plan.filter((d) => /^SCAN (requests|r)\b(?!.*INDEX)/.test(d)), sql).toEqual([]);
      }
    }
  });
});
