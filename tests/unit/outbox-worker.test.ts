import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { submitCallback } from '../../src/callback/callback-service.ts';
import { openDatabase } from '../../src/db/database.ts';
import type { ClaimOwner } from '../../src/db/outbox-owner.ts';
import { outboxCounts } from '../../src/db/outbox-store.ts';
import type { MailMessage } from '../../src/mail/mail-message.ts';
import type { MailTransport } from '../../src/mail/mail-transport.ts';
import { backoffDelay, isPermanentFailure, runOutboxOnce, startOutboxWorker, takeUpAbandonedMessages } from '../../src/mail/outbox-worker.ts';
import { contextAt, tempDatabase, validForm } from './helpers/callback-fixture.ts';

const start = new Date('2026-12-02T09:15:00Z');
const HOUR = 3600_000;
let cleanup = (): void => {};
afterEach(() => {
  cleanup();
  cleanup = () => {};
});

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

/** Two connections to one database file, as two worker processes have. */
function setupShared() {
  const t = tempDatabase();
  const second = openDatabase(join(t.dir, 'data'));
  cleanup = () => {
    second.close();
    t.cleanup();
  };
  return [t.db, second] as const;
}

/** A transport whose sends never finish (the process dies mid-send); counts the calls. */
function hangingTransport() {
  const calls: MailMessage[] = [];
  const transport: MailTransport = { description: 'hangs', send: (m) => (calls.push(m), new Promise<undefined>(() => {})), close() {} };
  return { transport, calls };
}

const owner = (pid: number): ClaimOwner => ({ host: 'urzad-1', boot: 'boot-a', pid, started: String(1000 + pid) });
type Row = { status: string; sent_at: string | null; claim_pid: number | null; attempts: number };
const rowsOf = (db: ReturnType<typeof setup>) => db.prepare('SELECT status, sent_at, claim_pid, attempts FROM outbox ORDER BY id').all() as Row[];

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

  it('marks a message sent only after the transport accepted it', async () => {
    const [a, b] = setupShared();
    await submitCallback(a, validForm(callbackExamples.validMinimal.answers), contextAt(start));
    const hang = hangingTransport();
    void runOutboxOnce({ db: a, transport: hang.transport, retryWindowMs: 2 * HOUR, owner: owner(101), now: () => start });
    await expect.poll(() => hang.calls.length).toBe(1);
    // Seen from the other process while the transport still works on it: claimed, not sent.
    expect(rowsOf(b)).toEqual([{ status: 'sending', sent_at: null, claim_pid: 101, attempts: 1 }]);
    // A transport that refuses: the message is never recorded as sent.
    const { transport, state } = fakeTransport();
    state.down = true;
    takeUpAbandonedMessages({ db: b, owner: owner(102), ownerIsGone: (o) => o.pid === 101, now: () => start });
    await runOutboxOnce({ db: b, transport, retryWindowMs: 2 * HOUR, owner: owner(102), now: () => start });
    expect(rowsOf(b)).toEqual([{ status: 'pending', sent_at: null, claim_pid: null, attempts: 2 }]);
  });

  it('at start takes up at once what a crashed process left sending, never what a live one is sending', async () => {
    const [a, b] = setupShared();
    await submitCallback(a, validForm(callbackExamples.validOnBehalfByEmail.answers), contextAt(start));
    const running = new Set([101, 102]);
    const gone = (o: ClaimOwner) => !running.has(o.pid);
    // Worker 101 claims both messages and is still sending the first.
    const hang = hangingTransport();
    void runOutboxOnce({ db: a, transport: hang.transport, retryWindowMs: 2 * HOUR, owner: owner(101), now: () => start });
    await expect.poll(() => hang.calls.length).toBe(1);
    expect(rowsOf(b).map((r) => [r.status, r.claim_pid])).toEqual([['sending', 101], ['sending', 101]]);
    // Worker 102 starts on the same file a minute later: 101 lives, so it takes nothing.
    const { transport, delivered } = fakeTransport();
    const opts = { db: b, transport, retryWindowMs: 2 * HOUR, owner: owner(102), ownerIsGone: gone };
    const later = new Date(start.getTime() + 60_000);
    expect(takeUpAbandonedMessages({ ...opts, now: () => later })).toBe(0);
    expect(await runOutboxOnce({ ...opts, now: () => later })).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
    expect(delivered).toHaveLength(0);
    // 101 dies mid-send; the next worker to start (103) takes its messages up at once, well inside the 5-minute lock.
    running.delete(101);
    running.add(103);
    const restart = { ...opts, owner: owner(103), now: () => new Date(start.getTime() + 2 * 60_000) };
    expect(takeUpAbandonedMessages(restart)).toBe(2);
    expect(await runOutboxOnce(restart)).toEqual({ sent: 2, retried: 0, gaveUp: 0 });
    // Worker 102 polls on: nothing is sent twice.
    expect(await runOutboxOnce({ ...opts, now: () => new Date(start.getTime() + 3 * 60_000) })).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
    const ids = (db: typeof b) => (db.prepare('SELECT message_id FROM outbox ORDER BY id').all() as { message_id: string }[]).map((r) => r.message_id);
    expect(delivered.map((m) => m.messageId)).toEqual(ids(b));
    expect(outboxCounts(b)).toEqual({ pending: 0, sending: 0, sent: 2, 'gave-up': 0 });
  });

  it('leaves claims of another host and of an unknown owner to their lock', async () => {
    const [a, b] = setupShared();
    await submitCallback(a, validForm(callbackExamples.validMinimal.answers), contextAt(start));
    void runOutboxOnce({ db: a, transport: hangingTransport().transport, retryWindowMs: 2 * HOUR, owner: { ...owner(101), host: 'urzad-2' }, now: () => start });
    await expect.poll(() => rowsOf(b)[0]?.status).toBe('sending');
    // The real check, from this host: another host's process cannot be judged.
    expect(takeUpAbandonedMessages({ db: b, now: () => start })).toBe(0);
    expect(rowsOf(b)[0]).toMatchObject({ status: 'sending', claim_pid: 101 });
  });

  it('tells permanent SMTP failures (5xx) from temporary ones (4xx, connection errors)', () => {
    expect([550, 553, 554, 500].map((responseCode) => isPermanentFailure({ responseCode }))).toEqual([true, true, true, true]);
    expect([421, 450, 451, 452].map((responseCode) => isPermanentFailure({ responseCode }))).toEqual([false, false, false, false]);
    expect(isPermanentFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(false);
    expect(isPermanentFailure(Object.assign(new Error('Timeout'), { code: 'ETIMEDOUT' }))).toBe(false);
    expect(isPermanentFailure(undefined)).toBe(false);
  });

  it('warns the fallback inbox at the first permanent failure (a wrong unit address), without waiting for the window', async () => {
    const db = setup();
    const { transport, delivered, state } = fakeTransport();
    await submitCallback(db, validForm(callbackExamples.validMinimal.answers), contextAt(start));
    state.down = true;
    state.error = Object.assign(new Error('550 5.1.1 <podatki@lomza.example>: Recipient address rejected'), { responseCode: 550, code: 'EENVELOPE' });
    const opts = { db, transport, retryWindowMs: 2 * HOUR };
    expect(await runOutboxOnce({ ...opts, now: () => start })).toEqual({ sent: 0, retried: 0, gaveUp: 1 });
    state.down = false;
    expect(await runOutboxOnce({ ...opts, now: () => new Date(start.getTime() + 1000) })).toEqual({ sent: 1, retried: 0, gaveUp: 0 });
    expect(delivered[0]!.to).toEqual(['pom@lomza.example']);
    expect(delivered[0]!.text).toContain('SMTP 550');
  });

  it('retries a temporary SMTP failure (4xx) and does not warn before the window ends', async () => {
    const db = setup();
    const { transport, state } = fakeTransport();
    await submitCallback(db, validForm(callbackExamples.validMinimal.answers), contextAt(start));
    state.down = true;
    state.error = Object.assign(new Error('451 4.3.0 Try again later'), { responseCode: 451 });
    const opts = { db, transport, retryWindowMs: 2 * HOUR, baseDelayMs: 60_000, maxDelayMs: 10 * 60_000 };
    for (let m = 0; m < 119; m += 10) expect((await runOutboxOnce({ ...opts, now: () => new Date(start.getTime() + m * 60_000) })).gaveUp).toBe(0);
    expect(outboxCounts(db)).toEqual({ pending: 1, sending: 0, sent: 0, 'gave-up': 0 });
    expect((await runOutboxOnce({ ...opts, now: () => new Date(start.getTime() + 2 * HOUR) })).gaveUp).toBe(1);
  });

  it('when the give-up warning itself cannot be delivered, retries it for its own window, then stops: no warning chain, nothing left', async () => {
    const db = setup();
    const { transport, delivered, state } = fakeTransport();
    await submitCallback(db, validForm(callbackExamples.validMinimal.answers), contextAt(start));
    state.down = true; // the mail server stays down for three windows
    const window = 2 * HOUR;
    const opts = { db, transport, retryWindowMs: window, baseDelayMs: 60_000, maxDelayMs: 30 * 60_000 };
    const rounds = [];
    for (let m = 0; m <= 3 * 120; m += 5) rounds.push(await runOutboxOnce({ ...opts, now: () => new Date(start.getTime() + m * 60_000) }));
    const rows = db.prepare('SELECT kind, status, attempts, created_at FROM outbox ORDER BY id').all() as { kind: string; status: string; attempts: number; created_at: string }[];
    expect(rows.map((r) => [r.kind, r.status])).toEqual([['staff', 'gave-up'], ['give-up', 'gave-up']]);
    // The warning was queued when the staff e-mail gave up (after one window) and got its own full window of tries.
    expect(new Date(rows[1]!.created_at).getTime() - start.getTime()).toBeGreaterThanOrEqual(window);
    expect(rows[1]!.attempts).toBeGreaterThan(3);
    expect(rounds.reduce((n, r) => n + r.gaveUp, 0)).toBe(2);
    expect(rounds.slice(-6)).toEqual(Array(6).fill({ sent: 0, retried: 0, gaveUp: 0 }));
    state.down = false;
    expect(await runOutboxOnce({ ...opts, now: () => new Date(start.getTime() + 7 * HOUR) })).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
    expect(delivered).toHaveLength(0);
  });

  it('after a full round starts the next at once: a queue longer than a batch does not wait a poll per batch', async () => {
    const db = setup();
    for (let i = 0; i < 3; i++) await submitCallback(db, validForm(callbackExamples.validMinimal.answers), contextAt(start));
    const { transport, delivered } = fakeTransport();
    // Three messages, two a round, and a poll longer than the test's wait: only the immediate second round sends the third.
    const worker = startOutboxWorker({ db, transport, retryWindowMs: 2 * HOUR, batchSize: 2, pollMs: 60_000, now: () => start });
    try {
      await expect.poll(() => delivered.length, { timeout: 5_000 }).toBe(3);
    } finally {
      await worker.stop();
    }
    expect(outboxCounts(db)).toEqual({ pending: 0, sending: 0, sent: 3, 'gave-up': 0 });
  });

  it('a starting worker sends at once what a crashed process left sending, inside its lock', async () => {
    const [a, b] = setupShared();
    await submitCallback(a, validForm(callbackExamples.validMinimal.answers), contextAt(start));
    void runOutboxOnce({ db: a, transport: hangingTransport().transport, retryWindowMs: 2 * HOUR, owner: owner(101), now: () => start });
    await expect.poll(() => rowsOf(b)[0]?.status).toBe('sending');
    const { transport, delivered } = fakeTransport();
    // One minute later (the lock holds for five); process 101 is gone.
    const worker = startOutboxWorker({ db: b, transport, retryWindowMs: 2 * HOUR, owner: owner(102), ownerIsGone: (o) => o.pid === 101, now: () => new Date(start.getTime() + 60_000), pollMs: 10 });
    try {
      await expect.poll(() => delivered.length).toBe(1);
    } finally {
      await worker.stop();
    }
    expect(outboxCounts(b)).toEqual({ pending: 0, sending: 0, sent: 1, 'gave-up': 0 });
  });
});
