/**
 * Faults against the real server process: stopped (SIGKILL, SIGTERM) in the middle
 * of a burst of submissions, then restarted. Every request the client saw
 * confirmed must be stored whole and delivered exactly once; none half-stored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { DATABASE_FILE } from '../../src/db/database.ts';
import { CONDITION_BOUND_MS, postForm, startServerProcess, type ServerProcess } from './server-process.ts';
import { waitFor } from './smtp-test-server.ts';

const closers: (() => unknown)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

function stopLater(server: ServerProcess): void {
  closers.push(async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await server.exited;
  });
}

describe('server stopped mid-burst', () => {
  it('keeps every confirmed request whole and delivers each exactly once after a restart', async () => {
    const env = { RATE_LIMIT_SUBMISSIONS: '100000' };
    const first = await startServerProcess(env);
    stopLater(first);
    const confirmed: string[] = [];
    let failed = 0;
    const client = async () => {
      for (;;) {
        try {
          const res = await postForm(first, callbackExamples.valid.answers);
          if (res.status !== 303) throw new Error(String(res.status));
          confirmed.push(new URL(res.headers.get('location')!, first.origin).searchParams.get('nr')!);
        } catch {
          failed++;
          return;
        }
      }
    };
    const clients = Array.from({ length: 6 }, client);
    await waitFor(() => confirmed.length >= 150, CONDITION_BOUND_MS, '150 confirmed submissions');
    first.child.kill('SIGKILL');
    await Promise.all(clients);
    expect(failed).toBe(6); // every client saw the server die

    const db = new DatabaseSync(join(first.dataDir, DATABASE_FILE));
    const rows = db.prepare(`SELECT reference, payload FROM requests WHERE status = 'accepted'`).all() as { reference: string; payload: string }[];
    const stored = new Set(rows.map((r) => r.reference));
    for (const ref of confirmed) expect(stored.has(ref), `confirmed ${ref} is not stored`).toBe(true);
    for (const r of rows) expect(JSON.parse(r.payload).reference).toBe(r.reference);
    const orphans = db.prepare(`SELECT COUNT(*) AS n FROM requests r WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.request_id = r.id AND o.kind = 'staff')`).get() as { n: number };
    expect(orphans.n, 'a stored request without its staff e-mail (half-stored)').toBe(0);
    db.close();

    const second = await startServerProcess(env, first.dataDir);
    stopLater(second);
    const emlDir = join(first.dataDir, 'outbox-eml');
    const staffFiles = () => readdirSync(emlDir).filter((f) => f.endsWith('.staff@127.0.0.1.eml'));
    await waitFor(() => staffFiles().length === stored.size, CONDITION_BOUND_MS, `${stored.size} staff e-mails`);
    const delivered = staffFiles().map((f) => /^Message-ID: <(.+)\.staff@/m.exec(readFileSync(join(emlDir, f), 'utf8'))?.[1]);
    expect(new Set(delivered)).toEqual(stored);
    const db2 = new DatabaseSync(join(first.dataDir, DATABASE_FILE));
    const counts = db2.prepare(`SELECT status, COUNT(*) AS n FROM outbox WHERE kind = 'staff' GROUP BY status`).all();
    db2.close();
    expect(counts).toEqual([{ status: 'sent', n: stored.size }]);
  });

  it('on SIGTERM mid-burst, finishes what it accepted, answers no 5xx, and exits 0', async () => {
    const server = await startServerProcess({ RATE_LIMIT_SUBMISSIONS: '100000' });
    stopLater(server);
    const confirmed: string[] = [];
    const statuses: number[] = [];
    const client = async () => {
      for (;;) {
        try {
          const res = await postForm(server, callbackExamples.validMinimal.answers);
          statuses.push(res.status);
          if (res.status === 303) confirmed.push(new URL(res.headers.get('location')!, server.origin).searchParams.get('nr')!);
        } catch {
          return; // the server stopped taking connections
        }
      }
    };
    const clients = Array.from({ length: 4 }, client);
    await waitFor(() => confirmed.length >= 40, CONDITION_BOUND_MS, '40 confirmed submissions');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await Promise.all(clients);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(server.output()).toContain('Zatrzymano.');
    const db = new DatabaseSync(join(server.dataDir, DATABASE_FILE));
    const stored = new Set((db.prepare(`SELECT reference FROM requests`).all() as { reference: string }[]).map((r) => r.reference));
    db.close();
    for (const ref of confirmed) expect(stored.has(ref), `confirmed ${ref} is not stored`).toBe(true);
  });
});
