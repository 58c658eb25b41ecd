/**
 * Queries of the register and its figures, all on `request_facts` (so they
 * cover purged requests too), joined to `requests` only for the reference
 * of a request still within retention.
 */
import type { SQLInputValue, StatementSync } from 'node:sqlite';
import { warsawInstant } from '../calendar/warsaw-time.ts';
import { addDays } from '../calendar/iso-date.ts';
import type { RegisterFilters } from '../register/register-filters.ts';
import type { FigureCounts } from '../register/figures.ts';
import type { RegisterRow } from '../register/register-row.ts';

export type { RegisterRow };
import { statement, type Database } from './database.ts';

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

/** Every matching row, one at a time (the CSV export streams it in constant memory). */
export function iterateRegister(db: Database, filters: RegisterFilters, now: Date): IterableIterator<RegisterRow> {
  const s = selectSql(filters, now);
  // A statement of its own: an iterator holds its statement until it is done.
  const prepared: StatementSync = db.prepare(s.sql);
  return prepared.iterate(s.params) as IterableIterator<RegisterRow>;
}

/** Counts per month and one more column (kind or channel asked) in a period. */
export function monthlyCounts(db: Database, filters: Pick<RegisterFilters, 'from' | 'to'>, by: 'kind' | 'channel_asked'): { month: string; key: string; n: number }[] {
  const { start, end } = periodBounds(filters.from, filters.to);
  return statement(db, `SELECT received_month AS month, ${by} AS key, COUNT(*) AS n FROM request_facts WHERE received_at >= ? AND received_at < ? GROUP BY 1, 2 ORDER BY 1, 2`).all(start, end) as unknown as {
    month: string;
    key: string;
    n: number;
  }[];
}

/** Per unit in a period: requests, answered on time, late (answered late or not answered after the deadline). */
export function onTimeByUnit(db: Database, filters: Pick<RegisterFilters, 'from' | 'to'>, now: Date): { unit_id: string; total: number; on_time: number; late: number }[] {
  const { start, end } = periodBounds(filters.from, filters.to);
  return statement(
    db,
    `SELECT f.unit_id, COUNT(*) AS total, SUM(f.on_time = 1) AS on_time, SUM(${LATE}) AS late
     FROM request_facts f WHERE f.received_at >= :start AND f.received_at < :end GROUP BY 1 ORDER BY 1`,
  ).all({ start, end, now: now.toISOString() }) as unknown as { unit_id: string; total: number; on_time: number; late: number }[];
}

/**
 * Per unit in a period: how many had a first contact, the median minutes to
 * it (mean of the two middle values for an even count) and the 90th
 * percentile (nearest rank: the value at rank ⌈0,9·n⌉).
 */
export function firstContactByUnit(db: Database, filters: Pick<RegisterFilters, 'from' | 'to'>): { unit_id: string; n: number; median: number; p90: number }[] {
  const { start, end } = periodBounds(filters.from, filters.to);
  return statement(
    db,
    `WITH ranked AS (
       SELECT unit_id, first_contact_minutes AS m,
         ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY first_contact_minutes) AS r,
         COUNT(*) OVER (PARTITION BY unit_id) AS n
       FROM request_facts WHERE received_at >= ? AND received_at < ? AND first_contact_minutes IS NOT NULL)
     SELECT unit_id, n, AVG(CASE WHEN r IN ((n + 1) / 2, (n + 2) / 2) THEN m END) AS median, MAX(CASE WHEN r = (9 * n + 9) / 10 THEN m END) AS p90
     FROM ranked GROUP BY unit_id, n ORDER BY unit_id`,
  ).all(start, end) as unknown as { unit_id: string; n: number; median: number; p90: number }[];
}

/** Open requests past their deadline now, per unit (any period). */
export function overdueNowByUnit(db: Database, now: Date): { unit_id: string; n: number }[] {
  return statement(db, 'SELECT unit_id, COUNT(*) AS n FROM request_facts WHERE outcome IS NULL AND due_at <= ? GROUP BY 1 ORDER BY 1').all(now.toISOString()) as unknown as { unit_id: string; n: number }[];
}

/** Requests of one law with one outcome (`null`: open) in a period. */
export interface LawOutcomeCount {
  law: string;
  outcome: string | null;
  n: number;
  open: number;
  late: number;
  extended: number;
}

/** Counts for the coordinator's report in a period, by law: requests, outcomes, late, extended, and channels asked and used. */
export function reportCounts(db: Database, filters: Pick<RegisterFilters, 'from' | 'to'>, now: Date): {
  byLaw: LawOutcomeCount[];
  channelsAsked: { key: string; n: number }[];
  channelsUsed: { key: string; n: number }[];
} {
  const { start, end } = periodBounds(filters.from, filters.to);
  const byLaw = statement(
    db,
    `SELECT f.law, f.outcome, COUNT(*) AS n, SUM(f.outcome IS NULL) AS open, SUM(${LATE}) AS late, SUM(f.extended_to IS NOT NULL) AS extended
     FROM request_facts f WHERE f.received_at >= :start AND f.received_at < :end GROUP BY 1, 2 ORDER BY 1, 2`,
  ).all({ start, end, now: now.toISOString() }) as unknown as LawOutcomeCount[];
  const channelsAsked = statement(db, 'SELECT channel_asked AS key, COUNT(*) AS n FROM request_facts WHERE received_at >= ? AND received_at < ? GROUP BY 1 ORDER BY 2 DESC, 1').all(start, end) as unknown as { key: string; n: number }[];
  const channelsUsed = statement(db, 'SELECT channel_used AS key, COUNT(*) AS n FROM request_facts WHERE received_at >= ? AND received_at < ? AND channel_used IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1').all(start, end) as unknown as { key: string; n: number }[];
  return { byLaw, channelsAsked, channelsUsed };
}

/** Every count the figures page needs for a period. */
export function figureCounts(db: Database, period: Pick<RegisterFilters, 'from' | 'to'>, now: Date): FigureCounts {
  return {
    from: period.from,
    to: period.to,
    monthlyKinds: monthlyCounts(db, period, 'kind'),
    monthlyChannels: monthlyCounts(db, period, 'channel_asked'),
    onTime: onTimeByUnit(db, period, now),
    firstContact: firstContactByUnit(db, period),
    overdue: overdueNowByUnit(db, now),
  };
}

/** Open requests past their deadline now, the longest overdue first (at most `limit`), with their reference while stored. */
export function overdueNow(db: Database, now: Date, limit: number): { reference: string | null; kind: string; unit_id: string; due_at: string }[] {
  return statement(
    db,
    'SELECT r.reference, f.kind, f.unit_id, f.due_at FROM request_facts f LEFT JOIN requests r ON r.id = f.request_id WHERE f.outcome IS NULL AND f.due_at <= ? ORDER BY f.due_at, f.id LIMIT ?',
  ).all(now.toISOString(), limit) as unknown as { reference: string | null; kind: string; unit_id: string; due_at: string }[];
}
