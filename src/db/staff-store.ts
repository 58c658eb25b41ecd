/** Queries of the staff side: a request's state and version, its history, the clock's idempotency keys. */
import { arrayStatement, statement, type Database } from './database.ts';
import { recordFacts } from './request-facts-store.ts';
import type { RequestRow } from './requests-store.ts';

/** A request with its staff-side columns. */
export interface StaffRequestRow extends RequestRow {
  state: 'new' | 'in-progress' | 'attempt-failed' | 'done' | 'unreachable' | 'transferred';
  version: number;
}

/** One change of a request. */
export interface HistoryRow {
  id: number;
  request_id: number;
  /** The request's version after this change. */
  version: number;
  at: string;
  action: string;
  state: StaffRequestRow['state'];
  actor: string;
  /** JSON object: channel, note, unit moved from/to. */
  detail: string;
}

/**
 * The staff loop handles callback requests: accessibility requests (their own
 * states and letters, issue #14) stay out of it until it learns them.
 */
const CALLBACKS = "status = 'accepted' AND kind = 'oddzwonienie'";

/** An accepted callback request by id (honeypot rows are never shown). */
export function findStaffRequest(db: Database, id: number): StaffRequestRow | undefined {
  return statement(db, `SELECT * FROM requests WHERE id = ? AND ${CALLBACKS}`).get(id) as StaffRequestRow | undefined;
}

/** The history of a request, oldest first. */
export function historyOf(db: Database, requestId: number): HistoryRow[] {
  return statement(db, 'SELECT * FROM request_history WHERE request_id = ? ORDER BY id').all(requestId) as unknown as HistoryRow[];
}

/**
 * Move a request from `fromVersion` to the next version with a new state
 * (and unit and payload on a transfer). Returns false, changing nothing,
 * when someone else changed it first.
 */
export function updateRequestState(db: Database, id: number, fromVersion: number, change: { state: StaffRequestRow['state']; unitId?: string; payload?: string }): boolean {
  const result = statement(
    db,
    `UPDATE requests SET state = :state, version = version + 1,
       unit_id = coalesce(:unit, unit_id), payload = coalesce(:payload, payload)
     WHERE id = :id AND version = :version`,
  ).run({ state: change.state, unit: change.unitId ?? null, payload: change.payload ?? null, id, version: fromVersion });
  return result.changes === 1;
}

/**
 * Add a history entry (inside the caller's transaction, after the request's
 * change): every change has one, so this also refreshes the request's facts.
 */
export function addHistory(db: Database, entry: Omit<HistoryRow, 'id'>): void {
  statement(db, 'INSERT INTO request_history (request_id, version, at, action, state, actor, detail) VALUES (:request_id, :version, :at, :action, :state, :actor, :detail)').run({ ...entry });
  recordFacts(db, entry.request_id);
}

/**
 * Open callback requests. Word for word the WHERE of the partial index
 * `requests_open_callbacks` (migrations 50 and 70): SQLite uses a partial index only
 * for a query that repeats its condition.
 */
const OPEN_CALLBACKS = `${CALLBACKS} AND state IN ('new', 'in-progress', 'attempt-failed', 'transferred')`;

/** Open accepted requests, earliest deadline first; one unit's when `unitId` is given. */
export function openRequests(db: Database, unitId?: string): StaffRequestRow[] {
  if (unitId === undefined) return statement(db, `SELECT * FROM requests WHERE ${OPEN_CALLBACKS} ORDER BY deadline_at, id`).all() as unknown as StaffRequestRow[];
  return statement(db, `SELECT * FROM requests WHERE ${OPEN_CALLBACKS} AND unit_id = ? ORDER BY deadline_at, id`).all(unitId) as unknown as StaffRequestRow[];
}

/** A request as a staff list shows it: what the row needs, with the labels read out of the payload by SQLite (kept in the index). */
export interface StaffListRow {
  id: number;
  reference: string;
  unit_id: string;
  deadline_at: string;
  state: StaffRequestRow['state'];
  /** The deadline as the resident was told it (`CallbackRequest.deadlineLabel`). */
  deadline_label: string;
  /** The topic's name (`CallbackRequest.topic.name`). */
  topic_name: string;
}

/** A {@link StaffListRow}'s values in the order of {@link LIST_COLUMNS}. */
type ListRowValues = [StaffListRow['id'], StaffListRow['reference'], StaffListRow['unit_id'], StaffListRow['deadline_at'], StaffListRow['state'], StaffListRow['deadline_label'], StaffListRow['topic_name']];

const LIST_COLUMNS = "r.id, r.reference, r.unit_id, r.deadline_at, r.state, r.payload ->> '$.deadlineLabel' AS deadline_label, r.payload ->> '$.topic.name' AS topic_name";

/** `?, ?, …` for `n` values (a unit list is short: one statement per length is cached). */
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The statements of {@link openRequestsOfUnits} for `unitCount` units (exported for the test of their query plans). */
export function staffListQueries(unitCount: number): { rows: string; total: string } {
  const inUnits = `unit_id IN (${placeholders(unitCount)})`;
  return {
    rows: `SELECT ${LIST_COLUMNS} FROM requests AS r WHERE ${OPEN_CALLBACKS} AND ${inUnits} ORDER BY deadline_at, id LIMIT ?`,
    total: `SELECT COUNT(*) AS n FROM requests WHERE ${OPEN_CALLBACKS} AND ${inUnits}`,
  };
}

/**
 * The most urgent `limit` open requests of these units (earliest deadline
 * first), and how many are open in all. Both read only the covering partial
 * index (it holds the shown labels too, migration 70), so the cost follows
 * the open requests, not the table, and no payload is parsed.
 */
export function openRequestsOfUnits(db: Database, unitIds: readonly string[], limit: number): { rows: StaffListRow[]; total: number } {
  if (unitIds.length === 0) return { rows: [], total: 0 };
  const sql = staffListQueries(unitIds.length);
  // Read as arrays, made plain objects of one shape (100 rows through the list's HTML: 0.6–0.9 ms
  // as node:sqlite's row objects, 0.4–0.5 ms so).
  const rows = (arrayStatement(db, sql.rows).all(...unitIds, limit) as unknown as ListRowValues[]).map(([id, reference, unit_id, deadline_at, state, deadline_label, topic_name]): StaffListRow => ({ id, reference, unit_id, deadline_at, state, deadline_label, topic_name }));
  const total = (statement(db, sql.total).get(...unitIds) as { n: number }).n;
  return { rows, total };
}

/** An accepted callback request by reference, as a list row (open or closed). */
export function findStaffListRowByReference(db: Database, reference: string): StaffListRow | undefined {
  return statement(db, `SELECT ${LIST_COLUMNS} FROM requests AS r WHERE reference = ? AND ${CALLBACKS}`).get(reference) as StaffListRow | undefined;
}

/**
 * Claim an idempotency key for a notice (inside the caller's transaction):
 * true the first time, false ever after, whichever process or clock asks.
 */
export function claimNotice(db: Database, key: string, kind: string, requestId: number | null, now: Date): boolean {
  const result = statement(db, 'INSERT INTO staff_notices (key, request_id, kind, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING').run(key, requestId, kind, now.toISOString());
  return result.changes === 1;
}

/** Whether a notice key is already taken. */
export function noticeTaken(db: Database, key: string): boolean {
  return statement(db, 'SELECT 1 FROM staff_notices WHERE key = ?').get(key) !== undefined;
}

/** Delete notice keys (without a request) and sent request-less mail older than `cutoff`; returns how many rows went. */
export function purgeStaffLeftovers(db: Database, cutoff: Date): number {
  const iso = cutoff.toISOString();
  const notices = statement(db, 'DELETE FROM staff_notices WHERE request_id IS NULL AND created_at < ?').run(iso).changes;
  const mail = statement(db, "DELETE FROM outbox WHERE request_id IS NULL AND status IN ('sent', 'gave-up') AND created_at < ?").run(iso).changes;
  return Number(notices) + Number(mail);
}
