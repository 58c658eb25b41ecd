/**
 * Data and sessions for the register's pages: staff sessions (the
 * coordinator, POM, a unit) straight in a database, and a set of requests of
 * both kinds with history, some of them purged, through the real services
 * so their facts are written as in production.
 */
import type { StaffUser } from './staff-seed.ts';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { accessibilityRequestSchema, requestAnswersFromForm } from '../../src/accessibility-requests/request-schema.ts';
import { submitAccessibilityRequest } from '../../src/accessibility-requests/request-service.ts';
import { buildRequest } from '../../src/callback/callback-service.ts';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { newReference, REFERENCE_ALPHABET } from '../../src/callback/reference-number.ts';
import { openDatabase, transaction, type Database } from '../../src/db/database.ts';
import { insertRequest, purgeRequestsBefore } from '../../src/db/requests-store.ts';
import { insertSession } from '../../src/db/staff-auth-store.ts';
import { signValue } from '../../src/staff/signed-links.ts';
import { applyStaffAction } from '../../src/staff/staff-service.ts';
import { calendar } from '../unit/helpers/real-content.ts';
import { contextAt, validForm } from '../unit/helpers/callback-fixture.ts';
import { staffContextAt, staffForm } from '../unit/helpers/staff-fixture.ts';
import { TEST_DATA_DIR, testServerEnv } from './test-env.ts';

/** Addresses that may sign in, from content/: the coordinator, the Punkt Obsługi Mieszkańców, one unit. */
export const STAFF_EMAILS = { coordinator: 'dostepnosc@lomza.example', pom: 'pom@lomza.example', unit: 'podatki@lomza.example' } as const;

/** Name of the session cookie (src/site/staff-session.ts). */
export const SESSION_COOKIE = 'oddzwonimy_sesja';

/** A live session for `email` in `db` (10 hours); returns the cookie value. */
export function seedSession(db: Database, email: string, key: Buffer = Buffer.from(testServerEnv.SIGNING_KEY)): string {
  const id = randomBytes(32).toString('hex');
  const now = new Date();
  insertSession(db, { hash: createHash('sha256').update(id).digest('hex'), email, now, expiresAt: new Date(now.getTime() + 10 * 3600_000) });
  return signValue(key, 'session', id);
}

/** Open the test server's database for `work`, then close it. */
export function withTestDatabase<T>(work: (db: Database) => T, dataDir = join(process.cwd(), TEST_DATA_DIR)): T {
  const db = openDatabase(dataDir);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

const accessibilityForm = (answers: Record<string, string>) => accessibilityRequestSchema.parse(requestAnswersFromForm(new URLSearchParams(answers)));

/**
 * Requests in March and April 2026 (callbacks handled on time, late and not
 * at all; both accessibility kinds), the March ones then purged as after the
 * retention period, and one from yesterday. Returns how many were stored.
 */
/** Store a callback from a named example at `now` (synchronously, facts and all); returns its id. */
function storedRequest(db: Database, now: Date, example: keyof typeof callbackExamples = 'valid', reference = newReference()): { id: number } {
  const built = buildRequest(validForm(callbackExamples[example].answers), contextAt(now), reference);
  if ('kind' in built) throw new Error(`seed: ${built.message}`);
  const id = transaction(db, () =>
    insertRequest(db, { reference: built.reference, view_token: 'seed', status: 'accepted', created_at: built.createdAt, topic_id: built.topic.id, unit_id: built.unit.id, deadline_at: built.deadline, payload: JSON.stringify(built) }),
  );
  return { id };
}

export function seedRegister(db: Database): number {
  const at = (iso: string) => new Date(iso);
  const march = [at('2026-03-03T08:00:00Z'), at('2026-03-04T09:00:00Z'), at('2026-03-05T10:00:00Z')];
  for (const when of march) {
    const { id } = storedRequest(db, when);
    applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' }), staffContextAt(new Date(when.getTime() + 30 * 60_000)));
    applyStaffAction(db, id, staffForm({ czynnosc: 'done', wersja: '2', kto: 'Jan Kowalski', kanal: 'telefon' }), staffContextAt(new Date(when.getTime() + 90 * 60_000)));
  }
  const late = storedRequest(db, at('2026-04-07T08:00:00Z'), 'validOnBehalfByEmail');
  applyStaffAction(db, late.id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Anna Nowak' }), staffContextAt(at('2026-04-09T08:00:00Z')));
  applyStaffAction(db, late.id, staffForm({ czynnosc: 'done', wersja: '2', kto: 'Anna Nowak', kanal: 'email' }), staffContextAt(at('2026-04-09T09:00:00Z')));
  storedRequest(db, at('2026-04-08T08:00:00Z'));
  const ctx = (now: Date) => ({ now, calendar, fallbackEmails: ['pom@lomza.example'], composeMails: () => [] });
  submitAccessibilityRequest(db, accessibilityForm(accessibilityRequestExamples.validDigital.answers), ctx(at('2026-04-10T08:00:00Z')));
  submitAccessibilityRequest(db, accessibilityForm(accessibilityRequestExamples.validArchitecturalByPost.answers), ctx(at('2026-04-14T08:00:00Z')));
  purgeRequestsBefore(db, at('2026-04-01T00:00:00Z'));
  // One within retention whatever the day the tests run: its row links to its page.
  storedRequest(db, new Date(Date.now() - 86_400_000));
  return march.length + 5;
}

/**
 * The register's page states for the a11y and HTML runners: seeds the test
 * server's database once (requests in March and April 2026); the states are
 * opened with the seeded staff sessions (tests/support/staff-seed.ts).
 */
export function registerPageStates(): { name: string; path: string; expectStatus?: number; signedInAs?: StaffUser; pa11ySkip?: string }[] {
  withTestDatabase((db) => {
    const seeded = (db.prepare("SELECT COUNT(*) AS n FROM request_facts WHERE received_at < '2026-05-01'").get() as { n: number }).n;
    if (seeded === 0) seedRegister(db);
  });
  const year = 'od=2026-01-01&do=2026-12-31';
  return [
    { name: 'register', path: `obsluga/rejestr/?${year}`, signedInAs: 'coordinator' },
    { name: 'register-default', path: 'obsluga/rejestr/', signedInAs: 'coordinator' },
    { name: 'register-filtered', path: `obsluga/rejestr/?${year}&rodzaj=oddzwonienie&stan=zamkniete&sort=termin&kierunek=rosnaco`, signedInAs: 'coordinator' },
    { name: 'register-empty', path: 'obsluga/rejestr/?od=2020-01-01&do=2020-12-31', signedInAs: 'coordinator' },
    { name: 'register-errors', path: 'obsluga/rejestr/?od=2026-05-01&do=2026-04-01&rodzaj=skarga&stan=x&strona=0', expectStatus: 400, signedInAs: 'coordinator' },
    { name: 'register-page-past-end', path: `obsluga/rejestr/?${year}&strona=999`, expectStatus: 400, signedInAs: 'coordinator' },
    { name: 'register-unit-forbidden', path: 'obsluga/rejestr/', expectStatus: 403, signedInAs: 'unit' },
    { name: 'register-download-signed-out', path: `obsluga/rejestr/rejestr.csv?${year}`, expectStatus: 403 },
    {
      name: 'figures',
      path: `obsluga/rejestr/liczby/?${year}`,
      signedInAs: 'coordinator',
    },
    { name: 'figures-empty', path: 'obsluga/rejestr/liczby/?od=2020-01-01&do=2020-12-31', signedInAs: 'coordinator' },
    { name: 'figures-error', path: 'obsluga/rejestr/liczby/?od=2019-01-01&do=2026-12-31', expectStatus: 400, signedInAs: 'coordinator' },
    { name: 'report', path: `obsluga/rejestr/raport/?${year}`, signedInAs: 'coordinator' },
    { name: 'report-error', path: 'obsluga/rejestr/raport/?od=31.02.2026', expectStatus: 400, signedInAs: 'coordinator' },
  ];
}

/** A month of the register with more than one page of callbacks (June 2025), for the paging spec. */
export const PAGED_MONTH = { from: '2025-06-01', to: '2025-06-30', count: 55 } as const;

/** Seed {@link PAGED_MONTH} once (callbacks on its working days) and return a coordinator's session cookie value. */
export function seedPagedMonth(): string {
  return withTestDatabase((db) => {
    // Both Playwright projects seed at once: a fixed reference per request makes the second one's insert
    // fail on the unique reference instead of doubling the month. The facts stay after the purge (the
    // requests are older than the retention), so a month already counted is not seeded again.
    const have = (db.prepare("SELECT COUNT(*) AS n FROM request_facts WHERE received_on BETWEEN '2025-06-01' AND '2025-06-30'").get() as { n: number }).n;
    for (let i = have; i < PAGED_MONTH.count; i++) {
      const reference = `PGM-${REFERENCE_ALPHABET[Math.floor(i / REFERENCE_ALPHABET.length)]}${REFERENCE_ALPHABET[i % REFERENCE_ALPHABET.length]}X`;
      try {
        storedRequest(db, new Date(Date.UTC(2025, 5, 2 + (i % 26), 7 + (i % 7), i)), 'valid', reference);
      } catch (error) {
        if (!/UNIQUE/.test(String(error))) throw error;
      }
    }
    return seedSession(db, STAFF_EMAILS.coordinator);
  });
}
