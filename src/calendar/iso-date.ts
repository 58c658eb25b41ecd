/**
 * Calendar dates as ISO strings `YYYY-MM-DD`, with no time of day and no time zone.
 *
 * Arithmetic runs on UTC midnights, where every day has 24 hours, so the
 * server's own time zone never leaks in.
 */
import { weekdayKeys, type WeekdayKey } from './week-hours.ts';

/** A calendar date `YYYY-MM-DD` (proleptic Gregorian, years 1000–9999). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Year, month (1–12) and day of an ISO date; throws RangeError for anything that is not a real date. */
export function parseIsoDate(iso: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(iso);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day) return { year, month, day };
  }
  throw new RangeError(`not a calendar date YYYY-MM-DD: ${JSON.stringify(iso)}`);
}

/** The ISO date for a year, month (1–12) and day; out-of-range months and days roll over. */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return fromUtcMs(Date.UTC(year, month - 1, day));
}

/** The date `days` days after `iso` (negative goes back). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtcMs(utcMs(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** The weekday key (`'poniedzialek'` … `'niedziela'`) of a date. */
export function weekdayOf(iso: IsoDate): WeekdayKey {
  const sundayFirst = new Date(utcMs(iso)).getUTCDay();
  return weekdayKeys[(sundayFirst + 6) % 7] as WeekdayKey;
}

function utcMs(iso: IsoDate): number {
  const { year, month, day } = parseIsoDate(iso);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (y < 1000 || y > 9999) throw new RangeError(`year ${y} is outside 1000–9999`);
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
