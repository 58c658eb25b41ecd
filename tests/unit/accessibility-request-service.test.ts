import { afterEach, describe, expect, it } from 'vitest';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { accessibilityRequestSchema, requestAnswersFromForm } from '../../src/accessibility-requests/request-schema.ts';
import { submitAccessibilityRequest, type AccessibilityRequestContext } from '../../src/accessibility-requests/request-service.ts';
import { renderCoordinatorMail, renderRequesterConfirmation } from '../../src/mail/accessibility-request-mails.tsx';
import type { Database } from '../../src/db/database.ts';
import { calendar } from './helpers/real-content.ts';
import { tempDatabase } from './helpers/callback-fixture.ts';
import { missingFacts } from './helpers/mail-facts.ts';

const mailCtx = { officeName: 'Urząd Miejski w Łomży', messageIdHost: 'lomza.example' };
const ctxAt = (now: Date): AccessibilityRequestContext => ({
  now,
  calendar,
  fallbackEmails: ['pom@lomza.example'],
  composeMails: (r) => {
    const confirmation = renderRequesterConfirmation(r, mailCtx);
    return [{ kind: 'staff', message: renderCoordinatorMail(r, ['dostepnosc@lomza.example'], mailCtx) }, ...(confirmation ? [{ kind: 'resident' as const, message: confirmation }] : [])];
  },
});
const form = (answers: Record<string, string>) => accessibilityRequestSchema.parse(requestAnswersFromForm(new URLSearchParams(answers)));
const tuesday = new Date('2026-12-01T09:00:00Z');

let temp: ReturnType<typeof tempDatabase> | undefined;
afterEach(() => temp?.cleanup());
const db = (): Database => (temp = tempDatabase()).db;

describe('submitAccessibilityRequest', () => {
  it('stores a digital request with its law and clock, and queues the coordinator e-mail and the confirmation', () => {
    const d = db();
    const result = submitAccessibilityRequest(d, form(accessibilityRequestExamples.validDigital.answers), ctxAt(tuesday));
    expect(result.kind).toBe('accepted');
    const row = d.prepare('SELECT kind, unit_id, topic_id, deadline_at, status, payload FROM requests').get() as Record<string, string>;
    expect(row).toMatchObject({ kind: 'dostepnosc-cyfrowa', unit_id: 'koordynator', topic_id: 'strona', status: 'accepted' });
    // 7 days from 1 Dec: the end of 8 Dec in Warsaw
    expect(row['deadline_at']).toBe('2026-12-08T22:59:00.000Z');
    expect(JSON.parse(row['payload']!)).toMatchObject({ law: 'cyfrowa', lastDayLabel: '8 grudnia 2026 r.', reply: { channel: 'email', email: 'adam.nowak@example.org' } });
    const mail = d.prepare('SELECT kind, recipients FROM outbox ORDER BY id').all();
    expect(mail).toEqual([
      { kind: 'staff', recipients: '["dostepnosc@lomza.example"]' },
      { kind: 'resident', recipients: '["adam.nowak@example.org"]' },
    ]);
  });

  it('an architectural request by post: 14 days, no confirmation e-mail, the address kept', () => {
    const d = db();
    const result = submitAccessibilityRequest(d, form(accessibilityRequestExamples.validArchitecturalByPost.answers), ctxAt(tuesday));
    if (result.kind !== 'accepted') throw new Error('not accepted');
    expect(result.request.clock.lastDay).toBe('2026-12-15');
    expect(result.request.reply.address).toBe('ul. Polowa 1\n18-400 Łomża');
    expect(d.prepare('SELECT kind FROM outbox').all()).toEqual([{ kind: 'staff' }]);
  });

  it('the honeypot is recorded as rejected and sends nothing', () => {
    const d = db();
    expect(submitAccessibilityRequest(d, form({ ...accessibilityRequestExamples.validDigital.answers, strona_www: 'x' }), ctxAt(tuesday))).toEqual({ kind: 'honeypot' });
    expect(d.prepare('SELECT status FROM requests').all()).toEqual([{ status: 'rejected-honeypot' }]);
    expect(d.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 0 });
  });

  it('a failing e-mail composer stores nothing (one transaction)', () => {
    const d = db();
    const failing = { ...ctxAt(tuesday), composeMails: () => { throw new Error('render failed'); } };
    expect(() => submitAccessibilityRequest(d, form(accessibilityRequestExamples.validDigital.answers), failing)).toThrow('render failed');
    expect(d.prepare('SELECT COUNT(*) AS n FROM requests').get()).toEqual({ n: 0 });
  });
});

describe('accessibility request e-mails', () => {
  const valid = Object.entries(accessibilityRequestExamples).filter(([, e]) => Object.keys(e.errors).length === 0);
  for (const [name, example] of valid) {
    it(`${name}: every line of each text part is in its HTML part; no personal data in subjects`, () => {
      const d = db();
      const result = submitAccessibilityRequest(d, form(example.answers), ctxAt(new Date('2026-12-18T09:00:00Z')));
      if (result.kind !== 'accepted') throw new Error('not accepted');
      const messages = [renderCoordinatorMail(result.request, ['k@lomza.example'], mailCtx), renderRequesterConfirmation(result.request, mailCtx)].filter((m) => m !== undefined);
      for (const m of messages) {
        expect(missingFacts(m.text, m.html)).toEqual([]);
        expect(m.subject).not.toContain(result.request.name);
        expect(m.html).not.toMatch(/<script/i);
      }
    });
  }

  it('the coordinator sees the legal day and, when it is a day off, the working day before', () => {
    const d = db();
    // 18 Dec 2026 + 7 = Christmas Day; 24 Dec is a holiday too → Wednesday 23 Dec
    const result = submitAccessibilityRequest(d, form(accessibilityRequestExamples.validDigital.answers), ctxAt(new Date('2026-12-18T09:00:00Z')));
    if (result.kind !== 'accepted') throw new Error('not accepted');
    const mail = renderCoordinatorMail(result.request, ['k@lomza.example'], mailCtx);
    expect(mail.text).toContain('Termin ustawowy: 25 grudnia 2026 r. (7 dni od dnia wystąpienia z wnioskiem).');
    expect(mail.text).toContain('Ten dzień jest wolny od pracy: odpowiedz najpóźniej 23 grudnia 2026 r.');
    expect(mail.subject).toBe(`Wniosek o dostępność ${result.reference} – termin 25 grudnia 2026 r.`);
    expect(mail.replyTo).toBe('adam.nowak@example.org');
  });

  it('the confirmation names the law, the deadline and the next step of each law', () => {
    const d = db();
    const digital = submitAccessibilityRequest(d, form(accessibilityRequestExamples.validDigital.answers), ctxAt(tuesday));
    const arch = submitAccessibilityRequest(d, form({ ...accessibilityRequestExamples.validCommunicationByPhone.answers, odpowiedz: 'email', email: 'ewa@example.org' }), ctxAt(tuesday));
    if (digital.kind !== 'accepted' || arch.kind !== 'accepted') throw new Error('not accepted');
    const d1 = renderRequesterConfirmation(digital.request, mailCtx)!.text;
    expect(d1).toContain('najpóźniej do 8 grudnia 2026 r.');
    expect(d1).toContain('Rzecznika Praw Obywatelskich');
    const a1 = renderRequesterConfirmation(arch.request, mailCtx)!.text;
    expect(a1).toContain('najpóźniej do 15 grudnia 2026 r.');
    expect(a1).toContain('Prezesa Zarządu PFRON w ciągu 30 dni');
    expect(a1).toContain('https://www.gov.pl/web/gov/zloz-skarge-na-brak-dostepnosci-architektonicznej-lub-informacyjno-komunikacyjnej');
  });
});
