/**
 * The staff pages need stored requests and a signed-in clerk to show: this
 * puts them into the test server's database (idempotent, safe while the
 * server runs): a request in each state, with its history, fixed ids and
 * references, and staff sessions with fixed ids, whose signed cookies the
 * page lists send (tests/support/pages.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { buildRequest } from '../../src/callback/callback-service.ts';
import { openDatabase, transaction, type Database } from '../../src/db/database.ts';
import type { RequestState, StaffAction } from '../../src/staff/request-state.ts';
import { requestLinkToken, signValue } from '../../src/staff/signed-links.ts';
import { SESSION_COOKIE } from '../../src/staff/staff-sign-in.ts';
import { contextAt, validForm } from '../unit/helpers/callback-fixture.ts';
import { TEST_DATA_DIR, testServerEnv } from './test-env.ts';
import { buildAccessibilityRequest } from '../../src/accessibility-requests/accessibility-request.ts';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { accessibilityRequestSchema, requestAnswersFromForm } from '../../src/accessibility-requests/request-schema.ts';
import { warsawInstant } from '../../src/calendar/warsaw-time.ts';
import { accessibilityActionSchema } from '../../src/staff/accessibility-action-schema.ts';
import { applyAccessibilityAction } from '../../src/staff/accessibility-service.ts';
import { calendar, letters, office } from '../unit/helpers/real-content.ts';

/** Id and reference of the seeded request ("nowa"). */
export const SEEDED_REQUEST = { id: 900_001, reference: 'TTT-777' } as const;
/** A second seeded request, taken and with a proposal of another date and form (the resident gave no e-mail). */
export const SEEDED_PROPOSAL_REQUEST = { id: 900_002, reference: 'TTT-778' } as const;
/** An id that never exists (a purged request): below the seeded one, since new rows take ids above it. */
export const PURGED_REQUEST_ID = 899_999;

/** One seeded request in a later state, with the history that led there. */
interface SeededState {
  id: number;
  reference: string;
  state: RequestState;
  /** Deadline already passed. */
  overdue?: boolean;
  /** Changes after "nowa": action, hours before now (Warsaw morning or afternoon for attempts), detail. */
  history: { action: StaffAction; state: RequestState; at: 'morning' | 'afternoon' | 'recent'; detail?: Record<string, string> }[];
}

const take = { action: 'take', state: 'in-progress', at: 'recent' } as const;
const attemptMorning = { action: 'attempt', state: 'attempt-failed', at: 'morning', detail: { note: 'nikt nie odebrał' } } as const;
const attemptAfternoon = { action: 'attempt', state: 'attempt-failed', at: 'afternoon' } as const;

/**
 * A request in each state the page shows differently (ids below the purged
 * one, so no submitted request takes them). Each belongs to the seeded
 * request's unit, except the transferred one, which moved.
 */
export const SEEDED_STATES = {
  inProgressOverdue: { id: 800_001, reference: 'TTT-773', state: 'in-progress', overdue: true, history: [take] },
  attemptFailedOnce: { id: 800_002, reference: 'TTT-774', state: 'attempt-failed', history: [take, attemptMorning] },
  attemptFailedTwice: { id: 800_003, reference: 'TTT-776', state: 'attempt-failed', history: [take, attemptMorning, attemptAfternoon] },
  done: { id: 800_004, reference: 'TTT-779', state: 'done', history: [take, { action: 'done', state: 'done', at: 'recent', detail: { channel: 'telefon', note: 'umówiona wizyta w czwartek' } }] },
  unreachable: { id: 800_005, reference: 'TTT-77A', state: 'unreachable', history: [take, attemptMorning, attemptAfternoon, { action: 'unreachable', state: 'unreachable', at: 'recent' }] },
  transferred: { id: 800_006, reference: 'TTT-77C', state: 'transferred', history: [{ action: 'transfer', state: 'transferred', at: 'recent' }] },
} as const satisfies Record<string, SeededState>;

/** Requests the keyboard spec acts on (one per Playwright project, reset by each seeding). */
export const KEYBOARD_REQUESTS = { 'js-on': { id: 800_011, reference: 'TTT-77D' }, 'js-off': { id: 800_012, reference: 'TTT-77E' } } as const;

/** Who the seeded sessions belong to: a unit's clerk, the Punkt Obsługi Mieszkańców (every unit), a unit no test submits to, the accessibility coordinator. */
export const STAFF_USERS = {
  unit: 'podatki@lomza.example',
  everyUnit: 'pom@lomza.example',
  emptyUnit: 'usc@lomza.example',
  coordinator: 'dostepnosc@lomza.example',
} as const;
export type StaffUser = keyof typeof STAFF_USERS;

/** Unit of {@link STAFF_USERS.emptyUnit}: its list must stay empty. */
const EMPTY_UNIT_ID = 'usc';
/** Where the transferred request went. */
const TRANSFER_UNIT_ID = 'sprawy-spoleczne';

const key = Buffer.from(testServerEnv.SIGNING_KEY);
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** A fixed session id per address (64 hex digits, like a real one). */
const sessionId = (email: string) => sha256(`test-session:${email}`);

/** The session cookie of a seeded user, as the browser would hold it. */
export function staffSessionCookie(user: StaffUser): { name: string; value: string } {
  return { name: SESSION_COOKIE, value: signValue(key, 'session', sessionId(STAFF_USERS[user])) };
}

/** Path (below the base) of a request's staff page. */
export const staffPagePath = (id: number) => `obsluga/prosba/${requestLinkToken(key, id)}/`;

/** An instant `daysAgo` days back at a Warsaw wall-clock hour (morning 8:30, afternoon 14:30). */
function warsawAt(now: Date, part: 'morning' | 'afternoon', daysAgo = 1): string {
  const day = new Date(now.getTime() - daysAgo * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });
  // Winter offset; in summer the hour is one later, still the same part of the day.
  return new Date(`${day}T${part === 'morning' ? '08:30' : '14:30'}:00+01:00`).toISOString();
}

/** Store one request from the example at `created`; with `unitId`, moved there. Returns the unit names before and after. */
function insertRequest(db: Database, id: number, reference: string, created: Date, state: RequestState = 'new', version = 1, unitId?: string): { from: string; to: string } {
  const ctx = contextAt(created);
  let built = buildRequest(validForm(callbackExamples.validOnBehalfByEmail.answers), ctx, reference);
  if ('kind' in built) throw new Error(`seed: ${built.message}`);
  const moved = unitId === undefined ? undefined : ctx.units.find((u) => u.id === unitId);
  const from = built.unit.name;
  if (moved) built = { ...built, unit: { id: moved.id, name: moved.nazwa, phone: moved.telefon, emails: [...moved.email] } };
  db.prepare('DELETE FROM requests WHERE id = ? OR reference = ?').run(id, reference);
  db.prepare(
    `INSERT INTO requests (id, reference, view_token, status, created_at, topic_id, unit_id, deadline_at, payload, state, version) VALUES (?, ?, 'seed', 'accepted', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, reference, built.createdAt, built.topic.id, built.unit.id, built.deadline, JSON.stringify(built), state, version);
  return { from, to: built.unit.name };
}

/** Store (or reset) the seeded requests and the staff sessions. */
export function seedStaffRequest(): void {
  const db = openDatabase(join(process.cwd(), TEST_DATA_DIR));
  try {
    const now = new Date();
    transaction(db, () => {
      insertRequest(db, SEEDED_REQUEST.id, SEEDED_REQUEST.reference, now);
      for (const k of Object.values(KEYBOARD_REQUESTS)) insertRequest(db, k.id, k.reference, now);
      for (const s of Object.values(SEEDED_STATES) as SeededState[]) {
        // An overdue request came in a week ago; the others today.
        const transferred = s.state === 'transferred';
        const units = insertRequest(db, s.id, s.reference, s.overdue ? new Date(now.getTime() - 7 * 86_400_000) : now, s.state, s.history.length + 1, transferred ? TRANSFER_UNIT_ID : undefined);
        s.history.forEach((h, i) => {
          const at = h.at === 'recent' ? new Date(now.getTime() - (s.history.length - i) * 60_000).toISOString() : warsawAt(now, h.at);
          const detail = h.action === 'transfer' ? { fromUnit: units.from, toUnit: units.to } : (h.detail ?? {});
          db.prepare('INSERT INTO request_history (request_id, version, at, action, state, actor, detail) VALUES (?, ?, ?, ?, ?, ?, ?)').run(s.id, i + 2, at, h.action, h.state, 'Jan Kowalski', JSON.stringify(detail));
        });
      }
      const expires = new Date(now.getTime() + 24 * 3_600_000).toISOString();
      for (const email of Object.values(STAFF_USERS)) {
        db.prepare('INSERT INTO staff_sessions (id_hash, email, created_at, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (id_hash) DO UPDATE SET expires_at = excluded.expires_at').run(sha256(sessionId(email)), email, now.toISOString(), expires);
      }
    });
    const open = db.prepare("SELECT reference FROM requests WHERE unit_id = ? AND status = 'accepted' AND state IN ('new', 'in-progress', 'attempt-failed', 'transferred')").all(EMPTY_UNIT_ID) as { reference: string }[];
    if (open.length > 0) throw new Error(`seed: the empty staff list needs unit ${EMPTY_UNIT_ID} without open requests, it has ${open.map((r) => r.reference).join(', ')}`);
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

/**
 * Run `work` while no other process runs it: every Playwright worker (and
 * pa11y, vnu) imports the page states and seeds. A seed made of several
 * transactions (the accessibility requests go through the real service, one
 * action at a time) must not interleave with another process's reset, or
 * its next action meets a version it did not expect. The lock is a file
 * created exclusively; one left by a process that died is taken after 60 s.
 */
function seedingAlone(work: () => void): void {
  const lock = join(process.cwd(), dirname(TEST_DATA_DIR), 'seed.lock');
  mkdirSync(dirname(lock), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const until = Date.now() + 120_000; ; ) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 60_000) unlinkSync(lock);
      } catch {
        // Released (or taken over) meanwhile: try again.
      }
      if (Date.now() > until) throw new Error(`seed: ${lock} is held for over 2 minutes`);
      Atomics.wait(pause, 0, 0, 20);
    }
  }
  try {
    work();
  } finally {
    unlinkSync(lock);
  }
}

/** Store (or reset) the seeded accessibility requests, each moved to its state through the real service (one process at a time). */
export function seedAccessibilityRequests(): void {
  seedingAlone(seedAccessibilityRequestsNow);
}

function seedAccessibilityRequestsNow(): void {
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
