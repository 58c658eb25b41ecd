/**
 * Group commit: write transactions that arrive in the same turn of the event
 * loop share one BEGIN … COMMIT (one fsync), each inside its own savepoint so
 * that one failing piece of work rolls back alone. Every caller's promise
 * settles only after the COMMIT, so "accepted" still means "on disk".
 */
import type { Database } from './database.ts';

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const queues = new WeakMap<Database, Pending[]>();

function flush(db: Database): void {
  const batch = queues.get(db) ?? [];
  queues.delete(db);
  const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
  try {
    db.exec('BEGIN IMMEDIATE');
    for (const item of batch) {
      db.exec('SAVEPOINT piece');
      try {
        const value = item.work();
        db.exec('RELEASE piece');
        outcomes.push({ ok: true, value });
      } catch (error) {
        db.exec('ROLLBACK TO piece');
        db.exec('RELEASE piece');
        outcomes.push({ ok: false, error });
      }
    }
    db.exec('COMMIT');
  } catch (error) {
    try {
      db.exec('ROLLBACK');
    } catch {
      // no transaction was open
    }
    for (const item of batch) item.reject(error);
    return;
  }
  batch.forEach((item, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) item.resolve(outcome.value);
    else item.reject(outcome.error);
  });
}

/** Run `work` (synchronous database writes) in the next group commit; resolves after it is durable. */
export function commitTogether<T>(db: Database, work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) {
      queue = [];
      queues.set(db, queue);
      setImmediate(() => flush(db));
    }
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
  });
}
