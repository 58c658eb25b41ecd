/**
 * When the office has to call back, from the moment a request was sent and
 * the time the resident chose.
 *
 * Rules (the procedure: "as soon as possible, at the latest on the next
 * working day"):
 * - `asap` ("jak najszybciej"): sent on a working day before opening → the
 *   end of that day's hours; otherwise (during or after hours, or on a closed
 *   day) → the end of the next working day's hours.
 * - `any` ("dowolna pora"): the office picks the moment; the same latest
 *   deadline as `asap`.
 * - `slot`: the end of the chosen window on that date, or the end of that
 *   day's hours with no window; `start` is when the window (or the day's
 *   hours) begins.
 * With `minWorkingDaysAhead` k ≥ 1 (a video call with a PJM interpreter, k =
 * 3), `asap` and `any` end with the k-th working day after the date sent.
 */
import type { IsoDate } from './iso-date.ts';
import { findWindow, type WindowRule } from './time-windows.ts';
import { warsawInstant, warsawLocal } from './warsaw-time.ts';
import type { OfficeCalendar } from './working-days.ts';

/** What the resident chose in the form. */
export type CallbackChoice =
  | { readonly kind: 'asap' }
  | { readonly kind: 'any' }
  | { readonly kind: 'slot'; readonly date: IsoDate; readonly windowId?: string };

/** The latest moment to call back, and the start of the agreed window when a slot was chosen. */
export interface CallbackDeadline {
  /** The latest moment to call back. */
  readonly deadline: Date;
  /** Start of the agreed window (for an iCalendar invitation); only for `slot`. */
  readonly start?: Date;
}

/** Options of {@link callbackDeadline}. */
export interface DeadlineOptions {
  /** Working days of notice the call needs (3 for a PJM interpreter); affects `asap` and `any`. */
  readonly minWorkingDaysAhead?: number;
  /** The window rule the form used. */
  readonly windows?: WindowRule;
}

/** Minimum notice, in working days, for a video call with a Polish Sign Language interpreter. */
export const PJM_MIN_WORKING_DAYS_AHEAD = 3;

/**
 * The callback deadline for a request sent at `submittedAt`. Throws RangeError
 * when a chosen date is a closed day or the window id is not one of that day;
 * whether a slot was still open to choose is {@link choiceProblem}'s job.
 */
export function callbackDeadline(
  submittedAt: Date,
  choice: CallbackChoice,
  calendar: OfficeCalendar,
  options: DeadlineOptions = {},
): CallbackDeadline {
  if (choice.kind === 'slot') {
    if (!calendar.isWorkingDay(choice.date)) throw new RangeError(`the office is closed on ${choice.date}`);
    if (choice.windowId === undefined) {
      return { start: calendar.openingTime(choice.date), deadline: calendar.closingTime(choice.date) };
    }
    const w = findWindow(calendar, choice.date, choice.windowId, options.windows);
    if (!w) throw new RangeError(`no window ${choice.windowId} on ${choice.date}`);
    return { start: warsawInstant(choice.date, w.start), deadline: warsawInstant(choice.date, w.end) };
  }
  const { date, minutes } = warsawLocal(submittedAt);
  const ahead = options.minWorkingDaysAhead ?? 0;
  if (ahead > 0) return { deadline: calendar.closingTime(calendar.addWorkingDays(date, ahead)) };
  const opens = calendar.hoursOn(date)[0]?.start;
  const day = opens !== undefined && minutes < opens ? date : calendar.nextWorkingDay(date);
  return { deadline: calendar.closingTime(day) };
}
