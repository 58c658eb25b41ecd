import { afterEach, describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { submitCallback } from '../../src/callback/callback-service.ts';
import { outboxCounts } from '../../src/db/outbox-store.ts';
import type { MailMessage } from '../../src/mail/mail-message.ts';
import type { MailTransport } from '../../src/mail/mail-transport.ts';
import { backoffDelay, runOutboxOnce } from '../../src/mail/outbox-worker.ts';
import { contextAt, tempDatabase, validForm } from './helpers/callback-fixture.ts';

const start = new Date('2026-12-02T09:15:00Z');
const HOUR = 3600_000;
let cleanup = (): void => {};
afterEach(() => cleanup());

/** A transport that fails while `down` is true and records what it delivered. */
function fakeTransport() {
  const delivered: MailMessage[] = [];
  const state: { down: boolean; error: Error } = { down: false, error: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), { code: 'ECONNREFUSED' }) };
  const transport: MailTransport = {
    description: 'fake',
    async send(m) {
      if (state.down) throw state.error;
      delivered.push(m);
    },
    close() {},
  };
  return { transport, delivered, state };
}

function setup() {
  const t = tempDatabase();
  cleanup = t.cleanup;
  return t.db;
}

describe('outbox worker', () => {
  it('doubles the delay after each failure up to the cap', async () => {
    expect([1, 2, 3, 4, 10].map((a) => backoffDelay(a, 60_000, HOUR))).toEqual([60_000, 120_000, 240_000, 480_000, HOUR]);
  });

  it('delivers each message once, keeps its Message-ID, and then has nothing to do', async () => {
    const db = setup();
    const { transport, delivered } = fakeTransport();
    await submitCallback(db, validForm(callbackExamples.validOnBehalfByEmail.answers), contextAt(start));
    const round = await runOutboxOnce({ db, transport, retryWindowMs: 24 * HOUR, now: () => start });
    expect(round).toEqual({ sent: 2, retried: 0, gaveUp: 0 });
    expect(delivered.map((m) => m.messageId)).toEqual([expect.stringMatching(/^<[0-9A-Z]{3}-[0-9A-Z]{3}\.staff@lomza\.example>$/), expect.stringMatching(/\.resident@lomza\.example>$/)]);
    expect(await runOutboxOnce({ db, transport, retryWindowMs: 24 * HOUR, now: () => new Date(start.getTime() + 10 * HOUR) })).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
  });

  it('retries with backoff while mail is down and delivers exactly once when it is back', async () => {
    const db = setup();
    const { transport, delivered, state } = fakeTransport();
    for (let i = 0; i < 5; i++) await submitCallback(db, validForm(callbackExamples.valid.answers), contextAt(start));
    state.down = true;
    const opts = { db, transport, retryWindowMs: 24 * HOUR, baseDelayMs: 60_000, maxDelayMs: HOUR };
    expect((await runOutboxOnce({ ...opts, now: () => start })).retried).toBe(5);
    // Not due yet 30 s later.
    expect(await runOutboxOnce({ ...opts, now: () => new Date(start.getTime() + 30_000) })).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
    expect((await runOutboxOnce({ ...opts, now: () => new Date(start.getTime() + 61_000) })).retried).toBe(5);
    const row = db.prepare('SELECT attempts, available_at, last_error FROM outbox LIMIT 1').get() as { attempts: number; available_at: string; last_error: string };
    expect(row.attempts).toBe(2);
    expect(row.available_at).toBe(new Date(start.getTime() + 61_000 + 120_000).toISOString());
    expect(row.last_error).toContain('ECONNREFUSED');
    state.down = false;
    expect((await runOutboxOnce({ ...opts, now: () => new Date(start.getTime() + 10 * 60_000) })).sent).toBe(5);
    expect(new Set(delivered.map((m) => m.messageId)).size).toBe(5);
    expect(delivered).toHaveLength(5);
    expect(outboxCounts(db)).toEqual({ pending: 0, sending: 0, sent: 5, 'gave-up': 0 });
  });

  it('gives up after the retry window and warns the fallback inbox once', async () => {
    const db = setup();
    const { transport, delivered, state } = fakeTransport();
    await submitCallback(db, validForm(callbackExamples.validMinimal.answers), contextAt(start));
    state.down = true;
    const opts = { db, transport, retryWindowMs: 24 * HOUR, baseDelayMs: 60_000, maxDelayMs: HOUR };
    for (let h = 0; h <= 24; h++) await runOutboxOnce({ ...opts, now: () => new Date(start.getTime() + h * HOUR + 1000) });
    expect(outboxCounts(db)['gave-up']).toBe(1);
    state.down = false;
    await runOutboxOnce({ ...opts, now: () => new Date(start.getTime() + 25 * HOUR) });
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.to).toEqual(['pom@lomza.example']);
    expect(delivered[0]!.subject).toMatch(/^Nie dostarczono: prośba o kontakt [0-9A-Z]{3}-[0-9A-Z]{3}$/);
    expect(await runOutboxOnce({ ...opts, now: () => new Date(start.getTime() + 30 * HOUR) })).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
  });

  it('takes over a message whose worker died mid-send once its lock expires', async () => {
    const db = setup();
    const { transport, delivered } = fakeTransport();
    await submitCallback(db, validForm(callbackExamples.validMinimal.answers), contextAt(start));
    db.prepare(`UPDATE outbox SET status = 'sending', locked_until = ?`).run(new Date(start.getTime() + 5 * 60_000).toISOString());
    expect((await runOutboxOnce({ db, transport, retryWindowMs: 24 * HOUR, now: () => start })).sent).toBe(0);
    expect((await runOutboxOnce({ db, transport, retryWindowMs: 24 * HOUR, now: () => new Date(start.getTime() + 6 * 60_000) })).sent).toBe(1);
    expect(delivered).toHaveLength(1);
  });

  it('never logs personal data', async () => {
    const db = setup();
    const { transport, state } = fakeTransport();
    state.error = Object.assign(new Error('550 5.1.1 <anna.nowak@example.com>: Recipient address rejected'), { responseCode: 550 });
    await submitCallback(db, validForm(callbackExamples.validOnBehalfByEmail.answers), contextAt(start));
    state.down = true;
    const lines: string[] = [];
    await runOutboxOnce({ db, transport, retryWindowMs: 24 * HOUR, now: () => start, log: (l) => lines.push(l) });
    const logged = lines.join('\n');
    expect(lines).toHaveLength(2);
    expect(logged).toContain('SMTP 550');
    for (const secret of ['anna.nowak', 'Zofia', 'Nowak', 'Janina', '600']) expect(logged).not.toContain(secret);
  });
});
