/**
 * The one per-client limit on stored submissions, shared by both forms (the
 * callback form and the accessibility request form): a client's stored
 * requests of either kind count against `RATE_LIMIT_SUBMISSIONS` in one
 * window. Only a stored request keeps its place.
 */
import { serverDurations } from '../config/server-durations.ts';
import { normaliseAddress } from '../guards/client-address.ts';
import { createSubmissionLimiter, type TakeResult } from '../guards/submission-limiter.ts';
import { serverSettings } from './callback-runtime.ts';

/** The limiter of this server process. */
export const submissionLimiter = createSubmissionLimiter({
  limit: serverSettings().RATE_LIMIT_SUBMISSIONS,
  windowMs: serverDurations(serverSettings()).rateLimitWindowMs,
});

/** Over the limit: nothing stored, the wait in whole seconds (at least 1). */
export interface Limited {
  kind: 'limited';
  retryAfterSeconds: number;
}

/** Take a place for the client (`clientAddress`, as Astro gives it), or say how long to wait. */
export function takeSubmissionPlace(clientAddress: string, now: Date): Extract<TakeResult, { ok: true }> | Limited {
  const place = submissionLimiter.take(normaliseAddress(clientAddress) ?? 'unknown', now.getTime());
  return place.ok ? place : { kind: 'limited', retryAfterSeconds: Math.max(1, Math.ceil(place.retryAfterMs / 1000)) };
}
