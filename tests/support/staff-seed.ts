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
import { buildAccessibilityRequest } from '../../src/accessibility-requests/accessibility-request.ts';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { accessibilityRequestSchema, requestAnswersFromForm } from '../../src/accessibility-requests/request-schema.ts';
import { warsawInstant } from '../../src/calendar/warsaw-time.ts';
import { accessibilityActionSchema } from '../../src/staff/accessibility-action-schema.ts';
import { applyAccessibilityAction } from '../../src/staff/accessibility-service.ts';
import { calendar, letters, office } from '../unit/helpers/real-content.ts';

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

/** Accessibility requests seeded in each coordinator state, with fixed ids and references. */
export const SEEDED_ACCESSIBILITY = {
  new: { id: 900_101, reference: 'TTA-101', example: 'validDigital', actions: [] },
  'in-progress': { id: 900_102, reference: 'TTA-102', example: 'validArchitecturalByPost', actions: [{ czynnosc: 'take' }] },
  extended: { id: 900_103, reference: 'TTA-103', example: 'validDigital', actions: [{ czynnosc: 'take' }, { czynnosc: 'extend', termin: 'LATEST', powody: 'Dokument przygotowuje wykonawca zewnętrzny.' }] },
  done: { id: 900_104, reference: 'TTA-104', example: 'validDigital', actions: [{ czynnosc: 'take' }, { czynnosc: 'done', opis: 'Formularz jest teraz plikiem PDF z tekstem.' }] },
  'alternative-access': { id: 900_105, reference: 'TTA-105', example: 'validCommunicationByPhone', actions: [{ czynnosc: 'take' }, { czynnosc: 'alternative', opis: 'Tłumacz PJM online przy stanowisku nr 3, po umówieniu terminu.' }] },
  refused: { id: 900_106, reference: 'TTA-106', example: 'validArchitecturalByPost', actions: [{ czynnosc: 'take' }, { czynnosc: 'refuse', powody: 'Budynek jest zabytkiem; konserwator nie zgodził się na podjazd.' }] },
} as const satisfies Record<string, { id: number; reference: string; example: keyof typeof accessibilityRequestExamples; actions: readonly Record<string, string>[] }>;

/** Path (below the base) of an accessibility request's page, and of its printable letter of `version`. */
export const accessibilityPagePath = (id: number) => `obsluga/wniosek/${requestLinkToken(key, id)}/`;
export const letterPagePath = (id: number, version: number) => `${accessibilityPagePath(id)}pismo/${version}/`;

/** Store (or reset) the seeded accessibility requests, each moved to its state through the real service. */
export function seedAccessibilityRequests(): void {
  const db = openDatabase(join(process.cwd(), TEST_DATA_DIR));
  try {
    const now = new Date();
    const ctx = { now, calendar, letters, sender: { officeName: office.nazwa, coordinator: office.koordynator }, messageIdHost: 'localhost', fallbackEmails: [] };
    for (const seed of Object.values(SEEDED_ACCESSIBILITY)) {
      const form = accessibilityRequestSchema.parse(requestAnswersFromForm(new URLSearchParams(accessibilityRequestExamples[seed.example].answers)));
      const request = buildAccessibilityRequest(form, now, calendar, seed.reference);
      transaction(db, () => {
        db.prepare('DELETE FROM requests WHERE id = ? OR reference = ?').run(seed.id, seed.reference);
        db.prepare(
          `INSERT INTO requests (id, reference, view_token, status, created_at, topic_id, unit_id, deadline_at, payload, kind) VALUES (?, ?, 'seed', 'accepted', ?, ?, 'koordynator', ?, ?, ?)`,
        ).run(seed.id, seed.reference, request.createdAt, request.place, warsawInstant(request.clock.lastDay, 24 * 60 - 1).toISOString(), JSON.stringify(request), request.law === 'cyfrowa' ? 'dostepnosc-cyfrowa' : 'dostepnosc-architektoniczna');
      });
      seed.actions.forEach((fields: Record<string, string>, i) => {
        const posted = { kto: 'Ewa Koordynator', wersja: String(i + 1), ...fields, ...(fields['termin'] === 'LATEST' ? { termin: request.clock.latestExtension } : {}) };
        const result = applyAccessibilityAction(db, seed.id, accessibilityActionSchema.parse(posted), ctx);
        if (result.kind !== 'ok') throw new Error(`seed ${seed.reference}: ${JSON.stringify(result)}`);
      });
      // The seeded letters are not sent: the test server's outbox is for the tests' own mail.
      db.prepare("DELETE FROM outbox WHERE request_id = ? AND kind = 'resident'").run(seed.id);
    }
  } finally {
    db.close();
  }
}
