/**
 * Data and sessions for the register's pages: staff sessions (the
 * coordinator, POM, a unit) straight in a database, and a set of requests of
 * both kinds with history, some of them purged, through the real services
 * so their facts are written as in production.
 */
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { accessibilityRequestSchema, requestAnswersFromForm } from '../../src/accessibility-requests/request-schema.ts';
import { submitAccessibilityRequest } from '../../src/accessibility-requests/request-service.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { purgeRequestsBefore } from '../../src/db/requests-store.ts';
import { insertSession } from '../../src/db/staff-auth-store.ts';
import { signValue } from '../../src/staff/signed-links.ts';
import { applyStaffAction } from '../../src/staff/staff-service.ts';
import { calendar } from '../unit/helpers/real-content.ts';
import { staffContextAt, staffForm, storedRequest } from '../unit/helpers/staff-fixture.ts';
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
export async function seedRegister(db: Database): Promise<number> {
  const at = (iso: string) => new Date(iso);
  const march = [at('2026-03-03T08:00:00Z'), at('2026-03-04T09:00:00Z'), at('2026-03-05T10:00:00Z')];
  for (const when of march) {
    const { id } = await storedRequest(db, when);
    applyStaffAction(db, id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' }), staffContextAt(new Date(when.getTime() + 30 * 60_000)));
    applyStaffAction(db, id, staffForm({ czynnosc: 'done', wersja: '2', kto: 'Jan Kowalski', kanal: 'telefon' }), staffContextAt(new Date(when.getTime() + 90 * 60_000)));
  }
  const late = await storedRequest(db, at('2026-04-07T08:00:00Z'), 'validOnBehalfByEmail');
  applyStaffAction(db, late.id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Anna Nowak' }), staffContextAt(at('2026-04-09T08:00:00Z')));
  applyStaffAction(db, late.id, staffForm({ czynnosc: 'done', wersja: '2', kto: 'Anna Nowak', kanal: 'email' }), staffContextAt(at('2026-04-09T09:00:00Z')));
  await storedRequest(db, at('2026-04-08T08:00:00Z'));
  const ctx = (now: Date) => ({ now, calendar, fallbackEmails: ['pom@lomza.example'], composeMails: () => [] });
  submitAccessibilityRequest(db, accessibilityForm(accessibilityRequestExamples.validDigital.answers), ctx(at('2026-04-10T08:00:00Z')));
  submitAccessibilityRequest(db, accessibilityForm(accessibilityRequestExamples.validArchitecturalByPost.answers), ctx(at('2026-04-14T08:00:00Z')));
  purgeRequestsBefore(db, at('2026-04-01T00:00:00Z'));
  // One within retention whatever the day the tests run: its row links to its page.
  await storedRequest(db, new Date(Date.now() - 86_400_000));
  return march.length + 5;
}
