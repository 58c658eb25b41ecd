/**
 * Who may see a stored request's details on the confirmation page: the
 * browser that sent it (it holds the request's random key in a cookie that
 * lasts as long), for an hour. Everyone else sees the reference only. Pure;
 * the time comes from the caller.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** How long after sending the details show with the key (and how long the browser keeps the key). */
export const DETAILS_FOR_MS = 60 * 60 * 1000;

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Whether `given` is the stored key: compared as hashes in constant time, whatever its length or characters. */
export function sameKey(stored: string, given: string | undefined): boolean {
  return given !== undefined && timingSafeEqual(digest(stored), digest(given));
}

/** Whether the details of a stored request may show to someone holding `key` at `now` (ms). */
export function detailsVisible(row: { view_token: string; created_at: string }, key: string | undefined, now: number): boolean {
  const age = now - Date.parse(row.created_at);
  return sameKey(row.view_token, key) && age >= 0 && age < DETAILS_FOR_MS;
}
