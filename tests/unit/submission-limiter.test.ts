import { describe, expect, it } from 'vitest';
import { createSubmissionLimiter, DEFAULT_MAX_ENTRIES } from '../../src/guards/submission-limiter.ts';

describe('submission limiter', () => {
  it('lets a client store `limit` requests per window, then says how long to wait, then lets it in again', () => {
    const limiter = createSubmissionLimiter({ limit: 3, windowMs: 600_000 });
    for (let i = 0; i < 3; i++) {
      const place = limiter.take('203.0.113.7', 1000 + i);
      expect(place.ok).toBe(true);
      if (place.ok) place.keep();
    }
    expect(limiter.take('203.0.113.7', 421_000)).toEqual({ ok: false, retryAfterMs: 180_000 });
    expect(limiter.take('198.51.100.1', 421_000).ok, 'another client').toBe(true);
    expect(limiter.take('203.0.113.7', 601_000).ok, 'the next window').toBe(true);
  });

  it('counts only the places kept: a released one (nothing stored) is given back', () => {
    const limiter = createSubmissionLimiter({ limit: 2, windowMs: 60_000 });
    for (let i = 0; i < 50; i++) {
      const place = limiter.take('a', i);
      expect(place.ok, `mistake ${i}`).toBe(true);
      if (place.ok) place.release();
    }
    const first = limiter.take('a', 100);
    const second = limiter.take('a', 100);
    expect([first.ok, second.ok]).toEqual([true, true]);
    // Two in flight at once hold both places: a third waits, even before either is stored.
    expect(limiter.take('a', 100).ok).toBe(false);
    if (first.ok) first.release();
    if (second.ok) second.keep();
    const third = limiter.take('a', 100);
    expect(third.ok).toBe(true);
    if (third.ok) {
      third.keep();
      third.release(); // settled once: a late release changes nothing
    }
    expect(limiter.take('a', 100).ok).toBe(false);
  });

  it('stays bounded under a flood of unique keys: entries capped, recent clients still counted', () => {
    const limiter = createSubmissionLimiter({ limit: 1, windowMs: 600_000, maxEntries: 1000 });
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100_000; i++) {
      const place = limiter.take(`k${i}`, 1);
      if (place.ok) place.keep();
    }
    expect(limiter.size).toBe(1000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    const fresh = limiter.take('fresh', 3);
    expect(fresh.ok).toBe(true);
    if (fresh.ok) fresh.keep();
    expect(limiter.take('fresh', 4).ok).toBe(false);
  });

  it('cuts long keys, so that a key cannot grow memory', () => {
    const limiter = createSubmissionLimiter({ limit: 1, windowMs: 600_000, maxKeyLength: 16 });
    const place = limiter.take(`${'x'.repeat(16)}${'y'.repeat(100_000)}`, 0);
    if (place.ok) place.keep();
    expect(limiter.take('x'.repeat(16), 1).ok, 'the same first 16 characters are the same client').toBe(false);
  });

  it('by default remembers a bounded number of clients, dropping the oldest window first', () => {
    const limiter = createSubmissionLimiter({ limit: 1, windowMs: 600_000 });
    for (let i = 0; i < DEFAULT_MAX_ENTRIES + 5000; i++) {
      const place = limiter.take(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, 0);
      if (place.ok) place.keep();
    }
    expect(limiter.size).toBe(DEFAULT_MAX_ENTRIES);
    expect(limiter.take('10.0.0.0', 1).ok, 'the oldest was dropped').toBe(true);
    const last = DEFAULT_MAX_ENTRIES + 4999;
    expect(limiter.take(`10.${(last >> 16) & 255}.${(last >> 8) & 255}.${last & 255}`, 1).ok, 'the newest is still counted').toBe(false);
  });
});
