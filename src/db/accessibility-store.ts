/**
 * Queries of the coordinator's side of accessibility requests: one request
 * with its state and version, the open ones by deadline, and the move to a
 * new state (with a new deadline and payload after an extension).
 * History and notice keys are the staff side's (`staff-store.ts`).
 */
import { recordFacts } from './request-facts-store.ts';
import type { AccessibilityState } from '../staff/accessibility-request-state.ts';
import { statement, type Database } from './database.ts';
import type { RequestRow } from './requests-store.ts';

/** An accessibility request with its coordinator-side columns. */
export interface AccessibilityRequestRow extends RequestRow {
  kind: 'dostepnosc-cyfrowa' | 'dostepnosc-architektoniczna';
  state: AccessibilityState;
  version: number;
}

const ACCESSIBILITY = "status = 'accepted' AND kind IN ('dostepnosc-cyfrowa', 'dostepnosc-architektoniczna')";
const OPEN = `${ACCESSIBILITY} AND state IN ('new', 'in-progress', 'extended')`;

/** An accepted accessibility request by id (honeypot rows are never shown). */
export function findAccessibilityRequest(db: Database, id: number): AccessibilityRequestRow | undefined {
  return statement(db, `SELECT * FROM requests WHERE id = ? AND ${ACCESSIBILITY}`).get(id) as AccessibilityRequestRow | undefined;
}

/** An accepted accessibility request by reference. */
export function findAccessibilityRequestByReference(db: Database, reference: string): AccessibilityRequestRow | undefined {
  return statement(db, `SELECT * FROM requests WHERE reference = ? AND ${ACCESSIBILITY}`).get(reference) as AccessibilityRequestRow | undefined;
}

/** Open accessibility requests, earliest deadline first. */
export function openAccessibilityRequests(db: Database): AccessibilityRequestRow[] {
  return statement(db, `SELECT * FROM requests WHERE ${OPEN} ORDER BY deadline_at, id`).all() as unknown as AccessibilityRequestRow[];
}

/**
 * Move a request from `fromVersion` to the next version with a new state
 * (and deadline and payload after an extension). Returns false, changing
 * nothing, when someone else changed it first.
 */
export function updateAccessibilityState(db: Database, id: number, fromVersion: number, change: { state: AccessibilityState; deadlineAt?: string; payload?: string }): boolean {
  const result = statement(
    db,
    `UPDATE requests SET state = :state, version = version + 1,
       deadline_at = coalesce(:deadline, deadline_at), payload = coalesce(:payload, payload)
     WHERE id = :id AND version = :version AND ${ACCESSIBILITY}`,
  ).run({ state: change.state, deadline: change.deadlineAt ?? null, payload: change.payload ?? null, id, version: fromVersion });
  return result.changes === 1;
}

/** One change of an accessibility request (a row of `request_history`). */
export interface AccessibilityHistoryRow {
  id: number;
  request_id: number;
  /** The request's version after this change. */
  version: number;
  at: string;
  action: string;
  state: AccessibilityState;
  actor: string;
  /** JSON object: see `AccessibilityHistoryDetail` in `src/staff/accessibility-service.ts`. */
  detail: string;
}

/** The history of an accessibility request, oldest first. */
export function accessibilityHistoryOf(db: Database, requestId: number): AccessibilityHistoryRow[] {
  return statement(db, 'SELECT * FROM request_history WHERE request_id = ? ORDER BY id').all(requestId) as unknown as AccessibilityHistoryRow[];
}

/** Add a history entry (inside the caller's transaction). */
export function addAccessibilityHistory(db: Database, entry: Omit<AccessibilityHistoryRow, 'id'>): void {
  statement(db, 'INSERT INTO request_history (request_id, version, at, action, state, actor, detail) VALUES (:request_id, :version, :at, :action, :state, :actor, :detail)').run({ ...entry });
  recordFacts(db, entry.request_id);
}
