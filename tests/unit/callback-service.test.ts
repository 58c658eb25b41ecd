import { afterEach, describe, expect, it } from 'vitest';
import { OfficeCalendar } from '../../src/calendar/working-days.ts';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { submitCallback } from '../../src/callback/callback-service.ts';
import type { CallbackRequest } from '../../src/callback/callback-request.ts';
import { outboxCounts, type OutboxRow } from '../../src/db/outbox-store.ts';
import { findRequestByReference, purgeRequestsBefore } from '../../src/db/requests-store.ts';
import type { MailMessage } from '../../src/mail/mail-message.ts';
import { contextAt, tempDatabase, validForm } from './helpers/callback-fixture.ts';

const wednesday = new Date('2026-12-02T09:15:00Z'); // 10:15 in Łomża
let cleanup = (): void => {};
afterEach(() => cleanup());

function setup() {
  const t = tempDatabase();
  cleanup = t.cleanup;
  return t.db;
}

describe('submitCallback', () => {
  it('stores the request and its two e-mails in one go', async () => {
    const db = setup();
    const result = await submitCallback(db, validForm(callbackExamples.validOnBehalfByEmail.answers), contextAt(wednesday));
    expect(result.kind).toBe('accepted');
    if (result.kind !== 'accepted') return;
    const row = findRequestByReference(db, result.reference)!;
    expect(row.status).toBe('accepted');
    expect(row.unit_id).toBe('finanse');
    const stored = JSON.parse(row.payload) as CallbackRequest;
    expect(stored.onBehalfOf).toEqual({ name: 'Zofia Nowak', relation: 'córka' });
    expect(stored.contact).toEqual({ method: 'email', email: 'anna.nowak@example.com' });
    const mail = db.prepare('SELECT kind, recipients, message FROM outbox ORDER BY id').all() as unknown as Pick<OutboxRow, 'kind' | 'recipients' | 'message'>[];
    expect(mail.map((m) => m.kind)).toEqual(['staff', 'resident']);
    expect(JSON.parse(mail[0]!.recipients)).toEqual(['podatki@lomza.example']);
    expect(JSON.parse(mail[1]!.recipients)).toEqual(['anna.nowak@example.com']);
    expect((JSON.parse(mail[0]!.message) as MailMessage).replyTo).toBe('anna.nowak@example.com');
  });

  it('computes the deadline: "as soon as possible" on Wednesday morning → Thursday closing time', async () => {
    const db = setup();
    const result = await submitCallback(db, validForm(callbackExamples.valid.answers), contextAt(wednesday));
    if (result.kind !== 'accepted') throw new Error(result.kind);
    expect(result.request.deadline).toBe('2026-12-03T14:30:00.000Z');
    expect(result.request.deadlineLabel).toBe('w czwartek, 3 grudnia 2026 r., do godz. 15:30');
  });

  it('uses the hours of a unit that has its own', async () => {
    const db = setup();
    const ctx = contextAt(wednesday);
    const shortHours = { poniedzialek: [], wtorek: [], sroda: [], czwartek: [{ od: '9:00', do: '12:00' }], piatek: [], sobota: [], niedziela: [] };
    const units = ctx.units.map((u) => (u.id === 'finanse' ? { ...u, godziny: shortHours } : u));
    const result = await submitCallback(db, validForm(callbackExamples.valid.answers), { ...ctx, units, calendarFor: (u) => (u.godziny ? new OfficeCalendar(u.godziny) : ctx.calendar) });
    if (result.kind !== 'accepted') throw new Error(result.kind);
    expect(result.request.deadlineLabel).toBe('w czwartek, 3 grudnia 2026 r., do godz. 12:00');
    const friday = await submitCallback(db, validForm({ ...callbackExamples.valid.answers, termin: '2026-12-04' }), { ...ctx, units, calendarFor: (u) => (u.godziny ? new OfficeCalendar(u.godziny) : ctx.calendar) });
    expect(friday).toEqual({ kind: 'invalid', field: 'termin', message: 'Tego dnia Wydział Finansowy nie pracuje. Wybierz inny dzień z listy' });
  });

  it('sends no e-mail to the resident who gave no address', async () => {
    const db = setup();
    await submitCallback(db, validForm(callbackExamples.validMinimal.answers), contextAt(wednesday));
    expect(outboxCounts(db).pending).toBe(1);
  });

  it('stores nothing when the chosen time cannot be accepted', async () => {
    const db = setup();
    const result = await submitCallback(db, validForm(callbackExamples.videoTooSoon.answers), contextAt(wednesday));
    expect(result).toEqual({ kind: 'invalid', field: 'termin', message: expect.stringContaining('Wybierz dzień od poniedziałku, 7 grudnia') });
    expect((db.prepare('SELECT COUNT(*) AS n FROM requests').get() as { n: number }).n).toBe(0);
    expect(outboxCounts(db).pending).toBe(0);
  });

  it('stores a honeypot hit as rejected, with no personal data and no e-mail', async () => {
    const db = setup();
    const result = await submitCallback(db, validForm({ ...callbackExamples.valid.answers, strona_www: 'http://spam.example' }), contextAt(wednesday));
    expect(result).toEqual({ kind: 'honeypot' });
    const rows = db.prepare('SELECT status, payload FROM requests').all();
    expect(rows).toEqual([{ status: 'rejected-honeypot', payload: '{}' }]);
    expect(outboxCounts(db).pending).toBe(0);
  });

  it('leaves no half-stored request when queuing the mail fails', async () => {
    const db = setup();
    db.exec(`CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    await expect(submitCallback(db, validForm(callbackExamples.valid.answers), contextAt(wednesday))).rejects.toThrow(/disk full/);
    expect((db.prepare('SELECT COUNT(*) AS n FROM requests').get() as { n: number }).n).toBe(0);
  });

  it('gives every request its own reference', async () => {
    const db = setup();
    const refs = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const r = await submitCallback(db, validForm(callbackExamples.validMinimal.answers), contextAt(wednesday));
      if (r.kind === 'accepted') refs.add(r.reference);
    }
    expect(refs.size).toBe(200);
  });

  it('purges requests and their mail after the retention period', async () => {
    const db = setup();
    await submitCallback(db, validForm(callbackExamples.valid.answers), contextAt(new Date('2026-01-05T09:00:00Z')));
    await submitCallback(db, validForm(callbackExamples.valid.answers), contextAt(wednesday));
    expect(purgeRequestsBefore(db, new Date('2026-06-01T00:00:00Z'))).toBe(1);
    expect((db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n).toBe(1);
  });

  it('never gives a purged request\'s id to a new one, so an old staff link cannot open it', async () => {
    const db = setup();
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await submitCallback(db, validForm(callbackExamples.valid.answers), contextAt(new Date('2026-01-05T09:00:00Z')));
      if (r.kind === 'accepted') ids.push(findRequestByReference(db, r.reference)!.id);
    }
    expect(purgeRequestsBefore(db, new Date('2026-06-01T00:00:00Z'))).toBe(3);
    const after = await submitCallback(db, validForm(callbackExamples.valid.answers), contextAt(wednesday));
    if (after.kind !== 'accepted') throw new Error(after.kind);
    expect(findRequestByReference(db, after.reference)!.id).toBe(Math.max(...ids) + 1);
  });
});

describe('submitCallback: the injected composer', () => {
  it('gets the stored row id, and its messages are stored with the request', async () => {
    const { db, cleanup: done } = tempDatabase();
    cleanup = done;
    const seen: number[] = [];
    const ctx = contextAt(wednesday);
    const result = await submitCallback(db, validForm(callbackExamples.valid.answers), {
      ...ctx,
      composeMails: (r, stored) => {
        seen.push(stored.id);
        return [{ kind: 'staff', message: { messageId: `<${r.reference}.x@lomza.example>`, to: ['a@lomza.example'], note: 'kept' } as { messageId: string; to: string[] } }];
      },
    });
    if (result.kind !== 'accepted') throw new Error(result.kind);
    const row = db.prepare('SELECT r.id, o.message_id, o.message FROM requests r JOIN outbox o ON o.request_id = r.id').all() as { id: number; message_id: string; message: string }[];
    expect(row).toEqual([{ id: seen[0], message_id: `<${result.reference}.x@lomza.example>`, message: JSON.stringify({ messageId: `<${result.reference}.x@lomza.example>`, to: ['a@lomza.example'], note: 'kept' }) }]);
  });

  it('stores nothing when composing fails: the request and its mail are one transaction', async () => {
    const { db, cleanup: done } = tempDatabase();
    cleanup = done;
    const failing = { ...contextAt(wednesday), composeMails: () => { throw new Error('render failed'); } };
    await expect(submitCallback(db, validForm(callbackExamples.valid.answers), failing)).rejects.toThrow('render failed');
    expect((db.prepare('SELECT COUNT(*) AS n FROM requests').get() as { n: number }).n).toBe(0);
    expect(outboxCounts(db).pending).toBe(0);
  });
});
