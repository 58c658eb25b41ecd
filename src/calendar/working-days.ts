/**
 * The office's working days: weekly opening hours minus public holidays and
 * extra closed days, and the "next N working days" offered in the form.
 */
import { minutesOf, type WeekdayKey, type WeekHours } from './week-hours.ts';
import { addDays, parseIsoDate, weekdayOf, type IsoDate } from './iso-date.ts';
import { isPublicHoliday } from './polish-holidays.ts';
import { warsawInstant, warsawLocal } from './warsaw-time.ts';

/** One opening interval of a day, in minutes after Warsaw midnight (`end` exclusive). */
export interface OpeningInterval {
  /** Opening, e.g. 450 for 7:30. */
  readonly start: number;
  /** Closing, e.g. 930 for 15:30. */
  readonly end: number;
}

/** Options of {@link OfficeCalendar.nextWorkingDays}. */
export interface NextWorkingDaysOptions {
  /** The first offered day is this many working days after today (0 = today may be offered). */
  readonly minWorkingDaysAhead?: number;
  /** With `minWorkingDaysAhead` 0, today is offered only if at least this many opening minutes are left. */
  readonly minMinutesLeftToday?: number;
}

/** Opening minutes that must remain for today (or a window today) to be offered. */
export const DEFAULT_MIN_MINUTES_LEFT = 60;

/** How far ahead a search for a working day goes before giving up (the office would be closed for years). */
const MAX_SEARCH_DAYS = 3 * 366;

/** Working days and opening hours of an office, built from its weekly hours and extra closed days. */
export class OfficeCalendar {
  readonly #week: Readonly<Record<WeekdayKey, readonly OpeningInterval[]>>;
  readonly #closed: ReadonlySet<IsoDate>;

  /** Builds a calendar; `extraClosedDays` are ISO dates on which the office is closed despite its hours. */
  constructor(hours: WeekHours, extraClosedDays: readonly IsoDate[] = []) {
    const day = (key: WeekdayKey): readonly OpeningInterval[] =>
      Object.freeze(
        hours[key]
          .map((i) => Object.freeze({ start: minutesOf(i.od), end: minutesOf(i.do) }))
          .sort((a, b) => a.start - b.start),
      );
    this.#week = {
      poniedzialek: day('poniedzialek'),
      wtorek: day('wtorek'),
      sroda: day('sroda'),
      czwartek: day('czwartek'),
      piatek: day('piatek'),
      sobota: day('sobota'),
      niedziela: day('niedziela'),
    };
    for (const d of extraClosedDays) parseIsoDate(d);
    this.#closed = new Set(extraClosedDays);
  }

  /** Opening intervals on that date, earliest first; empty when the office is closed that day. */
  hoursOn(date: IsoDate): readonly OpeningInterval[] {
    const weekly = this.#week[weekdayOf(date)];
    return weekly.length === 0 || this.#closed.has(date) || isPublicHoliday(date) ? [] : weekly;
  }

  /** Whether the office is open that day: it has hours, is not a public holiday and not an extra closed day. */
  isWorkingDay(date: IsoDate): boolean {
    return this.hoursOn(date).length > 0;
  }

  /** The instant the office opens on a working day; throws RangeError on a closed day. */
  openingTime(date: IsoDate): Date {
    return warsawInstant(date, this.#openHours(date)[0]?.start ?? 0);
  }

  /** The instant the office closes on a working day (end of its last interval); throws RangeError on a closed day. */
  closingTime(date: IsoDate): Date {
    return warsawInstant(date, this.#openHours(date).at(-1)?.end ?? 0);
  }

  /** Opening minutes still ahead on the Warsaw day of `instant`, from that moment on (0 on a closed day). */
  minutesLeft(instant: Date): number {
    const { date, minutes } = warsawLocal(instant);
    return this.hoursOn(date).reduce((sum, i) => sum + Math.max(0, i.end - Math.max(i.start, minutes)), 0);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    for (let d = addDays(date, 1), n = 0; n < MAX_SEARCH_DAYS; d = addDays(d, 1), n++) {
      if (this.isWorkingDay(d)) return d;
    }
    throw new RangeError(`no working day within ${MAX_SEARCH_DAYS} days after ${date}`);
  }

  /** The `count`-th working day after `date` (count 0 returns `date` itself). */
  addWorkingDays(date: IsoDate, count: number): IsoDate {
    checkCount(count, 'count');
    parseIsoDate(date);
    let d = date;
    for (let n = 0; n < count; n++) d = this.nextWorkingDay(d);
    return d;
  }

  /**
   * The next `count` working days to offer from the instant `from`. With
   * `minWorkingDaysAhead` k ≥ 1 the first is the k-th working day after today
   * (Warsaw date); with k = 0 today comes first if it is a working day with
   * at least `minMinutesLeftToday` opening minutes left.
   */
  nextWorkingDays(from: Date, count: number, options: NextWorkingDaysOptions = {}): IsoDate[] {
    checkCount(count, 'count');
    const ahead = options.minWorkingDaysAhead ?? 0;
    const minLeft = options.minMinutesLeftToday ?? DEFAULT_MIN_MINUTES_LEFT;
    checkCount(ahead, 'minWorkingDaysAhead');
    if (count === 0) return [];
    const today = warsawLocal(from).date;
    let day: IsoDate;
    if (ahead > 0) day = this.addWorkingDays(today, ahead);
    else day = this.isWorkingDay(today) && this.minutesLeft(from) >= minLeft ? today : this.nextWorkingDay(today);
    const days = [day];
    while (days.length < count) days.push((day = this.nextWorkingDay(day)));
    return days;
  }

  #openHours(date: IsoDate): readonly OpeningInterval[] {
    const hours = this.hoursOn(date);
    if (hours.length === 0) throw new RangeError(`the office is closed on ${date}`);
    return hours;
  }
}

function checkCount(n: number, name: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number ≥ 0: ${n}`);
}
