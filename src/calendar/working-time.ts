/** Counting opening time backwards: "two working hours before the deadline" across evenings, weekends and holidays. */
import { addDays } from './iso-date.ts';
import { warsawInstant, warsawLocal } from './warsaw-time.ts';
import type { OfficeCalendar } from './working-days.ts';

const MAX_SEARCH_DAYS = 3 * 366;

/**
 * The instant `minutes` opening minutes before `instant`, counting only the
 * calendar's opening intervals (a deadline at 8:30 on Monday with 120 minutes
 * lands at 14:00 on the Friday before, when the office closes at 15:30).
 */
export function workingMinutesBefore(calendar: OfficeCalendar, instant: Date, minutes: number): Date {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`minutes must be a non-negative integer, got ${minutes}`);
  let { date, minutes: clock } = warsawLocal(instant);
  let left = minutes;
  for (let n = 0; n < MAX_SEARCH_DAYS; n++) {
    const intervals = [...calendar.hoursOn(date)].reverse();
    for (const i of intervals) {
      const end = Math.min(i.end, clock);
      if (end <= i.start) continue;
      const available = end - i.start;
      if (available >= left) return warsawInstant(date, end - left);
      left -= available;
    }
    date = addDays(date, -1);
    clock = 24 * 60;
  }
  throw new RangeError(`no opening time within ${MAX_SEARCH_DAYS} days before ${instant.toISOString()}`);
}
