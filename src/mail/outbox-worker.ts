/**
 * The outbox worker: runs beside the web server, sends due messages, retries
 * temporary failures with exponential backoff for the retry window, then
 * warns the fallback inbox; a permanent failure (SMTP 5xx) warns it at once.
 * State lives in the database, so a restart loses nothing: at start the
 * worker takes up messages a crashed process on this host left `sending`.
 */
import { claimDueMessages, enqueueMessage, markGaveUp, markRetry, markSent, releaseAbandonedClaims, type OutboxRow } from '../db/outbox-store.ts';
import { currentOwner, ownerIsGone, type ClaimOwner } from '../db/outbox-owner.ts';
import { transaction, type Database } from '../db/database.ts';
import type { MailMessage } from './mail-message.ts';
import type { MailTransport } from './mail-transport.ts';
import { renderGiveUpMail } from './undelivered-warning-mail.tsx';

/** Messages per round unless told otherwise. */
const DEFAULT_BATCH_SIZE = 20;

/** How the worker behaves; times in milliseconds. */
export interface OutboxWorkerOptions {
  db: Database;
  transport: MailTransport;
  /** How long after queuing a message a temporary failure is retried before the fallback inbox is warned. */
  retryWindowMs: number;
  /** First retry delay; doubles each attempt. */
  baseDelayMs?: number;
  /** Longest delay between attempts. */
  maxDelayMs?: number;
  /** How often to look for due messages. */
  pollMs?: number;
  /** How long a claimed message stays locked (a worker on another host that died releases it after this). */
  lockMs?: number;
  /** Who claims messages; this process by default. */
  owner?: ClaimOwner;
  /** Whether a claim's owner has died; by default the process check of `outbox-owner.ts`. */
  ownerIsGone?: (owner: ClaimOwner) => boolean;
  /** Messages per round. */
  batchSize?: number;
  now?: () => Date;
  /** Log line sink; never receives personal data. */
  log?: (line: string) => void;
}

/** What one round did. */
export interface OutboxRound {
  sent: number;
  retried: number;
  gaveUp: number;
}

/** Delay before attempt `attempt + 1`: base·2^(attempt−1), capped. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * A failure that retrying cannot fix: the SMTP server answered 5xx (a wrong
 * or unknown address, a refused sender). Connection errors, timeouts and 4xx
 * answers are temporary.
 */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code <= 599;
}

/** Short description of a failure without addresses or message text. */
function describeError(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; message?: string };
  const parts = [e.code, e.responseCode ? `SMTP ${e.responseCode}` : undefined].filter(Boolean);
  const first = (e.message ?? String(error)).split('\n')[0] ?? '';
  return `${parts.join(' ')} ${first.replace(/<[^>]*@[^>]*>|[\w.+-]+@[\w.-]+/g, '[adres]')}`.trim().slice(0, 300);
}

/** Send what is due now, once. */
export async function runOutboxOnce(o: OutboxWorkerOptions): Promise<OutboxRound> {
  const now = o.now ?? (() => new Date());
  const log = o.log ?? (() => {});
  const base = o.baseDelayMs ?? 60_000;
  const max = o.maxDelayMs ?? 60 * 60_000;
  const round: OutboxRound = { sent: 0, retried: 0, gaveUp: 0 };
  const rows = claimDueMessages(o.db, now(), o.lockMs ?? 5 * 60_000, o.batchSize ?? DEFAULT_BATCH_SIZE, o.owner ?? currentOwner());
  for (const row of rows) {
    const message = JSON.parse(row.message) as MailMessage;
    const ref = message.headers['X-Oddzwonimy-Reference'] ?? `#${row.id}`;
    try {
      await o.transport.send(message);
      markSent(o.db, row.id, now());
      round.sent++;
      log(`poczta: wysłano ${row.kind} ${ref} (próba ${row.attempts})`);
    } catch (error) {
      const reason = describeError(error);
      const age = now().getTime() - new Date(row.created_at).getTime();
      const permanent = isPermanentFailure(error);
      if (permanent || age >= o.retryWindowMs) {
        giveUp(o.db, row, message, reason, now());
        round.gaveUp++;
        log(`poczta: rezygnacja z ${row.kind} ${ref} po ${row.attempts} próbach${permanent ? ' (błąd trwały)' : ''}: ${reason}`);
      } else {
        const delay = backoffDelay(row.attempts, base, max);
        markRetry(o.db, row.id, new Date(now().getTime() + delay), reason);
        round.retried++;
        log(`poczta: błąd ${row.kind} ${ref} (próba ${row.attempts}), ponowienie za ${Math.round(delay / 1000)} s: ${reason}`);
      }
    }
  }
  return round;
}

function giveUp(db: Database, row: OutboxRow, message: MailMessage, reason: string, now: Date): void {
  transaction(db, () => {
    markGaveUp(db, row.id, reason);
    if (row.kind === 'give-up') return; // the warning itself failed: nothing further to warn
    const fallback = JSON.parse(row.fallback_to) as string[];
    const warning = renderGiveUpMail(message, { attempts: row.attempts, lastError: reason }, fallback);
    enqueueMessage(db, {
      requestId: row.request_id,
      kind: 'give-up',
      messageId: warning.messageId,
      recipients: fallback,
      fallbackTo: fallback,
      message: JSON.stringify(warning),
      now,
    });
  });
}

/** A running worker. */
export interface OutboxWorker {
  /** Stop polling and wait for the round in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Put back in the queue the messages that a process on this host which is no
 * longer running left `sending` (a crash mid-send), so they go out now rather
 * than when their lock expires; a live process's claims stay its own.
 */
export function takeUpAbandonedMessages(o: Pick<OutboxWorkerOptions, 'db' | 'now' | 'owner' | 'ownerIsGone' | 'log'>): number {
  const self = o.owner ?? currentOwner();
  const gone = o.ownerIsGone ?? ((owner: ClaimOwner) => ownerIsGone(owner, self));
  const log = o.log ?? (() => {});
  try {
    const n = releaseAbandonedClaims(o.db, (o.now ?? (() => new Date()))(), gone);
    if (n > 0) log(`poczta: wiadomości przerwane przez zatrzymany proces wracają do kolejki: ${n}`);
    return n;
  } catch (error) {
    log(`poczta: nie udało się przejąć przerwanych wiadomości (zostaną przejęte po wygaśnięciu blokady): ${describeError(error)}`);
    return 0;
  }
}

/** Start polling the outbox, first taking up what a crashed process left. */
export function startOutboxWorker(o: OutboxWorkerOptions): OutboxWorker {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const log = o.log ?? (() => {});
  takeUpAbandonedMessages(o);
  const batch = o.batchSize ?? DEFAULT_BATCH_SIZE;
  const tick = (): void => {
    if (stopped) return;
    clearTimeout(timer);
    // A full round means more may be due: the next starts at once, so a queue of a thousand
    // (a burst, or mail held while SMTP was down) drains in seconds, not at one batch a poll.
    let full = false;
    current = runOutboxOnce(o)
      .then((round) => void (full = round.sent + round.retried + round.gaveUp >= batch))
      .catch((error: unknown) => log(`poczta: błąd pracy kolejki: ${describeError(error)}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, full ? 0 : (o.pollMs ?? 1000));
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
