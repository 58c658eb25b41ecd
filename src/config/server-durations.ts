/**
 * The server settings' lengths of time in milliseconds, as the server's
 * timers take them: the one place minutes and hours become milliseconds.
 */
import type { ServerSettings } from './server-settings.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Durations the submission limit and the outbox worker take. */
export interface ServerDurations {
  /** `RATE_LIMIT_WINDOW_MINUTES` in ms. */
  rateLimitWindowMs: number;
  /** `MAIL_RETRY_HOURS` in ms. */
  mailRetryWindowMs: number;
}

/** Convert the settings' minutes and hours to milliseconds. */
export function serverDurations(settings: Pick<ServerSettings, 'RATE_LIMIT_WINDOW_MINUTES' | 'MAIL_RETRY_HOURS'>): ServerDurations {
  return {
    rateLimitWindowMs: settings.RATE_LIMIT_WINDOW_MINUTES * MINUTE_MS,
    mailRetryWindowMs: settings.MAIL_RETRY_HOURS * HOUR_MS,
  };
}
