/**
 * The mail outbox: messages committed together with their request, claimed
 * by the worker inside a transaction, retried with backoff, never lost.
 */
import { statement, transaction, type Database } from './database.ts';
import type { ClaimOwner } from './outbox-owner.ts';

/** A stored outgoing message. */
export interface OutboxRow {
  id: number;
  request_id: number | null;
  kind: 'staff' | 'resident' | 'give-up';
  message_id: string;
  /** JSON array of addresses. */
  recipients: string;
  /** JSON array of addresses warned when delivery gives up. */
  fallback_to: string;
  /** JSON of the rendered message (see `src/mail/mail-message.ts`). */
  message: string;
  status: 'pending' | 'sending' | 'sent' | 'gave-up';
  attempts: number;
  created_at: string;
  available_at: string;
  locked_until: string | null;
  last_error: string | null;
  sent_at: string | null;
  /** The process holding a `sending` claim (see `outbox-owner.ts`); null otherwise. */
  claim_host: string | null;
  claim_boot: string | null;
  claim_pid: number | null;
  claim_started: string | null;
}

/** What is needed to queue a message. */
export interface NewOutboxMessage {
  requestId: number | null;
  kind: OutboxRow['kind'];
  messageId: string;
  recipients: readonly string[];
  fallbackTo: readonly string[];
  message: string;
  now: Date;
}

/** Queue a message (inside the caller's transaction). A repeated `messageId` is ignored. */
export function enqueueMessage(db: Database, m: NewOutboxMessage): void {
  statement(
    db,
    `INSERT INTO outbox (request_id, kind, message_id, recipients, fallback_to, message, status, created_at, available_at)
     VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)
     ON CONFLICT (message_id) DO NOTHING`,
  ).run(m.requestId, m.kind, m.messageId, JSON.stringify(m.recipients), JSON.stringify(m.fallbackTo), m.message, m.now.toISOString(), m.now.toISOString());
}

/**
 * Claim up to `limit` due messages for `owner`: pending ones whose time has
 * come, and ones stuck in `sending` past their lock (a worker on another host
 * that died; same-host ones are taken up at start, see {@link releaseAbandonedClaims}).
 */
export function claimDueMessages(db: Database, now: Date, lockMs: number, limit: number, owner: ClaimOwner): OutboxRow[] {
  const nowIso = now.toISOString();
  const lockedUntil = new Date(now.getTime() + lockMs).toISOString();
  return transaction(db, () => {
    const rows = statement(
      db,
      `SELECT * FROM outbox
       WHERE (status = 'pending' AND available_at <= :now) OR (status = 'sending' AND locked_until <= :now)
       ORDER BY available_at, id LIMIT :limit`,
    ).all({ now: nowIso, limit }) as unknown as OutboxRow[];
    const claim = statement(
      db,
      `UPDATE outbox SET status = 'sending', locked_until = ?, attempts = attempts + 1, claim_host = ?, claim_boot = ?, claim_pid = ?, claim_started = ? WHERE id = ?`,
    );
    for (const row of rows) {
      claim.run(lockedUntil, owner.host, owner.boot, owner.pid, owner.started, row.id);
      Object.assign(row, { status: 'sending', attempts: row.attempts + 1, locked_until: lockedUntil });
      Object.assign(row, { claim_host: owner.host, claim_boot: owner.boot, claim_pid: owner.pid, claim_started: owner.started });
    }
    return rows;
  });
}

/**
 * Put back in the queue, due now, every `sending` message whose owner
 * `isGone` says has died (a crash mid-send). Claims of live processes and
 * claims without an owner are left to their lock. Returns how many.
 */
export function releaseAbandonedClaims(db: Database, now: Date, isGone: (owner: ClaimOwner) => boolean): number {
  return transaction(db, () => {
    const owners = statement(
      db,
      `SELECT DISTINCT claim_host AS host, claim_boot AS boot, claim_pid AS pid, claim_started AS started FROM outbox
       WHERE status = 'sending' AND claim_host IS NOT NULL AND claim_pid IS NOT NULL`,
    ).all() as unknown as ClaimOwner[];
    const release = statement(
      db,
      `UPDATE outbox SET status = 'pending', available_at = ?, locked_until = NULL, claim_host = NULL, claim_boot = NULL, claim_pid = NULL, claim_started = NULL
       WHERE status = 'sending' AND claim_host = ? AND claim_boot IS ? AND claim_pid = ? AND claim_started IS ?`,
    );
    let released = 0;
    for (const o of owners) {
      const owner = { host: o.host, boot: o.boot ?? '', pid: o.pid, started: o.started ?? '' };
      if (isGone(owner)) released += Number(release.run(now.toISOString(), o.host, o.boot, o.pid, o.started).changes);
    }
    return released;
  });
}

const NO_CLAIM = 'claim_host = NULL, claim_boot = NULL, claim_pid = NULL, claim_started = NULL';

/** Record a delivered message. */
export function markSent(db: Database, id: number, now: Date): void {
  statement(db, `UPDATE outbox SET status = 'sent', sent_at = ?, locked_until = NULL, last_error = NULL, ${NO_CLAIM} WHERE id = ?`).run(now.toISOString(), id);
}

/** Put a message back in the queue for another try at `availableAt`. */
export function markRetry(db: Database, id: number, availableAt: Date, error: string): void {
  statement(db, `UPDATE outbox SET status = 'pending', available_at = ?, locked_until = NULL, last_error = ?, ${NO_CLAIM} WHERE id = ?`).run(availableAt.toISOString(), error.slice(0, 500), id);
}

/** Stop retrying a message. */
export function markGaveUp(db: Database, id: number, error: string): void {
  statement(db, `UPDATE outbox SET status = 'gave-up', locked_until = NULL, last_error = ?, ${NO_CLAIM} WHERE id = ?`).run(error.slice(0, 500), id);
}

/** Messages per status, for health checks and tests. */
export function outboxCounts(db: Database): Record<OutboxRow['status'], number> {
  const counts = { pending: 0, sending: 0, sent: 0, 'gave-up': 0 };
  for (const r of statement(db, 'SELECT status, COUNT(*) AS n FROM outbox GROUP BY status').all() as { status: OutboxRow['status']; n: number }[]) counts[r.status] = r.n;
  return counts;
}
