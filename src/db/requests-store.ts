/** Queries on stored callback requests. */
import { statement, transaction, type Database } from './database.ts';
import { recordFacts, recordFactsBefore } from './request-facts-store.ts';
import { PURGED_OPEN_OUTCOME, PURGED_OPEN_STATE } from '../register/request-outcome.ts';
import { toMinute } from '../register/request-facts.ts';

/** A request row as stored. */
export interface RequestRow {
  id: number;
  reference: string;
  view_token: string;
  status: 'accepted' | 'rejected-honeypot';
  created_at: string;
  topic_id: string;
  unit_id: string;
  deadline_at: string;
  payload: string;
  /** What was asked: a callback, or an accessibility request under one of the two laws. */
  kind: 'oddzwonienie' | 'dostepnosc-cyfrowa' | 'dostepnosc-architektoniczna';
}

/**
 * Insert a request; returns its id, higher than any id ever given (purged ones included, see
 * migration 60). Throws on a duplicate reference (the caller draws a new one).
 */
export function insertRequest(db: Database, row: Omit<RequestRow, 'id' | 'kind'> & { kind?: RequestRow['kind'] }): number {
  const result = statement(
    db,
    `INSERT INTO requests (id, reference, view_token, status, created_at, topic_id, unit_id, deadline_at, payload, kind)
     VALUES (MAX((SELECT IFNULL(MAX(id), 0) FROM requests), (SELECT id FROM request_id_floor)) + 1,
             :reference, :view_token, :status, :created_at, :topic_id, :unit_id, :deadline_at, :payload, :kind)`,
  ).run({ kind: 'oddzwonienie', ...row });
  const id = Number(result.lastInsertRowid);
  recordFacts(db, id);
  return id;
}

/** The request with this reference, if stored. */
export function findRequestByReference(db: Database, reference: string): RequestRow | undefined {
  return statement(db, 'SELECT * FROM requests WHERE reference = ?').get(reference) as RequestRow | undefined;
}

/**
 * Delete requests (and, by cascade, their mail and history) created before
 * `cutoff`, after writing their anonymous facts one last time; returns how many.
 * A request still open when it goes can never be closed: its facts are closed
 * at `now` as purged without an outcome (late when nobody reached the person),
 * so it does not stay "overdue now" in the register for ever.
 */
export function purgeRequestsBefore(db: Database, cutoff: Date, now: Date = cutoff): number {
  return transaction(db, () => {
    recordFactsBefore(db, cutoff);
    const purged = Number(statement(db, 'DELETE FROM requests WHERE created_at < ?').run(cutoff.toISOString()).changes);
    statement(db, 'UPDATE request_facts SET state = ?, outcome = ?, closed_at = ?, on_time = COALESCE(on_time, 0) WHERE request_id IS NULL AND outcome IS NULL').run(
      PURGED_OPEN_STATE,
      PURGED_OPEN_OUTCOME,
      toMinute(now.toISOString()),
    );
    return purged;
  });
}

/** Whether a reference is already taken. */
export function referenceExists(db: Database, reference: string): boolean {
  return statement(db, 'SELECT 1 FROM requests WHERE reference = ?').get(reference) !== undefined;
}
