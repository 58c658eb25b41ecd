import { afterEach, describe, expect, it } from 'vitest';
import type { MailMessage } from '../../src/mail/mail-message.ts';
import { accessFor } from '../../src/staff/staff-access.ts';
import { runStaffClockOnce } from '../../src/staff/staff-clock.ts';
import { confirmSignIn, requestSignIn, signInTokenState, signOut, staffFromCookie, type SignInContext } from '../../src/staff/staff-sign-in.ts';
import { OfficeCalendar } from '../../src/calendar/working-days.ts';
import { tempDatabase } from './helpers/callback-fixture.ts';
import { calendar, office, units } from './helpers/real-content.ts';

const key = Buffer.from('k'.repeat(43));
const t0 = new Date('2026-12-02T08:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
let cleanup = (): void => {};
afterEach(() => {
  cleanup();
  cleanup = () => {};
});
function setup() {
  const t = tempDatabase();
  cleanup = t.cleanup;
  return t.db;
}
const ctx = (now: Date): SignInContext => ({
  now, units, coordinatorEmail: office.koordynator.email, fallbackUnitId: 'pom', confirmLink: (t) => `http://127.0.0.1:4400/obsluga/logowanie/${t}/`,
  officeName: office.nazwa, messageIdHost: 'lomza.example', fallbackEmails: ['pom@lomza.example'],
});
const sentLinks = (db: ReturnType<typeof setup>) =>
  (db.prepare("SELECT message FROM outbox WHERE message_id LIKE '<signin.%' ORDER BY id").all() as { message: string }[]).map((r) => JSON.parse(r.message) as MailMessage);
const tokenOf = (m: MailMessage) => /logowanie\/([0-9a-f]{64})\//.exec(m.text)![1]!;
const counts = (db: ReturnType<typeof setup>) => db.prepare('SELECT (SELECT COUNT(*) FROM staff_sign_in_tokens) AS tokens, (SELECT COUNT(*) FROM staff_sessions) AS sessions, (SELECT COUNT(*) FROM outbox) AS mail').get();

describe('who may sign in', () => {
  it('a unit address sees its unit; POM and the coordinator see every unit; others none', () => {
    expect(accessFor(' Podatki@Lomza.example ', units, office.koordynator.email, 'pom')).toEqual({ email: 'podatki@lomza.example', unitIds: ['finanse'], everyUnit: false });
    expect(accessFor('pom@lomza.example', units, office.koordynator.email, 'pom')?.everyUnit).toBe(true);
    expect(accessFor('dostepnosc@lomza.example', units, office.koordynator.email, 'pom')).toMatchObject({ everyUnit: true, unitIds: units.map((u) => u.id) });
    expect(accessFor('ktos@example.com', units, office.koordynator.email, 'pom')).toBeUndefined();
  });
});

describe('sign-in links', () => {
  it('are sent only to allowed addresses; an unknown one stores and sends nothing', () => {
    const db = setup();
    expect(requestSignIn(db, 'ktos@example.com', ctx(t0))).toBe('not-allowed');
    expect(counts(db)).toEqual({ tokens: 0, sessions: 0, mail: 0 });
    expect(requestSignIn(db, 'usc@lomza.example', ctx(t0))).toBe('sent');
    const [mail] = sentLinks(db);
    expect(mail!.to).toEqual(['usc@lomza.example']);
    expect(mail!.text).toContain('Link działa 15 minut i tylko raz.');
    expect(db.prepare('SELECT token_hash FROM staff_sign_in_tokens').get()).not.toEqual({ token_hash: tokenOf(mail!) });
  });

  it('work once: a GET-like check does not use them up, the first POST signs in, a replay is refused', () => {
    const db = setup();
    requestSignIn(db, 'usc@lomza.example', ctx(t0));
    const token = tokenOf(sentLinks(db)[0]!);
    expect(signInTokenState(db, token, later(1))).toBe('valid');
    expect(signInTokenState(db, token, later(2))).toBe('valid');
    const first = confirmSignIn(db, token, key, later(3));
    expect(first.kind).toBe('ok');
    expect(confirmSignIn(db, token, key, later(4))).toEqual({ kind: 'used' });
    if (first.kind !== 'ok') return;
    expect(first.maxAgeSeconds).toBe(36_000);
    expect(staffFromCookie(db, first.cookie, key, later(5), ctx(t0))).toMatchObject({ email: 'usc@lomza.example', unitIds: ['usc'] });
  });

  it('expire after 15 minutes, and an unknown or malformed token signs nobody in', () => {
    const db = setup();
    requestSignIn(db, 'usc@lomza.example', ctx(t0));
    const token = tokenOf(sentLinks(db)[0]!);
    expect(confirmSignIn(db, token, key, later(15))).toEqual({ kind: 'expired' });
    for (const bad of ['', 'x', token.replace(/.$/, token.endsWith('a') ? 'b' : 'a'), token.toUpperCase(), `${token}0`]) expect(confirmSignIn(db, bad, key, later(1))).toEqual({ kind: 'unknown' });
    expect(counts(db)).toMatchObject({ sessions: 0 });
  });

  it('are limited to three per address per quarter hour', () => {
    const db = setup();
    expect([1, 2, 3, 4].map((i) => requestSignIn(db, 'usc@lomza.example', ctx(later(i))))).toEqual(['sent', 'sent', 'sent', 'limited']);
    expect(requestSignIn(db, 'usc@lomza.example', ctx(later(17)))).toBe('sent');
  });
});

describe('sessions', () => {
  it('refuse a tampered, foreign-key or expired cookie, and end at sign-out', () => {
    const db = setup();
    requestSignIn(db, 'pom@lomza.example', ctx(t0));
    const ok = confirmSignIn(db, tokenOf(sentLinks(db)[0]!), key, later(1));
    if (ok.kind !== 'ok') throw new Error(ok.kind);
    const other = Buffer.from('q'.repeat(43));
    expect(staffFromCookie(db, ok.cookie.replace(/.$/, ok.cookie.endsWith('A') ? 'B' : 'A'), key, later(2), ctx(t0))).toBeUndefined();
    expect(staffFromCookie(db, ok.cookie, other, later(2), ctx(t0))).toBeUndefined();
    expect(staffFromCookie(db, ok.cookie, key, later(1 + 10 * 60), ctx(t0))).toBeUndefined();
    expect(staffFromCookie(db, ok.cookie, key, later(2), ctx(t0))?.everyUnit).toBe(true);
    signOut(db, ok.cookie, key);
    expect(staffFromCookie(db, ok.cookie, key, later(3), ctx(t0))).toBeUndefined();
  });

  it('lose access when the address leaves content', () => {
    const db = setup();
    requestSignIn(db, 'usc@lomza.example', ctx(t0));
    const ok = confirmSignIn(db, tokenOf(sentLinks(db)[0]!), key, later(1));
    if (ok.kind !== 'ok') throw new Error(ok.kind);
    expect(staffFromCookie(db, ok.cookie, key, later(2), { ...ctx(t0), units: units.filter((u) => u.id !== 'usc') })).toBeUndefined();
  });

  it('and sign-in tokens are deleted by the clock once expired; their e-mails a day later', () => {
    const db = setup();
    requestSignIn(db, 'usc@lomza.example', ctx(t0));
    const ok = confirmSignIn(db, tokenOf(sentLinks(db)[0]!), key, later(1));
    expect(ok.kind).toBe('ok');
    const clock = {
      db, content: { units, calendarFor: () => calendar ?? new OfficeCalendar(office.godziny), pomEmails: ['pom@lomza.example'], coordinatorEmail: office.koordynator.email, officePhone: office.telefon },
      links: { request: (id: number) => `x/${id}`, accessibilityRequest: (id: number) => `y/${id}`, list: () => 'x' }, leadMinutes: 120, digestHour: 23, retentionDays: 90, messageIdHost: 'lomza.example',
    };
    runStaffClockOnce(clock, later(11 * 60));
    expect(counts(db)).toEqual({ tokens: 1, sessions: 0, mail: 1 });
    runStaffClockOnce(clock, later(25 * 60));
    expect(counts(db)).toEqual({ tokens: 0, sessions: 0, mail: 0 });
  });
});
