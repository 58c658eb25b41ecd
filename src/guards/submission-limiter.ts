/**
 * A per-client limit on stored submissions: fixed windows, in memory,
 * bounded. A submission first takes a place (so that concurrent posts from
 * one client cannot overshoot) and then either keeps it (the request was
 * stored) or gives it back (anything else: errors, honeypot, a failure).
 * Pure: no I/O, the time comes from the caller.
 */

/** Options of {@link createSubmissionLimiter}. */
export interface SubmissionLimiterOptions {
  /** Stored submissions allowed per client in one window. */
  limit: number;
  windowMs: number;
  /** Most clients remembered at once; the oldest window goes first when full. */
  maxEntries?: number;
  /** Longest key kept (longer keys are cut, so a key cannot grow memory). */
  maxKeyLength?: number;
}

/** What {@link SubmissionLimiter.take} answers. */
export type TakeResult =
  | { ok: true; /** The request was stored: the place stays taken. */ keep(): void; /** Nothing was stored: give the place back. */ release(): void }
  | { ok: false; /** Milliseconds until the client's window ends. */ retryAfterMs: number };

/** A bounded submission limiter. */
export interface SubmissionLimiter {
  take(key: string, now: number): TakeResult;
  /** How many clients are remembered (for tests and benchmarks). */
  readonly size: number;
}

interface Entry {
  count: number;
  resetAt: number;
  /** Its place in the ring of keys (oldest window first). */
  slot: number;
}

/** Default cap on remembered clients: about 100 bytes each, so a few MB at most. */
export const DEFAULT_MAX_ENTRIES = 20_000;
/** Default longest key (an IPv6 /64 prefix is 19 characters). */
export const DEFAULT_MAX_KEY_LENGTH = 64;

/** A limiter; see the module comment. */
export function createSubmissionLimiter(o: SubmissionLimiterOptions): SubmissionLimiter {
  const maxEntries = o.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const maxKeyLength = o.maxKeyLength ?? DEFAULT_MAX_KEY_LENGTH;
  const entries = new Map<string, Entry>();
  // Keys in the order their windows started, in a ring of fixed size: when it is full, the oldest is dropped.
  const ring: (string | undefined)[] = new Array<string | undefined>(maxEntries);
  let next = 0;

  const insert = (key: string, now: number): Entry => {
    const oldest = ring[next];
    if (oldest !== undefined && entries.get(oldest)?.slot === next) entries.delete(oldest);
    ring[next] = key;
    const entry = { count: 0, resetAt: now + o.windowMs, slot: next };
    entries.set(key, entry);
    next = (next + 1) % maxEntries;
    return entry;
  };

  return {
    get size() {
      return entries.size;
    },
    take(rawKey, now) {
      const key = rawKey.slice(0, maxKeyLength);
      let entry = entries.get(key);
      if (entry && entry.resetAt <= now) {
        entries.delete(key);
        entry = undefined;
      }
      entry ??= insert(key, now);
      if (entry.count >= o.limit) return { ok: false, retryAfterMs: entry.resetAt - now };
      entry.count++;
      const taken = entry;
      let settled = false;
      return {
        ok: true,
        keep: () => {
          settled = true;
        },
        release: () => {
          if (settled) return;
          settled = true;
          if (taken.count > 0) taken.count--;
        },
      };
    },
  };
}
