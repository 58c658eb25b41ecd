/**
 * The coordinator's morning digest: what is overdue across every unit
 * (callbacks and accessibility requests), and from 1 March, until the
 * statement was reviewed this year, the yearly review reminder. Once a
 * morning, nothing when there is nothing to say.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { accessibilityRequestSchema, requestAnswersFromForm } from '../../src/accessibility-requests/request-schema.ts';
import { submitAccessibilityRequest } from '../../src/accessibility-requests/request-service.ts';
import type { Database } from '../../src/db/database.ts';
import type { MailMessage } from '../../src/mail/mail-message.ts';
import { runStaffClockOnce, statementReviewDue, type StaffClockOptions } from '../../src/staff/staff-clock.ts';
import { tempDatabase } from './helpers/callback-fixture.ts';
import { calendar, office, units } from './helpers/real-content.ts';
import { storedRequest } from './helpers/staff-fixture.ts';

const at = (local: string) => new Date(`${local}:00+01:00`);
let cleanup = (): void => {};
afterEach(() => {
  cleanup();
  cleanup = () => {};
});
function setup(): Database {
  const t = tempDatabase();
  cleanup = t.cleanup;
  return t.db;
}

function clock(db: Database, reviewedOn?: string): StaffClockOptions {
  return {
    db,
    content: { units, calendarFor: () => calendar, pomEmails: ['pom@lomza.example'], coordinatorEmail: office.koordynator.email, officePhone: office.telefon, statementReviewedOn: reviewedOn },
    links: {
      request: (id) => `http://127.0.0.1:4400/obsluga/prosba/${id}-podpis/`,
      accessibilityRequest: (id) => `http://127.0.0.1:4400/obsluga/wniosek/${id}-podpis/`,
      list: () => 'http://127.0.0.1:4400/obsluga/',
      register: (q) => `http://127.0.0.1:4400/obsluga/rejestr/?${q}`,
      statement: 'http://127.0.0.1:4400/deklaracja-dostepnosci/',
    },
    leadMinutes: 120,
    digestHour: 8,
    retentionDays: 90,
    messageIdHost: 'lomza.example',
  };
}
const coordinatorMail = (db: Database): MailMessage[] =>
  (db.prepare("SELECT message FROM outbox WHERE message_id LIKE '<digest.koordynator.%' ORDER BY id").all() as { message: string }[]).map((r) => JSON.parse(r.message) as MailMessage);

describe('the coordinator digest', () => {
  it('lists what is overdue across units, callbacks and accessibility requests, once a morning', async () => {
    const db = setup();
    const { reference } = await storedRequest(db, at('2026-12-01T09:00'));
    submitAccessibilityRequest(db, accessibilityRequestSchema.parse(requestAnswersFromForm(new URLSearchParams(accessibilityRequestExamples.validDigital.answers))), { now: at('2026-12-01T09:00'), calendar, fallbackEmails: [], composeMails: () => [] });
    runStaffClockOnce(clock(db, '2026-06-01'), at('2026-12-10T08:30'));
    runStaffClockOnce(clock(db, '2026-06-01'), at('2026-12-10T09:30'));
    const mails = coordinatorMail(db);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.to).toEqual([office.koordynator.email]);
    expect(mail.subject).toBe('Koordynator: po terminie: 2 – czwartek, 10 grudnia');
    expect(mail.text).toContain('Po terminie w całym urzędzie: 2.');
    expect(mail.text).toContain('Koordynator do spraw dostępności: 1');
    expect(mail.text).toContain(`${reference} – Prośba o kontakt – `);
    expect(mail.text).toContain('Żądanie dostępności cyfrowej – Koordynator do spraw dostępności – termin minął 08.12.2026, 23:59');
    expect(mail.text).toContain('http://127.0.0.1:4400/obsluga/rejestr/?od=2019-01-01&do=2026-12-10&termin=po-terminie-teraz&sort=termin&kierunek=rosnaco');
    expect(mail.text).not.toContain('Przegląd deklaracji');
  });

  it('sends nothing when nothing is overdue and no review is due', async () => {
    const db = setup();
    await storedRequest(db, at('2026-12-09T09:00'));
    expect(runStaffClockOnce(clock(db, '2026-06-01'), at('2026-12-09T10:00')).digests).toBe(1); // the unit's own digest only
    expect(coordinatorMail(db)).toEqual([]);
  });

  it('reminds of the yearly review of the statement from 1 March until it is reviewed', () => {
    const db = setup();
    runStaffClockOnce(clock(db, '2026-12-01'), at('2027-02-26T08:30'));
    expect(coordinatorMail(db)).toEqual([]);
    runStaffClockOnce(clock(db, '2026-12-01'), at('2027-03-01T08:30'));
    const [mail] = coordinatorMail(db);
    expect(mail?.subject).toBe('Koordynator: przegląd deklaracji – poniedziałek, 1 marca');
    expect(mail?.text).toContain('Deklarację dostępności trzeba przejrzeć co najmniej raz w roku, do 31 marca 2027 r. Ostatni przegląd: 1 grudnia 2026 r.');
    expect(mail?.text).toContain('http://127.0.0.1:4400/deklaracja-dostepnosci/');
    runStaffClockOnce(clock(db, '2027-01-15'), at('2027-03-02T08:30'));
    expect(coordinatorMail(db)).toHaveLength(1);
  });

  it('counts the review as due from 1 March of a year without a review in it', () => {
    expect(statementReviewDue('2027-02-28', '2026-05-01')).toBe(false);
    expect(statementReviewDue('2027-03-01', '2026-05-01')).toBe(true);
    expect(statementReviewDue('2027-11-30', '2026-05-01')).toBe(true);
    expect(statementReviewDue('2027-03-01', '2027-01-01')).toBe(false);
    expect(statementReviewDue('2027-03-01', undefined)).toBe(true);
  });
});
