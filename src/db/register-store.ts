/**
 * Queries of the register and its figures, all on `request_facts` (so they
 * cover purged requests too), joined to `requests` only for the reference
 * of a request still within retention.
 */
import type { SQLInputValue, StatementSync } from 'node:sqlite';
import { warsawInstant } from '../calendar/warsaw-time.ts';
import { addDays, isoDateOf } from '../calendar/iso-date.ts';
import { monthsBetween } from '../register/register-format.ts';
import type { RegisterFilters } from '../register/register-filters.ts';
import type { FigureCounts } from '../register/figures.ts';
import { figureCountsOf, periodTally, reportCountsOf, type FirstContactGroup, type LateOpenGroup, type PeriodGroup, type PeriodTally } from '../register/period-tally.ts';
import type { ReportCounts } from '../register/state-report.ts';
import type { RegisterRow } from '../register/register-row.ts';

export type { RegisterRow };
import { openReader, statement, type Database } from './database.ts';

/** A period as instants: from the start of the first Warsaw day to the start of the day after the last. */
export function periodBounds(from: string, to: string): { start: string; end: string } {
  return { start: warsawInstant(from, 0).toISOString(), end: warsawInstant(addDays(to, 1), 0).toISOString() };
}

/** Late: answered after the deadline, or not answered and the deadline passed. */
const LATE = '(f.on_time = 0 OR (f.on_time IS NULL AND f.due_at <= :now))';

function where(filters: Omit<RegisterFilters, 'sort' | 'direction' | 'page'>, now: Date): { sql: string; params: Record<string, SQLInputValue> } {
  const { start, end } = periodBounds(filters.from, filters.to);
  const parts = ['f.received_at >= :start', 'f.received_at < :end'];
  const params: Record<string, SQLInputValue> = { start, end, now: now.toISOString() };
  if (filters.kind) {
    parts.push('f.kind = :kind');
    params['kind'] = filters.kind;
  }
  if (filters.unitId) {
    parts.push('f.unit_id = :unit');
    params['unit'] = filters.unitId;
  }
  if (filters.state === 'otwarte') parts.push('f.outcome IS NULL');
  else if (filters.state === 'zamkniete') parts.push('f.outcome IS NOT NULL');
  else if (filters.state) {
    parts.push('f.state = :state');
    params['state'] = filters.state;
  }
  if (filters.deadline === 'po-terminie-teraz') parts.push('f.outcome IS NULL AND f.due_at <= :now');
  else if (filters.deadline === 'spoznione') parts.push(LATE);
  else if (filters.deadline === 'w-terminie') parts.push('f.on_time = 1');
  // Named parameters not used by the SQL are an error in node:sqlite: keep only those it names.
  const sql = parts.join(' AND ');
  for (const k of Object.keys(params)) if (!sql.includes(`:${k}`)) delete params[k];
  return { sql, params };
}

const ORDER: Readonly<Record<RegisterFilters['sort'], string>> = {
  wplyw: 'f.received_at',
  termin: 'f.due_at',
  jednostka: 'f.unit_id',
  stan: 'f.state',
};

function selectSql(filters: RegisterFilters, now: Date): { sql: string; params: Record<string, SQLInputValue> } {
  const w = where(filters, now);
  const dir = filters.direction === 'rosnaco' ? 'ASC' : 'DESC';
  const order = filters.sort === 'wplyw' ? `f.received_at ${dir}, f.id ${dir}` : `${ORDER[filters.sort]} ${dir}, f.received_at DESC, f.id DESC`;
  return {
    sql: `SELECT f.*, r.reference AS reference FROM request_facts f LEFT JOIN requests r ON r.id = f.request_id WHERE ${w.sql} ORDER BY ${order}`,
    params: w.params,
  };
}

/** How many requests match. */
export function countRegister(db: Database, filters: RegisterFilters, now: Date): number {
  const w = where(filters, now);
  return (statement(db, `SELECT COUNT(*) AS n FROM request_facts f WHERE ${w.sql}`).get(w.params) as { n: number }).n;
}

/** One page of the register. */
export function registerPage(db: Database, filters: RegisterFilters, now: Date, pageSize: number): RegisterRow[] {
  const s = selectSql(filters, now);
  return statement(db, `${s.sql} LIMIT :limit OFFSET :offset`).all({ ...s.params, limit: pageSize, offset: (filters.page - 1) * pageSize }) as unknown as RegisterRow[];
}

/**
 * Every matching row, one at a time (the CSV export streams it in constant
 * memory), read through a read-only connection of its own that closes when
 * the rows end or the reader stops. The export goes as fast as the client
 * reads, and other requests run between its chunks: on the shared
 * connection its open statement would hold that connection's snapshot for
 * the whole download (every page reading old data, every write refused with
 * SQLITE_BUSY_SNAPSHOT, the WAL growing).
 */
export function* iterateRegister(db: Database, filters: RegisterFilters, now: Date): Generator<RegisterRow, void, undefined> {
  const s = selectSql(filters, now);
  const reader = openReader(db);
  try {
    // A statement of its own: an iterator holds its statement until it is done.
    const prepared: StatementSync = (reader ?? db).prepare(s.sql);
    yield* prepared.iterate(s.params) as IterableIterator<RegisterRow>;
  } finally {
    reader?.close();
  }
}

/**
 * The period's requests grouped by every column the figures and the report
 * count by. The GROUP BY is the order of request_facts_period, so SQLite
 * reads the period's months from that index alone and groups as it goes (no
 * sort); received_at keeps the period's first and last day exact.
 */
export const PERIOD_GROUPS_SQL = `SELECT received_month AS month, kind, law, channel_asked, unit_id, on_time, outcome, channel_used, extended_to, COUNT(*) AS n
  FROM request_facts INDEXED BY request_facts_period
  WHERE received_month BETWEEN :m1 AND :m2 AND received_at >= :start AND received_at < :end
  GROUP BY received_month, kind, law, channel_asked, unit_id, on_time, outcome, channel_used, extended_to`;

/** How many of one month's requests (between :start and :end) took each number of minutes to the first contact, per unit, in that order (from request_facts_first_contact). */
export const FIRST_CONTACT_GROUPS_SQL = `SELECT unit_id, first_contact_minutes AS m, COUNT(*) AS n
  FROM request_facts INDEXED BY request_facts_first_contact
  WHERE first_contact_minutes IS NOT NULL AND received_month = :month AND received_at >= :start AND received_at < :end
  GROUP BY unit_id, first_contact_minutes ORDER BY unit_id, first_contact_minutes`;

/** The version of each month of request_facts between :m1 and :m2 (its triggers count the changes per month; a month never written has none). */
export const MONTH_VERSIONS_SQL = 'SELECT month, version FROM request_facts_months WHERE month BETWEEN :m1 AND :m2';

/** The period's requests not yet decided whose deadline has passed by :now (from request_facts_undecided, only the undecided rows). */
export const LATE_OPEN_SQL = `SELECT unit_id, law, outcome, COUNT(*) AS n
  FROM request_facts INDEXED BY request_facts_undecided
  WHERE on_time IS NULL AND received_at >= :start AND received_at < :end AND due_at <= :now
  GROUP BY unit_id, law, outcome`;

/** Open requests past their deadline at :now, per unit, whatever the period (from request_facts_overdue). */
export const OVERDUE_BY_UNIT_SQL = `SELECT unit_id, COUNT(*) AS n FROM request_facts INDEXED BY request_facts_overdue
  WHERE outcome IS NULL AND due_at <= :now GROUP BY unit_id ORDER BY unit_id`;

type Period = Pick<RegisterFilters, 'from' | 'to'>;

function periodParams(period: Period): { start: string; end: string; m1: string; m2: string } {
  return { ...periodBounds(period.from, period.to), m1: period.from.slice(0, 7), m2: period.to.slice(0, 7) };
}

/** How many changes request_facts has seen (its triggers count them): the counts of a period are the same while this is. */
export function factsVersion(db: Database): number {
  return (statement(db, 'SELECT n FROM request_facts_version').get() as { n: number }).n;
}

/** The first deadline after :now of a request not yet answered, or of one still open: until then, what the clock changes stays as it is. */
export const NEXT_DEADLINE_SQL = `SELECT MIN(d) AS d FROM (
  SELECT MIN(due_at) AS d FROM request_facts INDEXED BY request_facts_undecided WHERE on_time IS NULL AND due_at > :now
  UNION ALL SELECT MIN(due_at) FROM request_facts INDEXED BY request_facts_overdue WHERE outcome IS NULL AND due_at > :now)`;

/** What the clock changes, as counted at `at`: the same for every instant from `at` to just before `until` (no deadline passes between). */
interface ClockCounts<T> {
  at: string;
  until: string | null;
  value: T;
}

const fresh = <T>(c: ClockCounts<T> | undefined, now: string): c is ClockCounts<T> => c !== undefined && c.at <= now && (c.until === null || now < c.until);

/** A period's tally and, once asked, its late-now counts. */
interface PeriodEntry {
  tally: PeriodTally;
  lateOpen?: ClockCounts<LateOpenGroup[]>;
}

/** How many periods a connection keeps (the default period and the few a coordinator looks at). */
const PERIODS_KEPT = 16;

/** The groups of a whole month, as counted at one version of that month. */
interface MonthPart {
  version: number;
  groups: PeriodGroup[];
  /** Per unit: the minutes to the first contact (ascending) and how many took each; typed arrays, so a kept month is a few small blocks, not thousands of objects. */
  firstContact: Map<string, { m: Float64Array; n: Float64Array }>;
}

/** The rows of FIRST_CONTACT_GROUPS_SQL (in order of unit, then minutes) as a part's typed arrays. */
function minutesOf(rows: readonly FirstContactGroup[]): MonthPart['firstContact'] {
  const out: MonthPart['firstContact'] = new Map();
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j < rows.length && rows[j]!.unit_id === rows[i]!.unit_id) j++;
    const unit = rows.slice(i, j);
    out.set(rows[i]!.unit_id, { m: Float64Array.from(unit, (r) => r.m), n: Float64Array.from(unit, (r) => r.n) });
    i = j;
  }
  return out;
}

/** How many whole months a connection keeps: the figures' longest period (five years) and one more. */
const MONTHS_KEPT = 61;

/** Per connection, for one version of request_facts: the periods' entries and what is overdue now; and the whole months, kept across versions (each checked against its month's own). */
interface Kept {
  version: number;
  periods: Map<string, PeriodEntry>;
  overdue?: ClockCounts<{ unit_id: string; n: number }[]>;
  nextDeadline?: { at: string; until: string | null };
  /** Absent inside a caller's transaction: nothing is kept there. */
  months?: Map<string, MonthPart>;
}
const kept = new WeakMap<Database, Kept>();

/** What this connection keeps for the current version (call inside {@link inSnapshot}). */
function keptFor(db: Database): Kept {
  const version = factsVersion(db);
  let k = kept.get(db);
  if (!k || k.version !== version) kept.set(db, (k = { version, periods: new Map(), months: k?.months ?? new Map() }));
  return k;
}

/** The period's days in each of its months: [month, first day, last day, whether that is the whole month]. */
function monthParts(period: Period): [string, string, string, boolean][] {
  return monthsBetween(period.from, period.to).map((month) => {
    const first = `${month}-01`;
    // Day 0 of the next month is this month's last day (isoDateOf rolls over, as register-filters.ts uses it).
    const last = isoDateOf(Number(month.slice(0, 4)), Number(month.slice(5, 7)) + 1, 0);
    const from = period.from > first ? period.from : first;
    const to = period.to < last ? period.to : last;
    return [month, from, to, from === first && to === last];
  });
}

/**
 * The counts of a period that no clock changes: the sum of its months'
 * groups, a whole month's read from the database only when its version
 * differs from the one it was kept at (the days of a month at the period's
 * edges are read each time: they are what differs between periods).
 */
function computeTally(db: Database, k: Kept, period: Period): PeriodTally {
  const p = periodParams(period);
  const versions = new Map((statement(db, MONTH_VERSIONS_SQL).all({ m1: p.m1, m2: p.m2 }) as { month: string; version: number }[]).map((r) => [r.month, r.version]));
  const groups: PeriodGroup[] = [];
  /** Per unit: how many took each number of minutes, over all the months. */
  const minutes = new Map<string, Map<number, number>>();
  for (const [month, from, to, whole] of monthParts(period)) {
    const version = versions.get(month) ?? 0;
    let part = whole ? k.months?.get(month) : undefined;
    if (part?.version !== version) {
      const bounds = { ...periodBounds(from, to), m1: month, m2: month };
      part = {
        version,
        groups: statement(db, PERIOD_GROUPS_SQL).all(bounds) as unknown as PeriodGroup[],
        firstContact: minutesOf(statement(db, FIRST_CONTACT_GROUPS_SQL).all({ month, start: bounds.start, end: bounds.end }) as unknown as FirstContactGroup[]),
      };
    }
    if (whole && k.months) {
      // Most recently used last, so the oldest goes first.
      k.months.delete(month);
      if (k.months.size >= MONTHS_KEPT) k.months.delete(k.months.keys().next().value!);
      k.months.set(month, part);
    }
    groups.push(...part.groups);
    for (const [unitId, { m, n }] of part.firstContact) {
      let unit = minutes.get(unitId);
      if (!unit) minutes.set(unitId, (unit = new Map()));
      for (let i = 0; i < m.length; i++) unit.set(m[i]!, (unit.get(m[i]!) ?? 0) + n[i]!);
    }
  }
  // The months' counts as one list, in order of unit, then minutes.
  const firstContact: FirstContactGroup[] = [];
  for (const unitId of [...minutes.keys()].sort()) {
    const counts = minutes.get(unitId)!;
    for (const m of Float64Array.from(counts.keys()).sort()) firstContact.push({ unit_id: unitId, m, n: counts.get(m)! });
  }
  return periodTally(period.from, period.to, groups, firstContact);
}

function periodEntry(db: Database, k: Kept, period: Period): PeriodEntry {
  const key = `${period.from}|${period.to}`;
  let entry = k.periods.get(key);
  if (entry) {
    // Most recently used last, so the oldest goes first.
    k.periods.delete(key);
  } else {
    entry = { tally: computeTally(db, k, period) };
    if (k.periods.size >= PERIODS_KEPT) k.periods.delete(k.periods.keys().next().value!);
  }
  k.periods.set(key, entry);
  return entry;
}

/** Counted at `now`, kept until the next deadline passes (or the register changes). */
function clockCounts<T>(db: Database, k: Kept, now: string, count: () => T): ClockCounts<T> {
  let next = k.nextDeadline;
  if (!next || now < next.at || (next.until !== null && now >= next.until)) {
    k.nextDeadline = next = { at: now, until: (statement(db, NEXT_DEADLINE_SQL).get({ now }) as { d: string | null }).d };
  }
  return { at: now, until: next.until, value: count() };
}

/**
 * The tally of a period: kept in memory (a few periods) for as long as
 * request_facts has not changed, computed again after any change by anyone
 * (another process included).
 */
export function cachedTally(db: Database, period: Period): PeriodTally {
  return inSnapshot(db, (k) => periodEntry(db, k, period).tally);
}

/** What the clock changes in a period: requests not yet answered whose deadline has passed by `now`. */
function lateOpen(db: Database, k: Kept, entry: PeriodEntry, period: Period, now: Date): LateOpenGroup[] {
  const iso = now.toISOString();
  if (!fresh(entry.lateOpen, iso)) {
    entry.lateOpen = clockCounts(db, k, iso, () => statement(db, LATE_OPEN_SQL).all({ ...periodBounds(period.from, period.to), now: iso }) as unknown as LateOpenGroup[]);
  }
  return entry.lateOpen.value;
}

function overdueKept(db: Database, k: Kept, now: Date): { unit_id: string; n: number }[] {
  const iso = now.toISOString();
  if (!fresh(k.overdue, iso)) k.overdue = clockCounts(db, k, iso, () => statement(db, OVERDUE_BY_UNIT_SQL).all({ now: iso }) as unknown as { unit_id: string; n: number }[]);
  return k.overdue.value;
}

/** Open requests past their deadline now, per unit (any period). */
export function overdueNowByUnit(db: Database, now: Date): { unit_id: string; n: number }[] {
  return inSnapshot(db, (k) => overdueKept(db, k, now));
}

/**
 * `work` in one read snapshot of its own, so the version and the counts
 * agree, with what this connection keeps. Inside the caller's transaction
 * the version may count changes that are then rolled back, and a later
 * change would reach the same number: there `work` counts afresh and
 * nothing is kept.
 */
function inSnapshot<T>(db: Database, work: (k: Kept) => T): T {
  if (db.isTransaction) return work({ version: factsVersion(db), periods: new Map() });
  db.exec('BEGIN');
  try {
    return work(keptFor(db));
  } finally {
    db.exec('COMMIT');
  }
}

/**
 * Counts for the coordinator's report in a period, by law: requests,
 * outcomes, late (answered late, or not answered and the deadline passed by
 * `now`), extended, and channels asked and used. From the same tally as the figures.
 */
export function reportCounts(db: Database, period: Period, now: Date): ReportCounts {
  return inSnapshot(db, (k) => {
    const entry = periodEntry(db, k, period);
    return reportCountsOf(entry.tally, lateOpen(db, k, entry, period, now));
  });
}

/**
 * Every count the figures page needs for a period: per month by kind and
 * channel, per unit on time and late (answered late, or not answered and the
 * deadline passed by `now`), the median and 90th percentile minutes to the
 * first contact (mean of the two middle values for an even count; nearest
 * rank ⌈0,9·n⌉), and what is overdue at `now` in the whole register. All
 * kept while request_facts does not change; what depends on `now` only until
 * the next deadline passes (until then it cannot change).
 */
export function figureCounts(db: Database, period: Period, now: Date): FigureCounts {
  return inSnapshot(db, (k) => {
    const entry = periodEntry(db, k, period);
    return figureCountsOf(entry.tally, lateOpen(db, k, entry, period, now), overdueKept(db, k, now));
  });
}

/** Open requests past their deadline now, the longest overdue first (at most `limit`), with their reference while stored. */
export function overdueNow(db: Database, now: Date, limit: number): { reference: string | null; kind: string; unit_id: string; due_at: string }[] {
  return statement(
    db,
    'SELECT r.reference, f.kind, f.unit_id, f.due_at FROM request_facts f LEFT JOIN requests r ON r.id = f.request_id WHERE f.outcome IS NULL AND f.due_at <= ? ORDER BY f.due_at, f.id LIMIT ?',
  ).all(now.toISOString(), limit) as unknown as { reference: string | null; kind: string; unit_id: string; due_at: string }[];
}
