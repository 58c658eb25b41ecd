/**
 * The anonymous facts of each request (`request_facts`), kept when the
 * request is purged: written when a request is stored, on every change (with
 * its history entry) and once more just before the purge deletes it. The
 * link to the request (`request_id`) is cleared by the database when the
 * request goes (ON DELETE SET NULL), so nothing ties the facts to a person.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { factsOf, type FactsSource } from '../register/request-facts.ts';
import type { RequestKind } from '../register/request-outcome.ts';

const cache = new WeakMap<DatabaseSync, Map<string, StatementSync>>();
// Own statement cache: this module is also used by a migration, below database.ts.
function prepared(db: DatabaseSync, sql: string): StatementSync {
  let map = cache.get(db);
  if (!map) cache.set(db, (map = new Map()));
  let s = map.get(sql);
  if (!s) map.set(sql, (s = db.prepare(sql)));
  return s;
}

const UPSERT = `
  INSERT INTO request_facts (request_id, kind, law, channel_asked, channel_used, unit_id, topic_id, received_at, received_on, received_month,
    deadline_at, due_at, first_contact_at, first_contact_minutes, closed_at, state, outcome, extended_to, attempts, on_time)
  VALUES (:request_id, :kind, :law, :channel_asked, :channel_used, :unit_id, :topic_id, :received_at, :received_on, :received_month,
    :deadline_at, :due_at, :first_contact_at, :first_contact_minutes, :closed_at, :state, :outcome, :extended_to, :attempts, :on_time)
  ON CONFLICT (request_id) DO UPDATE SET
    kind = excluded.kind, law = excluded.law, channel_asked = excluded.channel_asked, channel_used = excluded.channel_used,
    unit_id = excluded.unit_id, topic_id = excluded.topic_id, received_at = excluded.received_at, received_on = excluded.received_on,
    received_month = excluded.received_month, deadline_at = excluded.deadline_at, due_at = excluded.due_at, first_contact_at = excluded.first_contact_at,
    first_contact_minutes = excluded.first_contact_minutes, closed_at = excluded.closed_at, state = excluded.state,
    outcome = excluded.outcome, extended_to = excluded.extended_to, attempts = excluded.attempts, on_time = excluded.on_time`;

interface StoredRow {
  id: number;
  status: string;
  kind: RequestKind;
  state: string;
  created_at: string;
  deadline_at: string;
  unit_id: string;
  topic_id: string;
  payload: string;
}

/** Write the facts of request `requestId` as it stands now (inside the caller's transaction). Honeypot rows have none. */
export function recordFacts(db: DatabaseSync, requestId: number): void {
  const row = prepared(db, 'SELECT id, status, kind, state, created_at, deadline_at, unit_id, topic_id, payload FROM requests WHERE id = ?').get(requestId) as StoredRow | undefined;
  if (!row || row.status !== 'accepted') return;
  const history = prepared(db, 'SELECT at, action, detail FROM request_history WHERE request_id = ? ORDER BY id').all(requestId) as unknown as FactsSource['history'];
  let payload: FactsSource['payload'] = {};
  try {
    payload = JSON.parse(row.payload) as FactsSource['payload'];
  } catch {
    payload = {};
  }
  const facts = factsOf({ kind: row.kind, state: row.state, created_at: row.created_at, deadline_at: row.deadline_at, unit_id: row.unit_id, topic_id: row.topic_id, payload, history });
  prepared(db, UPSERT).run({ request_id: requestId, ...facts });
}

/** Write the facts of every stored request created before `cutoff` (all when not given); returns how many. */
export function recordFactsBefore(db: DatabaseSync, cutoff?: Date): number {
  const ids = (cutoff
    ? prepared(db, "SELECT id FROM requests WHERE status = 'accepted' AND created_at < ?").all(cutoff.toISOString())
    : prepared(db, "SELECT id FROM requests WHERE status = 'accepted'").all()) as { id: number }[];
  for (const { id } of ids) recordFacts(db, id);
  return ids.length;
}
