/**
 * The outbox worker against a real SMTP server: what a unit's inbox receives,
 * and exactly-once delivery when the server is down and comes back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { submitCallback } from '../../src/callback/callback-service.ts';
import { outboxCounts } from '../../src/db/outbox-store.ts';
import { smtpTransport } from '../../src/mail/mail-transport.ts';
import { runOutboxOnce } from '../../src/mail/outbox-worker.ts';
import { contextAt, tempDatabase, validForm } from '../unit/helpers/callback-fixture.ts';
import { missingFacts } from '../unit/helpers/mail-facts.ts';
import { freePort } from './server-process.ts';
import { startSmtpServer } from './smtp-test-server.ts';

const FROM = 'Urząd Miejski w Łomży <oddzwonimy@lomza.example>';
const HOUR = 3600_000;
const at = new Date('2026-12-02T09:15:00Z');
const closers: (() => unknown)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

function setup() {
  const t = tempDatabase();
  closers.push(t.cleanup);
  return t.db;
}


describe('e-mail over SMTP', () => {
  it('delivers the unit e-mail with priority, Reply-To, text, HTML and an iCalendar invitation', async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const db = setup();
    const transport = smtpTransport(smtp.url, FROM);
    closers.push(() => transport.close());
    const answers = { ...callbackExamples.validOnBehalfByEmail.answers, termin: '2026-12-03', pora: 'przed-poludniem' };
    const result = await submitCallback(db, validForm(answers), contextAt(at));
    if (result.kind !== 'accepted') throw new Error(result.kind);
    expect(await runOutboxOnce({ db, transport, retryWindowMs: 24 * HOUR, now: () => at })).toEqual({ sent: 2, retried: 0, gaveUp: 0 });

    const staff = smtp.received.find((m) => m.rcptTo.includes('podatki@lomza.example'))!;
    expect(staff.parsed.subject).toBe(`Pilne: prośba o kontakt ${result.reference} – Podatki i opłaty lokalne – do czw., 3.12, 12:00`);
    expect(staff.parsed.messageId).toBe(`<${result.reference}.staff@lomza.example>`);
    expect(staff.parsed.replyTo?.text).toBe('anna.nowak@example.com');
    expect(staff.raw).toMatch(/^X-Priority: 1 \(Highest\)\r?$/m);
    expect(staff.raw).toMatch(/^Importance: high\r?$/m);
    expect(staff.parsed.text).toContain('Skontaktuj się najpóźniej w czwartek, 3 grudnia 2026 r., do godz. 12:00.');
    expect(staff.parsed.text!.indexOf('CO POMOŻE W ROZMOWIE')).toBeLessThan(staff.parsed.text!.indexOf('JAK SIĘ SKONTAKTOWAĆ'));
    expect(staff.parsed.html).toMatch(/<h1 [^>]*>Prośba o priorytetowy kontakt nr/);
    expect(staff.parsed.html).toContain('Odpowiedź na tę wiadomość trafi do mieszkańca.');
    expect(staff.parsed.html).toContain('Prośbę przyjęto 2.12.2026');
    expect(missingFacts(staff.parsed.text!, staff.parsed.html as string)).toEqual([]);
    const ics = staff.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
    const icsText = ics.content.toString('utf8');
    expect(icsText).toContain('METHOD:REQUEST');
    expect(icsText).toContain('DTSTART:20261203T090000Z');
    expect(icsText).toContain('DTEND:20261203T110000Z');
    expect(icsText).toContain(`UID:${result.reference}@lomza.example`);
    expect(icsText).toContain('TRANSP:TRANSPARENT');
    expect(staff.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);

    const resident = smtp.received.find((m) => m.rcptTo.includes('anna.nowak@example.com'))!;
    expect(resident.parsed.subject).toBe(`Przyjęliśmy Twoją prośbę o kontakt – numer ${result.reference}`);
    expect(resident.parsed.text).toContain('86 215 67 00');
    expect(missingFacts(resident.parsed.text!, resident.parsed.html as string)).toEqual([]);
    expect(smtp.received).toHaveLength(2);
  });

  it('while the server is down, retries; when it is back, every request arrives exactly once', async () => {
    const port = await freePort();
    const db = setup();
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`, FROM);
    closers.push(() => transport.close());
    for (let i = 0; i < 10; i++) await submitCallback(db, validForm(callbackExamples.validMinimal.answers), contextAt(at));
    const opts = { db, transport, retryWindowMs: 24 * HOUR, baseDelayMs: 60_000, maxDelayMs: HOUR };
    expect((await runOutboxOnce({ ...opts, now: () => at })).retried).toBe(10);
    expect((await runOutboxOnce({ ...opts, now: () => new Date(at.getTime() + 2 * 60_000) })).retried).toBe(10);

    const smtp = await startSmtpServer(port);
    closers.push(smtp.close);
    expect((await runOutboxOnce({ ...opts, now: () => new Date(at.getTime() + 10 * 60_000) })).sent).toBe(10);
    expect(await runOutboxOnce({ ...opts, now: () => new Date(at.getTime() + 2 * HOUR) })).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
    const ids = smtp.received.map((m) => m.parsed.messageId);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(outboxCounts(db).sent).toBe(10);
  });

  it('retries a 4xx answer, and warns the fallback inbox at the first 5xx answer without waiting for the window', async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const db = setup();
    const transport = smtpTransport(smtp.url, FROM);
    closers.push(() => transport.close());
    await submitCallback(db, validForm(callbackExamples.validMinimal.answers), contextAt(at));
    smtp.faults.rcptCode = 451;
    const opts = { db, transport, retryWindowMs: 2 * HOUR, baseDelayMs: 60_000, maxDelayMs: 10 * 60_000 };
    expect((await runOutboxOnce({ ...opts, now: () => at })).retried).toBe(1);
    smtp.faults.rcptCode = 550; // the unit's address is wrong: retrying cannot help
    expect(await runOutboxOnce({ ...opts, now: () => new Date(at.getTime() + 5 * 60_000) })).toEqual({ sent: 0, retried: 0, gaveUp: 1 });
    smtp.faults.rcptCode = 0;
    expect((await runOutboxOnce({ ...opts, now: () => new Date(at.getTime() + 6 * 60_000) })).sent).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.rcptTo).toEqual(['pom@lomza.example']);
    expect(smtp.received[0]!.parsed.text).toContain('SMTP 550');
  });

  it('gives up on a server that hangs, retries later, and the worker is not stuck', async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const db = setup();
    const transport = smtpTransport(smtp.url, FROM, { socketTimeout: 500, greetingTimeout: 500, connectionTimeout: 500 });
    closers.push(() => transport.close());
    await submitCallback(db, validForm(callbackExamples.validMinimal.answers), contextAt(at));
    smtp.faults.hangOnData = true;
    const opts = { db, transport, retryWindowMs: 24 * HOUR, baseDelayMs: 60_000, maxDelayMs: HOUR };
    const started = Date.now();
    expect(await runOutboxOnce({ ...opts, now: () => at })).toEqual({ sent: 0, retried: 1, gaveUp: 0 });
    // The 500 ms timeouts, not the production ones (15–30 s each), ended the attempt; a loose bound.
    expect(Date.now() - started).toBeLessThan(15_000);
    smtp.faults.hangOnData = false;
    expect((await runOutboxOnce({ ...opts, now: () => new Date(at.getTime() + 2 * 60_000) })).sent).toBe(1);
    expect(smtp.received).toHaveLength(1);
  });
});
