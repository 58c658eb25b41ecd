/**
 * Time windows offered in the form for a chosen day.
 *
 * Rule: each opening interval is cut at fixed clock times, by default 10:00
 * and 12:00 (7:30–15:30 gives 7:30–10:00, 10:00–12:00, 12:00–15:30). A piece
 * shorter than 60 minutes is merged into its neighbour in the same interval
 * (the first piece into the next, any other into the previous), so 9:45–15:30
 * gives 9:45–12:00, 12:00–15:30. Windows never span a break between
 * intervals; an interval shorter than the minimum stays one window.
 */
import { formatClock } from './format-pl.ts';
import type { IsoDate } from './iso-date.ts';
import { warsawLocal } from './warsaw-time.ts';
import { DEFAULT_MIN_MINUTES_LEFT, type OfficeCalendar, type OpeningInterval } from './working-days.ts';

/** One time window of a day. */
export interface TimeWindow {
  /** Stable id `HHMM-HHMM`, e.g. "0730-1000" (the form's radio value). */
  readonly id: string;
  /** Start in minutes after Warsaw midnight. */
  readonly start: number;
  /** End in minutes after Warsaw midnight. */
  readonly end: number;
  /** Label, e.g. "7:30–10:00". */
  readonly label: string;
}

/** How days are cut into windows. */
export interface WindowRule {
  /** Clock times (minutes after midnight) at which intervals are cut. */
  readonly cuts?: readonly number[];
  /** Pieces shorter than this many minutes are merged into a neighbour. */
  readonly minMinutes?: number;
}

/** Default cut times: 10:00 and 12:00. */
export const DEFAULT_WINDOW_CUTS: readonly number[] = Object.freeze([10 * 60, 12 * 60]);
/** Default shortest window, in minutes. */
export const DEFAULT_MIN_WINDOW_MINUTES = 60;

/** The id of a window: 450, 600 → "0730-1000". */
export function windowId(start: number, end: number): string {
  const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
  return `${hhmm(start)}-${hhmm(end)}`;
}

/** Cuts opening intervals into windows by the rule. */
export function splitIntoWindows(intervals: readonly OpeningInterval[], rule: WindowRule = {}): TimeWindow[] {
  const cuts = rule.cuts ?? DEFAULT_WINDOW_CUTS;
  const minMinutes = rule.minMinutes ?? DEFAULT_MIN_WINDOW_MINUTES;
  return intervals.flatMap(({ start, end }) => {
    const bounds = [start, ...[...new Set(cuts)].filter((c) => c > start && c < end).sort((a, b) => a - b), end];
    for (;;) {
      const short = bounds.findIndex((b, i) => i + 1 < bounds.length && (bounds[i + 1] ?? b) - b < minMinutes);
      if (short < 0 || bounds.length <= 2) break;
      bounds.splice(short === 0 ? 1 : short, 1);
    }
    return bounds.slice(0, -1).map((from, i) => {
      const to = bounds[i + 1] ?? end;
      return { id: windowId(from, to), start: from, end: to, label: `${formatClock(from)}–${formatClock(to)}` };
    });
  });
}

/** All windows of a date (empty on a closed day). */
export function windowsOn(calendar: OfficeCalendar, date: IsoDate, rule: WindowRule = {}): TimeWindow[] {
  return splitIntoWindows(calendar.hoursOn(date), rule);
}

/**
 * Windows of a date that can still be chosen at the instant `now`: all of them
 * on a later day, none on an earlier one, and today only those with at least
 * `minMinutesLeft` minutes still ahead.
 */
export function availableWindows(
  calendar: OfficeCalendar,
  date: IsoDate,
  now: Date,
  minMinutesLeft: number = DEFAULT_MIN_MINUTES_LEFT,
  rule: WindowRule = {},
): TimeWindow[] {
  const here = warsawLocal(now);
  const all = windowsOn(calendar, date, rule);
  if (date > here.date) return all;
  if (date < here.date) return [];
  return all.filter((w) => w.end - Math.max(w.start, here.minutes) >= minMinutesLeft);
}

/** The window with that id on that date, or `undefined`. */
export function findWindow(calendar: OfficeCalendar, date: IsoDate, id: string, rule: WindowRule = {}): TimeWindow | undefined {
  return windowsOn(calendar, date, rule).find((w) => w.id === id);
}
