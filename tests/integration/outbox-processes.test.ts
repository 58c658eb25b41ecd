/**
 * Two real worker processes on one database file: while one is in the middle
 * of sending, a worker starting beside it takes nothing; once that process is
 * killed, the next worker to start takes its messages up at once (not after
 * the 5-minute lock), and each message is delivered exactly once.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { submitCallback } from '../../src/callback/callback-service.ts';
import { outboxCounts } from '../../src/db/outbox-store.ts';
import type { MailMessage } from '../../src/mail/mail-message.ts';
import { runOutboxOnce, takeUpAbandonedMessages } from '../../src/mail/outbox-worker.ts';
import { SERVER_NODE_FLAGS } from '../../src/server/server-command.ts';
import { contextAt, tempDatabase, validForm } from '../unit/helpers/callback-fixture.ts';
import { CONDITION_BOUND_MS } from './server-process.ts';
import { waitFor } from './smtp-test-server.ts';

const closers: (() => unknown)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

describe('outbox shared by two processes', () => {
  it('takes up a killed process’s claims at the next start, and never a live one’s', async () => {
    const t = tempDatabase();
    closers.push(t.cleanup);
    const { db } = t;
    const result = await submitCallback(db, validForm(callbackExamples.validOnBehalfByEmail.answers), contextAt(new Date()));
    expect(result.kind).toBe('accepted');

    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import=./src/server/tsx-hooks.ts', 'tests/integration/outbox-claim-holder.ts', join(t.dir, 'data')], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    closers.push(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    await waitFor(() => out.includes('sending') || child.exitCode !== null, CONDITION_BOUND_MS, 'the other worker to start sending');
    expect(out).toContain('sending');
    expect(outboxCounts(db).sending).toBe(2);

    const delivered: MailMessage[] = [];
    const transport = { description: 'records', send: async (m: MailMessage) => void delivered.push(m), close() {} };
    // A worker starting now, beside the live one: takes nothing.
    expect(takeUpAbandonedMessages({ db })).toBe(0);
    expect(await runOutboxOnce({ db, transport, retryWindowMs: 3600_000 })).toEqual({ sent: 0, retried: 0, gaveUp: 0 });

    child.kill('SIGKILL');
    await exited;
    // The next start takes the dead process's messages up at once and sends each one.
    expect(takeUpAbandonedMessages({ db })).toBe(2);
    expect(await runOutboxOnce({ db, transport, retryWindowMs: 3600_000 })).toEqual({ sent: 2, retried: 0, gaveUp: 0 });
    expect(await runOutboxOnce({ db, transport, retryWindowMs: 3600_000 })).toEqual({ sent: 0, retried: 0, gaveUp: 0 });
    expect(new Set(delivered.map((m) => m.messageId)).size).toBe(2);
    expect(outboxCounts(db)).toEqual({ pending: 0, sending: 0, sent: 2, 'gave-up': 0 });
  });
});
