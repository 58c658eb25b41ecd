/**
 * The register's figures and the report's counts match direct SQL counts
 * (the plain queries, window functions and all, written here as the
 * reference) on a generated register and on small hand-made ones: empty
 * periods, one unit, even and odd counts, a period across months, and the
 * kept counts after a new history entry, a purge and a passing deadline.
 */
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateRegisterData } from '../../scripts/register-data.ts';
import { DATABASE_FILE, type Database } from '../../src/db/database.ts';
import {
  cachedTally,
  countRegister,
  factsVersion,
  figureCounts,
  FIRST_CONTACT_GROUPS_SQL,
  iterateRegister,
  LATE_OPEN_SQL,
  MONTH_VERSIONS_SQL,
  NEXT_DEADLINE_SQL,
  OVERDUE_BY_UNIT_SQL,
  PERIOD_GROUPS_SQL,
  periodBounds,
  reportCounts,
} from '../../src/db/register-store.ts';
import { warsawDate } from '../../src/calendar/warsaw-time.ts';
import { median, percentile } from '../../src/register/register-format.ts';
import { firstContactStats } from '../../src/register/period-tally.ts';
import { purgeExpired } from '../../src/server/retention-purge.ts';
import { applyStaffAction } from '../../src/staff/staff-service.ts';
import { tempDatabase } from './helpers/callback-fixture.ts';
import { staffContextAt, staffForm, storedRequest } from './helpers/staff-fixture.ts';

type Period = { from: string; to: string };
const LATE = '(on_time = 0 OR (on_time IS NULL AND due_at <= :now))';

/** The figures' counts as plain SQL gives them. */
function sqlFigures(db: Database, period: Period, now: Date) {
  const { start, end } = periodBounds(period.from, period.to);
  const q = (sql: string, extra: Record<string, string> = {}) => db.prepare(sql).all({ start, end, ...extra });
  const monthly = (by: string) => q(`SELECT received_month AS month, ${by} AS key, COUNT(*) AS n FROM request_facts WHERE received_at >= :start AND received_at < :end GROUP BY 1, 2 ORDER BY 1, 2`);
  return {
    from: period.from,
    to: period.to,
    monthlyKinds: monthly('kind'),
    monthlyChannels: monthly('channel_asked'),
    onTime: q(
      `SELECT unit_id, COUNT(*) AS total, IFNULL(SUM(on_time = 1), 0) AS on_time, IFNULL(SUM(${LATE}), 0) AS late
       FROM request_facts WHERE received_at >= :start AND received_at < :end GROUP BY 1 ORDER BY 1`,
      { now: now.toISOString() },
    ),
    firstContact: q(`WITH ranked AS (
       SELECT unit_id, first_contact_minutes AS m,
         ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY first_contact_minutes) AS r,
         COUNT(*) OVER (PARTITION BY unit_id) AS n
       FROM request_facts WHERE received_at >= :start AND received_at < :end AND first_contact_minutes IS NOT NULL)
     SELECT unit_id, n, AVG(CASE WHEN r IN ((n + 1) / 2, (n + 2) / 2) THEN m END) AS median, MAX(CASE WHEN r = (9 * n + 9) / 10 THEN m END) AS p90
     FROM ranked GROUP BY unit_id, n ORDER BY unit_id`),
    overdue: db.prepare('SELECT unit_id, COUNT(*) AS n FROM request_facts WHERE outcome IS NULL AND due_at <= ? GROUP BY 1 ORDER BY 1').all(now.toISOString()),
  };
}

/** The report's counts as plain SQL gives them. */
function sqlReport(db: Database, period: Period, now: Date) {
  const { start, end } = periodBounds(period.from, period.to);
  return {
    byLaw: db
      .prepare(
        `SELECT law, outcome, COUNT(*) AS n, SUM(outcome IS NULL) AS open, IFNULL(SUM(${LATE}), 0) AS late, SUM(extended_to IS NOT NULL) AS extended
         FROM request_facts WHERE received_at >= :start AND received_at < :end GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all({ start, end, now: now.toISOString() }),
    channelsAsked: db.prepare('SELECT channel_asked AS key, COUNT(*) AS n FROM request_facts WHERE received_at >= ? AND received_at < ? GROUP BY 1 ORDER BY 2 DESC, 1').all(start, end),
    channelsUsed: db.prepare('SELECT channel_used AS key, COUNT(*) AS n FROM request_facts WHERE received_at >= ? AND received_at < ? AND channel_used IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1').all(start, end),
  };
}

/** Plain objects (node:sqlite rows have a null prototype). */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

function expectAsSql(db: Database, period: Period, now: Date): void {
  expect(plain(figureCounts(db, period, now))).toEqual(plain(sqlFigures(db, period, now)));
  expect(plain(reportCounts(db, period, now))).toEqual(plain(sqlReport(db, period, now)));
}

describe('generated register', () => {
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

  it('gives the figures and the report as direct SQL does, for whole and partial months, one day and a period with nothing', () => {
    for (const p of [period, { from: '2025-12-02', to: '2026-12-01' }, { from: '2026-03-17', to: '2026-05-09' }, { from: '2026-06-30', to: '2026-06-30' }, { from: '2019-01-01', to: '2019-12-31' }]) {
      expectAsSql(db, p, now);
      // Asked again (from memory): the same.
      expectAsSql(db, p, now);
    }
    const total = n('SELECT COUNT(*) AS n FROM requests WHERE created_at >= ? AND created_at < ?', start, end);
    const f = figureCounts(db, period, now);
    expect(f.monthlyKinds.reduce((s, r) => s + r.n, 0)).toBe(total);
    expect(f.monthlyChannels.reduce((s, r) => s + r.n, 0)).toBe(total);
    expect(f.overdue.reduce((s, r) => s + r.n, 0)).toBe(n("SELECT COUNT(*) AS n FROM requests WHERE state NOT IN ('done', 'unreachable') AND deadline_at <= ?", now.toISOString()));
  });

  it('computes per unit the median and 90th percentile as the pure math on the raw rows, and late as the requests and their history say', () => {
    for (const row of figureCounts(db, period, now).firstContact) {
      const values = (db.prepare('SELECT first_contact_minutes AS m FROM request_facts WHERE unit_id = ? AND first_contact_minutes IS NOT NULL AND received_at >= ? AND received_at < ?').all(row.unit_id, start, end) as { m: number }[]).map((r) => r.m);
      expect(row.n).toBe(values.length);
      expect(row.median).toBe(median(values));
      expect(row.p90).toBe(percentile(values, 90));
    }
    const late = figureCounts(db, period, now).onTime.reduce((s, r) => s + r.late, 0);
    const sqlLate = n(
      `SELECT COUNT(*) AS n FROM requests r WHERE r.created_at >= ? AND r.created_at < ? AND (
         (SELECT MIN(at) FROM request_history h WHERE h.request_id = r.id AND h.action IN ('attempt', 'done', 'unreachable')) > r.deadline_at
         OR (r.kind = 'oddzwonienie' AND NOT EXISTS (SELECT 1 FROM request_history h WHERE h.request_id = r.id AND h.action IN ('attempt', 'done', 'unreachable')) AND r.deadline_at <= ?)
         OR (r.kind <> 'oddzwonienie' AND r.deadline_at <= ?))`,
      start, end, now.toISOString(), now.toISOString(),
    );
    expect(late).toBe(sqlLate);
  });

  it('reads each query from its covering index, in its order: no table visit, no sort of the rows', () => {
    const plan = (sql: string, params: Record<string, string>) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((p) => p.detail);
    const period = { m1: '2026-01', m2: '2026-12', start: '2026-01-01', end: '2027-01-01' };
    const groups = plan(PERIOD_GROUPS_SQL, period);
    expect(groups).toEqual(['SEARCH request_facts USING COVERING INDEX request_facts_period (received_month>? AND received_month<?)']);
    expect(plan(FIRST_CONTACT_GROUPS_SQL, { month: '2026-03', start: period.start, end: period.end })).toEqual(['SEARCH request_facts USING COVERING INDEX request_facts_first_contact (received_month=?)']);
    expect(plan(MONTH_VERSIONS_SQL, { m1: period.m1, m2: period.m2 }).join(' | ')).toMatch(/request_facts_months/);
    // These two read only open or undecided rows and group them into a few units in memory.
    expect(plan(LATE_OPEN_SQL, { start: period.start, end: period.end, now: 'x' })).toEqual(['SEARCH request_facts USING COVERING INDEX request_facts_undecided (on_time=? AND due_at<?)', 'USE TEMP B-TREE FOR GROUP BY']);
    expect(plan(OVERDUE_BY_UNIT_SQL, { now: 'x' })).toEqual(['SEARCH request_facts USING COVERING INDEX request_facts_overdue (outcome=? AND due_at<?)', 'USE TEMP B-TREE FOR GROUP BY']);
    const next = plan(NEXT_DEADLINE_SQL, { now: 'x' }).join(' | ');
    expect(next).toMatch(/COVERING INDEX request_facts_undecided \(on_time=\? AND due_at>\?\)/);
    expect(next).toMatch(/COVERING INDEX request_facts_overdue \(outcome=\? AND due_at>\?\)/);
  });
});

describe('median and 90th percentile from counts of values', () => {
  const stats = (values: number[]) => firstContactStats([...new Set(values)].sort((a, b) => a - b).map((m) => ({ unit_id: 'u', m, n: values.filter((v) => v === m).length })))[0];
  it.each([[[7]], [[10, 20]], [[10, 20, 30]], [[10, 20, 30, 40]], [[5, 5, 5, 7]], [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]], [[0, 0, 900, 900, 900, 2000]]])('%j', (values) => {
    expect(stats(values)).toEqual({ unit_id: 'u', n: values.length, median: median(values), p90: percentile(values, 90) });
  });
  it('keeps units apart, and has nothing for no values', () => {
    expect(firstContactStats([{ unit_id: 'a', m: 1, n: 1 }, { unit_id: 'a', m: 3, n: 1 }, { unit_id: 'b', m: 50, n: 3 }])).toEqual([
      { unit_id: 'a', n: 2, median: 2, p90: 3 },
      { unit_id: 'b', n: 3, median: 50, p90: 50 },
    ]);
    expect(firstContactStats([])).toEqual([]);
  });
});

describe('hand-made registers', () => {
  let cleanup = (): void => {};
  afterEach(() => {
    cleanup();
    cleanup = () => {};
  });
  function setup(): { db: Database; dir: string } {
    const t = tempDatabase();
    cleanup = t.cleanup;
    return t;
  }
  /** One facts row as the staff side would write it, received at `at`. */
  function fact(db: Database, at: string, o: { unit?: string; minutes?: number | null; onTime?: 0 | 1 | null; due?: string; outcome?: string | null; kind?: string } = {}): void {
    const received = new Date(at);
    const day = warsawDate(received);
    const kind = o.kind ?? 'oddzwonienie';
    db.prepare(
      `INSERT INTO request_facts (kind, law, channel_asked, unit_id, topic_id, received_at, received_on, received_month, deadline_at, due_at, first_contact_minutes, state, outcome, on_time)
       VALUES (?, ?, 'telefon', ?, 'inna', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(kind, kind === 'oddzwonienie' ? 'art-6-pkt-3' : 'art-18', o.unit ?? 'finanse', received.toISOString(), day, day.slice(0, 7), o.due ?? at, o.due ?? at, o.minutes ?? null, o.outcome === null ? 'new' : 'done', o.outcome === undefined ? 'kontakt' : o.outcome, o.onTime === undefined ? 1 : o.onTime);
  }
  const now = new Date('2026-12-01T12:00:00Z');

  it('an empty register and an empty period have no figures, only what is overdue in the whole register', () => {
    const { db } = setup();
    const empty = { from: '2026-01-01', to: '2026-12-31', monthlyKinds: [], monthlyChannels: [], onTime: [], firstContact: [], overdue: [] };
    expect(figureCounts(db, empty, now)).toEqual(empty);
    expect(reportCounts(db, empty, now)).toEqual({ byLaw: [], channelsAsked: [], channelsUsed: [] });
    fact(db, '2025-03-01T10:00:00Z', { onTime: null, outcome: null, due: '2025-03-02T10:00:00.000Z' });
    expect(figureCounts(db, empty, now)).toEqual({ ...empty, overdue: [{ unit_id: 'finanse', n: 1 }] });
    expectAsSql(db, empty, now);
  });

  it('one unit with an odd, then an even number of first contacts', () => {
    const { db } = setup();
    const period = { from: '2026-11-01', to: '2026-11-30' };
    for (const [i, m] of [30, 10, 20].entries()) fact(db, `2026-11-0${i + 1}T09:00:00Z`, { minutes: m });
    expect(figureCounts(db, period, now).firstContact).toEqual([{ unit_id: 'finanse', n: 3, median: 20, p90: 30 }]);
    fact(db, '2026-11-05T09:00:00Z', { minutes: 45 });
    // A request with no first contact counts in the unit's totals, not in its times.
    fact(db, '2026-11-06T09:00:00Z', { minutes: null, onTime: 0 });
    const f = figureCounts(db, period, now);
    expect(f.firstContact).toEqual([{ unit_id: 'finanse', n: 4, median: 25, p90: 45 }]);
    expect(f.onTime).toEqual([{ unit_id: 'finanse', total: 5, on_time: 4, late: 1 }]);
    expectAsSql(db, period, now);
  });

  it('a period across months counts its first and last Warsaw day exactly, in the right months', () => {
    const { db } = setup();
    // Warsaw is UTC+1 in winter: 23:30 UTC on 14 January is already 15 January there.
    fact(db, '2026-01-14T22:59:00Z', { minutes: 1 }); // 14 Jan 23:59 Warsaw: outside
    fact(db, '2026-01-14T23:00:00Z', { minutes: 2 }); // 15 Jan 00:00 Warsaw: first minute in
    fact(db, '2026-01-31T23:30:00Z', { minutes: 3 }); // 1 Feb 00:30 Warsaw: February
    fact(db, '2026-02-14T22:59:00Z', { minutes: 4, unit: 'usc' }); // 14 Feb 23:59 Warsaw: last minute in
    fact(db, '2026-02-14T23:00:00Z', { minutes: 5 }); // 15 Feb Warsaw: outside
    const period = { from: '2026-01-15', to: '2026-02-14' };
    const f = figureCounts(db, period, now);
    expect(f.monthlyKinds).toEqual([
      { month: '2026-01', key: 'oddzwonienie', n: 1 },
      { month: '2026-02', key: 'oddzwonienie', n: 2 },
    ]);
    expect(f.firstContact).toEqual([
      { unit_id: 'finanse', n: 2, median: 2.5, p90: 3 },
      { unit_id: 'usc', n: 1, median: 4, p90: 4 },
    ]);
    expectAsSql(db, period, now);
  });

  it('what the clock changes moves when a deadline passes, with no write, and back when the clock goes back', () => {
    const { db } = setup();
    const period = { from: '2026-11-01', to: '2026-12-31' };
    fact(db, '2026-11-20T09:00:00Z', { onTime: null, outcome: null, due: '2026-12-01T12:00:00.000Z' });
    fact(db, '2026-11-21T09:00:00Z', { onTime: null, outcome: null, due: '2026-12-03T12:00:00.000Z', kind: 'dostepnosc-cyfrowa', unit: 'koordynator' });
    const before = new Date('2026-12-01T11:59:59.999Z');
    const at = new Date('2026-12-01T12:00:00.000Z');
    const later = new Date('2026-12-05T00:00:00.000Z');
    for (const t of [before, at, later, at, before]) expectAsSql(db, period, t);
    expect(figureCounts(db, period, before).onTime.map((u) => u.late)).toEqual([0, 0]);
    expect(figureCounts(db, period, at).onTime.map((u) => u.late)).toEqual([1, 0]);
    expect(figureCounts(db, period, later).overdue).toEqual([{ unit_id: 'finanse', n: 1 }, { unit_id: 'koordynator', n: 1 }]);
    expect(reportCounts(db, period, later).byLaw.map((l) => [l.law, l.late])).toEqual([['art-18', 1], ['art-6-pkt-3', 1]]);
    expect(figureCounts(db, period, before).overdue).toEqual([]);
  });

  it('the figures page and the report are answered from the kept tally while nothing changes', async () => {
    const { db } = setup();
    const period = { from: '2026-08-01', to: '2026-12-31' };
    await storedRequest(db, new Date('2026-08-03T08:00:00Z'));
    const now = new Date('2026-11-25T12:00:00Z');
    const figures = figureCounts(db, period, now);
    expect(figureCounts(db, period, new Date(now.getTime() + 1000)).monthlyKinds).toBe(figures.monthlyKinds);
    expect(cachedTally(db, period).monthlyKinds).toBe(figures.monthlyKinds);
    const report = reportCounts(db, period, now);
    expect(reportCounts(db, period, now).channelsAsked).toBe(report.channelsAsked);
    // In the caller's transaction the same call counts afresh.
    db.exec('BEGIN');
    try {
      expect(figureCounts(db, period, now).monthlyKinds).not.toBe(figures.monthlyKinds);
    } finally {
      db.exec('ROLLBACK');
    }
  });

  it('a period is the sum of its months: a change to one month, an earlier one included, is counted, the others are kept', () => {
    const { db } = setup();
    const period = { from: '2026-09-15', to: '2026-11-20' };
    fact(db, '2026-09-10T09:00:00Z'); // before the period, in its first month
    fact(db, '2026-09-20T09:00:00Z', { minutes: 30 });
    fact(db, '2026-10-05T09:00:00Z', { minutes: 90, unit: 'usc' });
    fact(db, '2026-11-19T09:00:00Z', { minutes: 10 });
    fact(db, '2026-11-25T09:00:00Z'); // after the period, in its last month
    expectAsSql(db, period, now);
    const before = figureCounts(db, period, now);
    expect(before.monthlyKinds.map((m) => [m.month, m.n])).toEqual([['2026-09', 1], ['2026-10', 1], ['2026-11', 1]]);
    // A request of October closed late today: its month changes, September's and November's do not.
    db.prepare("UPDATE request_facts SET on_time = 0, first_contact_minutes = 2000 WHERE received_on = '2026-10-05'").run();
    expectAsSql(db, period, now);
    expect(figureCounts(db, period, now).firstContact).toEqual([
      { unit_id: 'finanse', n: 2, median: 20, p90: 30 },
      { unit_id: 'usc', n: 1, median: 2000, p90: 2000 },
    ]);
    // A request moved to another month (its received day corrected) leaves one and joins the other.
    db.prepare("UPDATE request_facts SET received_at = '2026-11-10T09:00:00.000Z', received_on = '2026-11-10', received_month = '2026-11' WHERE received_on = '2026-09-20'").run();
    expectAsSql(db, period, now);
    expect(figureCounts(db, period, now).monthlyKinds.map((m) => [m.month, m.n])).toEqual([['2026-10', 1], ['2026-11', 2]]);
  });

  it('the CSV export reads through its own connection: a download in progress holds no snapshot of the shared one', () => {
    const { db, dir } = setup();
    for (const day of ['2026-11-02', '2026-11-03', '2026-11-04']) fact(db, `${day}T09:00:00Z`);
    const filters = { from: '2026-11-01', to: '2026-11-30', sort: 'wplyw', direction: 'malejaco', page: 1 } as const;
    const rows = iterateRegister(db, filters, now);
    expect(rows.next().done).toBe(false);
    // Another process writes while the download is under way.
    const other = new DatabaseSync(join(dir, 'data', DATABASE_FILE), { timeout: 5000 });
    try {
      const version = factsVersion(db);
      fact(other, '2026-11-05T09:00:00Z');
      // The shared connection sees it and can still write (on it, the open export would pin the old snapshot: SQLITE_BUSY_SNAPSHOT).
      expect(factsVersion(db)).toBeGreaterThan(version);
      fact(db, '2026-11-06T09:00:00Z');
      expect(countRegister(db, filters, now)).toBe(5);
    } finally {
      other.close();
    }
    // The export is one snapshot: the rows as they were when it started.
    expect([...rows].length).toBe(2);
  });

  it('counts inside a transaction are not kept: a rolled-back change cannot leave them behind', () => {
    const { db } = setup();
    const period = { from: '2026-11-01', to: '2026-11-30' };
    fact(db, '2026-11-02T09:00:00Z');
    expectAsSql(db, period, now);
    db.exec('BEGIN');
    fact(db, '2026-11-03T09:00:00Z', { unit: 'usc' });
    expect(figureCounts(db, period, now).onTime.map((u) => u.unit_id)).toEqual(['finanse', 'usc']);
    db.exec('ROLLBACK');
    // Another change brings the version to the number it had inside the rolled-back transaction.
    fact(db, '2026-11-04T09:00:00Z', { unit: 'zdrowie' });
    expect(figureCounts(db, period, now).onTime.map((u) => u.unit_id)).toEqual(['finanse', 'zdrowie']);
    expectAsSql(db, period, now);
  });

  it('the kept counts are dropped by a new history entry, a purge, and a write from another connection', async () => {
    const { db, dir } = setup();
    const period = { from: '2026-08-01', to: '2026-12-31' };
    const a = await storedRequest(db, new Date('2026-08-03T08:00:00Z'));
    await storedRequest(db, new Date('2026-11-20T08:00:00Z'));
    const now = new Date('2026-11-25T12:00:00Z');
    const first = cachedTally(db, period);
    expect(cachedTally(db, period)).toBe(first);
    expectAsSql(db, period, now);
    const lateBefore = figureCounts(db, period, now).onTime.reduce((s, u) => s + u.late, 0);

    const version = factsVersion(db);
    applyStaffAction(db, a.id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' }), staffContextAt(new Date('2026-08-03T09:00:00Z')));
    applyStaffAction(db, a.id, staffForm({ czynnosc: 'done', wersja: '2', kto: 'Jan Kowalski', kanal: 'telefon' }), staffContextAt(new Date('2026-08-03T10:00:00Z')));
    expect(factsVersion(db)).toBeGreaterThan(version);
    expect(cachedTally(db, period)).not.toBe(first);
    expect(figureCounts(db, period, now).firstContact).toEqual([{ unit_id: 'finanse', n: 1, median: 120, p90: 120 }]);
    expect(figureCounts(db, period, now).onTime.reduce((s, u) => s + u.late, 0)).toBe(lateBefore - 1);
    expectAsSql(db, period, now);

    const kept = cachedTally(db, period);
    expect(purgeExpired({ db, dataDir: `${dir}/data`, retentionDays: 90, now: () => now }).requests).toBe(1);
    expect(cachedTally(db, period)).not.toBe(kept);
    expectAsSql(db, period, now);

    // Another process (here: another connection) closes the open request behind this one's back.
    const other = new DatabaseSync(join(dir, 'data', DATABASE_FILE));
    try {
      const beforeOther = cachedTally(db, period);
      other.prepare("UPDATE request_facts SET outcome = 'kontakt', state = 'done', on_time = 1 WHERE outcome IS NULL").run();
      expect(cachedTally(db, period)).not.toBe(beforeOther);
      expect(figureCounts(db, period, now).overdue).toEqual([]);
      expectAsSql(db, period, now);
      other.prepare('DELETE FROM request_facts').run();
      expect(figureCounts(db, period, now).monthlyKinds).toEqual([]);
    } finally {
      other.close();
    }
  });
});
