/** Queries on stored callback requests. */
import { statement, type Database } from './database.ts';

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
  return Number(result.lastInsertRowid);
}

/** The request with this reference, if stored. */
export function findRequestByReference(db: Database, reference: string): RequestRow | undefined {
  return statement(db, 'SELECT * FROM requests WHERE reference = ?').get(reference) as RequestRow | undefined;
}

/** Delete requests (and, by cascade, their mail) created before `cutoff`; returns how many. */
export function purgeRequestsBefore(db: Database, cutoff: Date): number {
  return Number(statement(db, 'DELETE FROM requests WHERE created_at < ?').run(cutoff.toISOString()).changes);
}

/** Whether a reference is already taken. */
export function referenceExists(db: Database, reference: string): boolean {
  return statement(db, 'SELECT 1 FROM requests WHERE reference = ?').get(reference) !== undefined;
}
