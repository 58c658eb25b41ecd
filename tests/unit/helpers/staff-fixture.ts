/** A stored request and the staff context on the real content, for tests of the staff side. */
import { callbackExamples } from '../../../src/callback/callback-examples.ts';
import { submitCallback } from '../../../src/callback/callback-service.ts';
import type { Database } from '../../../src/db/database.ts';
import type { StaffContext } from '../../../src/staff/staff-service.ts';
import { staffActionSchema, type StaffActionForm } from '../../../src/staff/staff-action-schema.ts';
import { contextAt, mailContext, validForm } from './callback-fixture.ts';

/** The staff service's context at `now`, with fixed links. */
export function staffContextAt(now: Date): StaffContext {
  const c = contextAt(now);
  return {
    now,
    units: c.units,
    mail: mailContext,
    links: (id, unit) => ({ request: `http://127.0.0.1:4400/obsluga/prosba/${id}-podpis/`, list: `http://127.0.0.1:4400/obsluga/?jednostka=${unit}` }),
    fallbackEmails: c.fallbackEmails,
  };
}

/** Store one request from a named example at `now`; returns its id and reference. */
export async function storedRequest(db: Database, now: Date, example: keyof typeof callbackExamples = 'valid'): Promise<{ id: number; reference: string }> {
  const result = await submitCallback(db, validForm(callbackExamples[example].answers), contextAt(now));
  if (result.kind !== 'accepted') throw new Error(result.kind);
  const row = db.prepare('SELECT id FROM requests WHERE reference = ?').get(result.reference) as { id: number };
  return { id: row.id, reference: result.reference };
}

/** A posted staff action through the real schema (throws when invalid). */
export function staffForm(fields: Record<string, string>): StaffActionForm {
  return staffActionSchema.parse(fields);
}

/** Everything the staff side can change, to prove a refusal changed nothing. */
export function snapshot(db: Database): unknown {
  return {
    requests: db.prepare('SELECT id, state, version, unit_id, payload FROM requests ORDER BY id').all(),
    history: db.prepare('SELECT * FROM request_history ORDER BY id').all(),
    outbox: db.prepare('SELECT id, message_id, status FROM outbox ORDER BY id').all(),
  };
}
