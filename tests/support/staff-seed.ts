/**
 * The staff pages need a stored request to show: this puts one, with a fixed
 * id and reference, into the test server's database (idempotent, safe while
 * the server runs) and names the signed links the page lists check.
 */
import { join } from 'node:path';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { buildRequest } from '../../src/callback/callback-service.ts';
import { openDatabase, transaction } from '../../src/db/database.ts';
import { requestLinkToken } from '../../src/staff/signed-links.ts';
import { contextAt, validForm } from '../unit/helpers/callback-fixture.ts';
import { TEST_DATA_DIR, testServerEnv } from './test-env.ts';

/** Id and reference of the seeded request. */
export const SEEDED_REQUEST = { id: 900_001, reference: 'TTT-777' } as const;
/** A second seeded request, taken and with a proposal of another date and form (the resident gave no e-mail). */
export const SEEDED_PROPOSAL_REQUEST = { id: 900_002, reference: 'TTT-778' } as const;
/** An id that never exists (a purged request): below the seeded one, since new rows take ids above it. */
export const PURGED_REQUEST_ID = 899_999;

const key = Buffer.from(testServerEnv.SIGNING_KEY);

/** Path (below the base) of a request's staff page. */
export const staffPagePath = (id: number) => `obsluga/prosba/${requestLinkToken(key, id)}/`;

/** Store (or reset to "nowa") the seeded request. */
export function seedStaffRequest(): void {
  const db = openDatabase(join(process.cwd(), TEST_DATA_DIR));
  try {
    const now = new Date();
    const built = buildRequest(validForm(callbackExamples.validOnBehalfByEmail.answers), contextAt(now), SEEDED_REQUEST.reference);
    if ('kind' in built) throw new Error(`seed: ${built.message}`);
    transaction(db, () => {
      db.prepare('DELETE FROM requests WHERE id = ? OR reference = ?').run(SEEDED_REQUEST.id, SEEDED_REQUEST.reference);
      db.prepare(
        `INSERT INTO requests (id, reference, view_token, status, created_at, topic_id, unit_id, deadline_at, payload) VALUES (?, ?, 'seed', 'accepted', ?, ?, ?, ?, ?)`,
      ).run(SEEDED_REQUEST.id, SEEDED_REQUEST.reference, built.createdAt, built.topic.id, built.unit.id, built.deadline, JSON.stringify(built));
    });
  } finally {
    db.close();
  }
}

/** Store (or reset) the request with a proposal: in progress, version 3, history "take" then "propose". */
export function seedProposalRequest(): void {
  const db = openDatabase(join(process.cwd(), TEST_DATA_DIR));
  try {
    const now = new Date();
    const { id, reference } = SEEDED_PROPOSAL_REQUEST;
    const built = buildRequest(validForm(callbackExamples.chosenPersonAsap.answers), contextAt(now), reference);
    if ('kind' in built) throw new Error(`seed: ${built.message}`);
    const at = now.toISOString();
    const detail = { reasons: 'Tłumacz nie może przyjść w tym dniu.', proposedDate: 'poniedziałek, o 10:00', proposedForm: 'połączenie wideo z tłumaczem online' };
    transaction(db, () => {
      db.prepare('DELETE FROM request_history WHERE request_id = ?').run(id);
      db.prepare('DELETE FROM requests WHERE id = ? OR reference = ?').run(id, reference);
      db.prepare(
        `INSERT INTO requests (id, reference, view_token, status, created_at, topic_id, unit_id, deadline_at, payload, state, version) VALUES (?, ?, 'seed', 'accepted', ?, ?, ?, ?, ?, 'in-progress', 3)`,
      ).run(id, reference, built.createdAt, built.topic.id, built.unit.id, built.deadline, JSON.stringify(built));
      const history = db.prepare('INSERT INTO request_history (request_id, version, at, action, state, actor, detail) VALUES (?, ?, ?, ?, ?, ?, ?)');
      history.run(id, 2, at, 'take', 'in-progress', 'Jan Kowalski', '{}');
      history.run(id, 3, at, 'propose', 'in-progress', 'Jan Kowalski', JSON.stringify(detail));
    });
  } finally {
    db.close();
  }
}
