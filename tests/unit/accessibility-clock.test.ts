/**
 * The staff clock on accessibility requests: a reminder to the coordinator a
 * lead time before the office's target (the working day on or before the
 * legal last day), an escalation to POM and the coordinator when it passes,
 * each exactly once; an extension brings a new deadline and new notices.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { accessibilityRequestSchema, requestAnswersFromForm } from '../../src/accessibility-requests/request-schema.ts';
import { submitAccessibilityRequest } from '../../src/accessibility-requests/request-service.ts';
import type { Database } from '../../src/db/database.ts';
import type { MailMessage } from '../../src/mail/mail-message.ts';
import { accessibilityActionSchema } from '../../src/staff/accessibility-action-schema.ts';
import { applyAccessibilityAction } from '../../src/staff/accessibility-service.ts';
import { runStaffClockOnce, type StaffClockOptions } from '../../src/staff/staff-clock.ts';
import { tempDatabase } from './helpers/callback-fixture.ts';
import { calendar, letters, office, units } from './helpers/real-content.ts';

// Warsaw is UTC+1 in December and January. Office hours: Monday 8:00–16:00, Tuesday–Friday 7:30–15:30.
const at = (local: string) => new Date(`${local}:00+01:00`);
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function stored(received: Date, example: keyof typeof accessibilityRequestExamples = 'validDigital'): { db: Database; id: number } {
  const t = tempDatabase();
  cleanups.push(t.cleanup);
  const form = accessibilityRequestSchema.parse(requestAnswersFromForm(new URLSearchParams(accessibilityRequestExamples[example].answers)));
  const result = submitAccessibilityRequest(t.db, form, { now: received, calendar, composeMails: () => [], fallbackEmails: [] });
  if (result.kind !== 'accepted') throw new Error('not accepted');
  return { db: t.db, id: (t.db.prepare('SELECT id FROM requests WHERE reference = ?').get(result.reference) as { id: number }).id };
}

const options = (db: Database): StaffClockOptions => ({
  db,
  content: { units, calendarFor: () => calendar, pomEmails: ['pom@lomza.example'], coordinatorEmail: office.koordynator.email, officePhone: office.telefon },
  links: { request: (id) => `http://x/obsluga/prosba/${id}/`, accessibilityRequest: (id) => `http://x/obsluga/wniosek/${id}-podpis/`, list: () => 'http://x/obsluga/' },
  leadMinutes: 120,
  digestHour: 23,
  retentionDays: 90,
  messageIdHost: 'lomza.example',
});
const mail = (db: Database): MailMessage[] => (db.prepare("SELECT message FROM outbox WHERE message_id LIKE '%.reminder.%' OR message_id LIKE '%.escalation.%' ORDER BY id").all() as { message: string }[]).map((r) => JSON.parse(r.message) as MailMessage);
const act = (db: Database, id: number, fields: Record<string, string>, now: Date) =>
  applyAccessibilityAction(db, id, accessibilityActionSchema.parse({ kto: 'Ewa', ...fields }), { now, calendar, letters, sender: { officeName: office.nazwa, coordinator: office.koordynator }, messageIdHost: 'lomza.example', fallbackEmails: [] });

describe('the clock on accessibility requests', () => {
  it('reminds the coordinator 2 working hours before closing on the last day, escalates at closing, each once', () => {
    // Received Tuesday 1 December: 7 days → Tuesday 8 December, the office closes at 15:30.
    const { db } = stored(at('2026-12-01T10:00'));
    const o = options(db);
    for (const t of ['2026-12-02T10:00', '2026-12-07T15:59', '2026-12-08T13:29']) expect(runStaffClockOnce(o, at(t)), t).toMatchObject({ reminders: 0, escalations: 0 });
    expect(runStaffClockOnce(o, at('2026-12-08T13:30')).reminders).toBe(1);
    expect(runStaffClockOnce(o, at('2026-12-08T14:00')).reminders).toBe(0);
    // A second process over the same database: nothing again.
    expect(runStaffClockOnce(options(db), at('2026-12-08T14:30')).reminders).toBe(0);
    expect(runStaffClockOnce(o, at('2026-12-08T15:29')).escalations).toBe(0);
    expect(runStaffClockOnce(o, at('2026-12-08T15:30')).escalations).toBe(1);
    expect(runStaffClockOnce(o, at('2026-12-09T09:00')).escalations).toBe(0);
    const [reminder, escalation] = mail(db);
    expect(reminder!.to).toEqual([office.koordynator.email]);
    expect(reminder!.subject).toMatch(/^Przypomnienie: wniosek o dostępność [A-Z0-9]{3}-[A-Z0-9]{3} – termin 8 grudnia 2026 r\.$/);
    expect(reminder!.text).toContain('http://x/obsluga/wniosek/');
    expect(escalation!.to).toEqual(['pom@lomza.example', office.koordynator.email]);
    expect(escalation!.text).toContain('Urząd miał odpowiedzieć najpóźniej 8 grudnia 2026 r.');
  });

  it('when the last day is a Saturday, the target is Friday: reminder and escalation come on Friday', () => {
    // Received Saturday 28 November: 7 days → Saturday 5 December; the office's target is Friday 4 December.
    const { db } = stored(at('2026-11-28T10:00'));
    const o = options(db);
    expect(runStaffClockOnce(o, at('2026-12-04T13:29')).reminders).toBe(0);
    expect(runStaffClockOnce(o, at('2026-12-04T13:30')).reminders).toBe(1);
    expect(runStaffClockOnce(o, at('2026-12-04T15:30')).escalations).toBe(1);
    expect(mail(db)[1]!.text).toContain('najpóźniej 4 grudnia 2026 r. (termin ustawowy: 5 grudnia 2026 r.)');
  });

  it('an extension moves the deadline: no escalation on the old one, new reminders on the new one; a closed request gets none', () => {
    const { db, id } = stored(at('2026-12-01T10:00'));
    const o = options(db);
    act(db, id, { czynnosc: 'take', wersja: '1' }, at('2026-12-02T09:00'));
    act(db, id, { czynnosc: 'extend', wersja: '2', termin: '2027-01-15', powody: 'Wykonawca zewnętrzny.' }, at('2026-12-02T09:05'));
    expect(runStaffClockOnce(o, at('2026-12-08T15:30'))).toMatchObject({ reminders: 0, escalations: 0 });
    // Friday 15 January 2027 closes at 15:30.
    expect(runStaffClockOnce(o, at('2027-01-15T13:30')).reminders).toBe(1);
    act(db, id, { czynnosc: 'done', wersja: '3', opis: 'Dokument poprawiony.' }, at('2027-01-15T14:00'));
    expect(runStaffClockOnce(o, at('2027-01-15T15:30')).escalations).toBe(0);
    expect(mail(db).map((m) => m.subject)).toEqual([expect.stringContaining('termin 15 stycznia 2027 r.')]);
  });
});
