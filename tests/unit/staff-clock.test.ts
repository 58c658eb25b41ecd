import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeCalendar } from '../../src/calendar/working-days.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import type { MailMessage } from '../../src/mail/mail-message.ts';
import type { MailTransport } from '../../src/mail/mail-transport.ts';
import { runOutboxOnce } from '../../src/mail/outbox-worker.ts';
import { runStaffClockOnce, type StaffClockOptions } from '../../src/staff/staff-clock.ts';
import { applyStaffAction } from '../../src/staff/staff-service.ts';
import { tempDatabase } from './helpers/callback-fixture.ts';
import { calendar, office, units } from './helpers/real-content.ts';
import { staffContextAt, staffForm, storedRequest } from './helpers/staff-fixture.ts';

// Warsaw is UTC+1 in December. Hours: Monday 8:00–16:00, Tuesday–Friday 7:30–15:30.
const at = (local: string) => new Date(`${local}:00+01:00`);
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function setup(): { db: Database; dir: string } {
  const t = tempDatabase();
  cleanups.push(t.cleanup);
  return t;
}

function clock(db: Database, extra: Partial<StaffClockOptions> = {}): StaffClockOptions {
  const closed = office.dni_wolne.map((d) => d.data);
  return {
    db,
    content: {
      units,
      calendarFor: (id) => {
        const unit = units.find((u) => u.id === id);
        return unit?.godziny ? new OfficeCalendar(unit.godziny, closed) : calendar;
      },
      pomEmails: ['pom@lomza.example'],
      coordinatorEmail: office.koordynator.email,
      officePhone: office.telefon,
    },
    links: { request: (id) => `http://127.0.0.1:4400/obsluga/prosba/${id}-podpis/`, accessibilityRequest: (id) => `http://127.0.0.1:4400/obsluga/wniosek/${id}-podpis/`, list: (unit) => `http://127.0.0.1:4400/obsluga/${unit ? `?jednostka=${unit}` : ''}` },
    leadMinutes: 120,
    digestHour: 8,
    retentionDays: 90,
    messageIdHost: 'lomza.example',
    ...extra,
  };
}

type Queued = MailMessage & { status: string; request_id: number | null };
const queued = (db: Database, like: string): Queued[] =>
  (db.prepare('SELECT message, status, request_id FROM outbox WHERE message_id LIKE ? ORDER BY id').all(like) as { message: string; status: string; request_id: number | null }[]).map((r) => ({ ...(JSON.parse(r.message) as MailMessage), status: r.status, request_id: r.request_id }));

function recordingTransport(failFirst = 0): MailTransport & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  let failures = failFirst;
  return {
    description: 'test',
    sent,
    async send(m) {
      if (failures > 0) {
        failures--;
        throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      }
      sent.push(m);
    },
    close() {},
  };
}

describe('reminder and escalation across a weekend', () => {
  it('reminds the unit two working hours before a Monday deadline, then escalates at the deadline, each once', async () => {
    const { db } = setup();
    // Friday 4 December, 14:00, "as soon as possible" → Monday 7 December, 16:00.
    const { reference } = await storedRequest(db, at('2026-12-04T14:00'));
    const o = clock(db);
    for (const t of ['2026-12-04T15:00', '2026-12-05T10:00', '2026-12-06T23:59', '2026-12-07T13:59']) expect(runStaffClockOnce(o, at(t)).reminders, t).toBe(0);
    expect(runStaffClockOnce(o, at('2026-12-07T14:00')).reminders).toBe(1);
    expect(runStaffClockOnce(o, at('2026-12-07T15:00')).reminders).toBe(0);
    const reminder = queued(db, `<${reference}.reminder.%`);
    expect(reminder).toHaveLength(1);
    expect(reminder[0]!.to).toEqual(['podatki@lomza.example']);
    expect(reminder[0]!.subject).toBe(`Przypomnienie: prośba o kontakt ${reference} – termin w poniedziałek, 7 grudnia 2026 r., do godz. 16:00`);
    expect(reminder[0]!.text).toContain('http://127.0.0.1:4400/obsluga/?jednostka=finanse');
    expect(reminder[0]!.text).not.toContain('Janina');

    expect(runStaffClockOnce(o, at('2026-12-07T15:59')).escalations).toBe(0);
    expect(runStaffClockOnce(o, at('2026-12-07T16:00')).escalations).toBe(1);
    expect(runStaffClockOnce(o, at('2026-12-08T09:00')).escalations).toBe(0);
    const escalation = queued(db, `<${reference}.escalation.%`);
    expect(escalation).toHaveLength(1);
    expect(escalation[0]!.to).toEqual(['pom@lomza.example', 'dostepnosc@lomza.example']);
    for (const part of [escalation[0]!.text, escalation[0]!.html]) {
      expect(part).toContain(reference);
      expect(part).toContain('Wydział Finansowy');
      expect(part).toContain('TERMIN MINĄŁ w poniedziałek, 7 grudnia 2026 r., do godz. 16:00');
      expect(part).toContain('stan: nowa');
    }
  });

  it('sends nothing for a request closed before its reminder, and no reminder once the deadline has passed', async () => {
    const { db } = setup();
    const closed = await storedRequest(db, at('2026-12-04T14:00'));
    applyStaffAction(db, closed.id, staffForm({ czynnosc: 'take', wersja: '1', kto: 'Jan' }), staffContextAt(at('2026-12-07T08:10')));
    applyStaffAction(db, closed.id, staffForm({ czynnosc: 'done', wersja: '2', kto: 'Jan', kanal: 'telefon' }), staffContextAt(at('2026-12-07T08:20')));
    const late = await storedRequest(db, at('2026-12-04T14:00'));
    // The server was down all Monday: at Tuesday 9:00 only the escalation is due.
    const round = runStaffClockOnce(clock(db), at('2026-12-08T09:00'));
    expect(round).toMatchObject({ reminders: 0, escalations: 1 });
    expect(queued(db, `<${closed.reference}.%.2026%`)).toHaveLength(0);
    expect(queued(db, `<${late.reference}.reminder.%`)).toHaveLength(0);
  });

  it('moves the reminder with the unit after a transfer, and keeps the deadline', async () => {
    const { db } = setup();
    const { id, reference } = await storedRequest(db, at('2026-12-04T14:00'));
    applyStaffAction(db, id, staffForm({ czynnosc: 'transfer', wersja: '1', kto: 'Jan', jednostka: 'usc' }), staffContextAt(at('2026-12-07T08:10')));
    runStaffClockOnce(clock(db), at('2026-12-07T14:00'));
    expect(queued(db, `<${reference}.reminder.20261207T150000Z@%`).map((m) => m.to)).toEqual([['usc@lomza.example']]);
  });
});

describe('across a holiday', () => {
  it('counts the lead back over Christmas and the weekend', async () => {
    const { db } = setup();
    // Tuesday 22 December, 9:00, for Monday 28 December "rano" (8:00–10:00); 24–26 December are holidays.
    const { reference } = await storedRequest(db, at('2026-12-22T09:00'), 'valid');
    db.prepare('UPDATE requests SET deadline_at = ? WHERE reference = ?').run(at('2026-12-28T09:00').toISOString(), reference);
    const o = clock(db, { leadMinutes: 180 });
    expect(runStaffClockOnce(o, at('2026-12-23T13:29')).reminders).toBe(0);
    expect(runStaffClockOnce(o, at('2026-12-23T13:30')).reminders).toBe(1);
    expect(runStaffClockOnce(o, at('2026-12-28T08:00')).reminders).toBe(0);
  });
});

describe('morning digest', () => {
  it('goes to each unit with open requests on working-day mornings only, once a day, nothing when nothing is open', async () => {
    const { db } = setup();
    const a = await storedRequest(db, at('2026-12-22T09:00'));
    const b = await storedRequest(db, at('2026-12-22T09:05'), 'validOnBehalfByEmail');
    const o = clock(db, { digestHour: 8 });
    expect(runStaffClockOnce(o, at('2026-12-23T07:59')).digests).toBe(0);
    expect(runStaffClockOnce(o, at('2026-12-23T08:00')).digests).toBe(1);
    expect(runStaffClockOnce(o, at('2026-12-23T09:00')).digests).toBe(0);
    for (const day of ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27']) expect(runStaffClockOnce(o, at(`${day}T08:30`)).digests, day).toBe(0);
    expect(runStaffClockOnce(o, at('2026-12-28T08:30')).digests).toBe(1);
    const digests = queued(db, '<digest.%');
    expect(digests.map((d) => [d.to, d.request_id])).toEqual([[['podatki@lomza.example'], null], [['podatki@lomza.example'], null]]);
    expect(digests[0]!.subject).toBe('Otwarte prośby o kontakt (2) – Wydział Finansowy – środa, 23 grudnia');
    for (const ref of [a.reference, b.reference]) {
      expect(digests[0]!.text).toContain(ref);
      expect(digests[0]!.html).toContain(ref);
    }
    expect(digests[1]!.text).toContain('w tym po terminie: 2');
    expect(digests[0]!.text).not.toMatch(/Janina|Zofia|Anna/);
  });

  it('is not sent when no unit has anything open', async () => {
    const { db } = setup();
    expect(runStaffClockOnce(clock(db), at('2026-12-23T08:00')).digests).toBe(0);
    expect(queued(db, '%')).toHaveLength(0);
  });
});

describe('exactly once', () => {
  it('a second worker on the same database, or a restart between queued and sent, queues and sends one reminder', async () => {
    const { db, dir } = setup();
    const { reference } = await storedRequest(db, at('2026-12-04T14:00'));
    const other = openDatabase(join(dir, 'data'));
    cleanups.unshift(() => other.close());
    expect(runStaffClockOnce(clock(db), at('2026-12-07T14:00')).reminders).toBe(1);
    expect(runStaffClockOnce(clock(other), at('2026-12-07T14:00')).reminders).toBe(0);
    // "Restart": a new clock and a new outbox worker on a fresh connection.
    expect(runStaffClockOnce(clock(other), at('2026-12-07T14:01')).reminders).toBe(0);
    const transport = recordingTransport();
    await runOutboxOnce({ db: other, transport, retryWindowMs: 48 * 3600_000, now: () => at('2026-12-07T14:02') });
    await runOutboxOnce({ db: other, transport, retryWindowMs: 48 * 3600_000, now: () => at('2026-12-07T14:03') });
    expect(transport.sent.filter((m) => m.messageId.startsWith(`<${reference}.reminder.`))).toHaveLength(1);
  });

  it('a clock stepped back and forward again sends nothing twice', async () => {
    const { db } = setup();
    await storedRequest(db, at('2026-12-04T14:00'));
    const o = clock(db);
    runStaffClockOnce(o, at('2026-12-07T16:30'));
    runStaffClockOnce(o, at('2026-12-07T14:30'));
    runStaffClockOnce(o, at('2026-12-07T16:30'));
    expect(queued(db, '%.escalation.%')).toHaveLength(1);
    expect(queued(db, '%.reminder.%')).toHaveLength(0);
  });

  it('SMTP down at reminder time: the reminder is delivered later, once', async () => {
    const { db } = setup();
    const { reference } = await storedRequest(db, at('2026-12-04T14:00'));
    db.prepare("UPDATE outbox SET status = 'sent'").run();
    const noDigest = clock(db, { digestHour: 23 });
    runStaffClockOnce(noDigest, at('2026-12-07T14:00'));
    const transport = recordingTransport(2);
    const worker = (t: string) => runOutboxOnce({ db, transport, retryWindowMs: 48 * 3600_000, now: () => at(t) });
    expect(await worker('2026-12-07T14:00')).toMatchObject({ sent: 0, retried: 1 });
    expect(await worker('2026-12-07T14:00')).toMatchObject({ sent: 0, retried: 0 });
    expect(await worker('2026-12-07T14:01')).toMatchObject({ sent: 0, retried: 1 });
    runStaffClockOnce(noDigest, at('2026-12-07T14:02'));
    expect(await worker('2026-12-07T14:05')).toMatchObject({ sent: 1 });
    expect(await worker('2026-12-07T15:00')).toMatchObject({ sent: 0, retried: 0 });
    expect(transport.sent.map((m) => m.messageId)).toEqual([`<${reference}.reminder.20261207T150000Z@lomza.example>`]);
  });
});

describe('retention', () => {
  it('the notices of a purged request go with it', async () => {
    const { db } = setup();
    const { id } = await storedRequest(db, at('2026-12-04T14:00'));
    runStaffClockOnce(clock(db), at('2026-12-07T14:00'));
    runStaffClockOnce(clock(db), at('2026-12-07T16:00'));
    expect(db.prepare('SELECT COUNT(*) AS n FROM staff_notices WHERE request_id = ?').get(id)).toEqual({ n: 2 });
    db.prepare('DELETE FROM requests WHERE id = ?').run(id);
    expect(db.prepare('SELECT COUNT(*) AS n FROM staff_notices WHERE request_id IS NOT NULL').get()).toEqual({ n: 0 });
  });
});
