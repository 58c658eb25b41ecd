/**
 * Server-side check that a chosen day and window are ones the form could have
 * offered at the moment the request was sent (the page may have been open for
 * a while, and a PJM video call needs notice).
 */
import type { IsoDate } from './iso-date.ts';
import type { CallbackChoice } from './deadline.ts';
import { availableWindows, findWindow, type WindowRule } from './time-windows.ts';
import { warsawLocal } from './warsaw-time.ts';
import { DEFAULT_MIN_MINUTES_LEFT, type OfficeCalendar } from './working-days.ts';

/** Why a choice cannot be accepted. */
export type ChoiceProblem =
  /** The office is closed on the chosen date. */
  | 'closed-day'
  /** The window id is not one of that day's windows. */
  | 'unknown-window'
  /** The day or window has passed or has less than the minimum time left. */
  | 'too-late'
  /** The date is sooner than the required working days of notice. */
  | 'too-soon';

/** Options of {@link choiceProblem}; use the same values as for the form. */
export interface ChoiceCheckOptions {
  /** Working days of notice required (3 for a PJM interpreter). */
  readonly minWorkingDaysAhead?: number;
  /** Minutes that must be left of today's hours or of a window today. */
  readonly minMinutesLeft?: number;
  /** The window rule the form used. */
  readonly windows?: WindowRule;
}

/** What is wrong with a choice made at `submittedAt`, or `undefined` when it can be accepted. */
export function choiceProblem(
  submittedAt: Date,
  choice: CallbackChoice,
  calendar: OfficeCalendar,
  options: ChoiceCheckOptions = {},
): ChoiceProblem | undefined {
  if (choice.kind !== 'slot') return undefined;
  const { date } = choice;
  if (!calendar.isWorkingDay(date)) return 'closed-day';
  const minLeft = options.minMinutesLeft ?? DEFAULT_MIN_MINUTES_LEFT;
  const ahead = options.minWorkingDaysAhead ?? 0;
  const today: IsoDate = warsawLocal(submittedAt).date;
  if (date < today) return 'too-late';
  if (ahead > 0 && date < calendar.addWorkingDays(today, ahead)) return 'too-soon';
  if (choice.windowId === undefined) {
    return date === today && calendar.minutesLeft(submittedAt) < minLeft ? 'too-late' : undefined;
  }
  if (!findWindow(calendar, date, choice.windowId, options.windows)) return 'unknown-window';
  const open = availableWindows(calendar, date, submittedAt, minLeft, options.windows);
  return open.some((w) => w.id === choice.windowId) ? undefined : 'too-late';
}

