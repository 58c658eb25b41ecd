/**
 * The register's figures match direct SQL counts and the pure math on a
 * generated register (the benchmark's generator, at a small size).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRegisterData } from '../../scripts/register-data.ts';
import type { Database } from '../../src/db/database.ts';
import { countRegister, firstContactByUnit, monthlyCounts, onTimeByUnit, overdueNowByUnit, periodBounds } from '../../src/db/register-store.ts';
import { median, percentile } from '../../src/register/register-format.ts';
import { tempDatabase } from './helpers/callback-fixture.ts';

const now = new Date('2026-12-01T12:00:00Z');
const period = { from: '2025-01-01', to: '2026-12-31' };
let t: ReturnType<typeof tempDatabase>;
let db: Database;
beforeAll(() => {
  t = tempDatabase();
  db = t.db;
  expect(generateRegisterData(db, { requests: 3000, history: 12_000, now })).toEqual({ requests: 3000, history: 12_000 });
});
afterAll(() => t.cleanup());

const n = (sql: string, ...params: string[]) => (db.prepare(sql).get(...params) as { n: number }).n;
const { start, end } = periodBounds(period.from, period.to);

describe('generated register', () => {
  it('has the requests and history asked for, and facts for every request', () => {
    expect(n('SELECT COUNT(*) AS n FROM requests')).toBe(3000);
    expect(n('SELECT COUNT(*) AS n FROM request_history')).toBe(12_000);
    expect(n('SELECT COUNT(*) AS n FROM request_facts')).toBe(3000);
  });

  it('counts the register as SQL does', () => {
    const base = { ...period, sort: 'wplyw' as const, direction: 'malejaco' as const, page: 1 };
    expect(countRegister(db, base, now)).toBe(n('SELECT COUNT(*) AS n FROM requests WHERE created_at >= ? AND created_at < ?', start, end));
    expect(countRegister(db, { ...base, kind: 'dostepnosc-cyfrowa' }, now)).toBe(n("SELECT COUNT(*) AS n FROM requests WHERE kind = 'dostepnosc-cyfrowa' AND created_at >= ? AND created_at < ?", start, end));
    expect(countRegister(db, { ...base, state: 'done', unitId: 'finanse' }, now)).toBe(n("SELECT COUNT(*) AS n FROM requests WHERE state = 'done' AND unit_id = 'finanse' AND created_at >= ? AND created_at < ?", start, end));
    expect(countRegister(db, { ...base, state: 'otwarte' }, now)).toBe(n("SELECT COUNT(*) AS n FROM requests WHERE state NOT IN ('done', 'unreachable') AND created_at >= ? AND created_at < ?", start, end));
  });

  it('sums the monthly figures to the period total', () => {
    const total = n('SELECT COUNT(*) AS n FROM requests WHERE created_at >= ? AND created_at < ?', start, end);
    expect(monthlyCounts(db, period, 'kind').reduce((s, r) => s + r.n, 0)).toBe(total);
    expect(monthlyCounts(db, period, 'channel_asked').reduce((s, r) => s + r.n, 0)).toBe(total);
  });

  it('computes per unit on-time shares, median and 90th percentile as the pure math on the raw rows', () => {
    for (const row of firstContactByUnit(db, period)) {
      const values = (db.prepare('SELECT first_contact_minutes AS m FROM request_facts WHERE unit_id = ? AND first_contact_minutes IS NOT NULL AND received_at >= ? AND received_at < ?').all(row.unit_id, start, end) as { m: number }[]).map((r) => r.m);
      expect(row.n).toBe(values.length);
      expect(row.median).toBe(median(values));
      expect(row.p90).toBe(percentile(values, 90));
    }
    const late = onTimeByUnit(db, period, now).reduce((s, r) => s + r.late, 0);
    const sqlLate = n(
      `SELECT COUNT(*) AS n FROM requests r WHERE r.created_at >= ? AND r.created_at < ? AND (
         (SELECT MIN(at) FROM request_history h WHERE h.request_id = r.id AND h.action IN ('attempt', 'done', 'unreachable')) > r.deadline_at
         OR (r.kind = 'oddzwonienie' AND NOT EXISTS (SELECT 1 FROM request_history h WHERE h.request_id = r.id AND h.action IN ('attempt', 'done', 'unreachable')) AND r.deadline_at <= ?)
         OR (r.kind <> 'oddzwonienie' AND r.deadline_at <= ?))`,
      start, end, now.toISOString(), now.toISOString(),
    );
    expect(late).toBe(sqlLate);
    expect(overdueNowByUnit(db, now).reduce((s, r) => s + r.n, 0)).toBe(n("SELECT COUNT(*) AS n FROM requests WHERE state NOT IN ('done', 'unreachable') AND deadline_at <= ?", now.toISOString()));
  });
});
