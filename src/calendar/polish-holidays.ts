/**
 * Polish statutory public holidays (ustawa z dnia 18 stycznia 1951 r. o dniach
 * wolnych od pracy, art. 1 pkt 1), for any year.
 *
 * Moving feasts follow Gregorian Easter. Two later amendments are dated:
 * Trzech Króli (6 January) is a holiday from 2011 and Wigilia (24 December)
 * from 2025.
 */
import { addDays, isoDateOf, parseIsoDate, type IsoDate } from './iso-date.ts';

/** One public holiday: its date and Polish name. */
export interface PublicHoliday {
  /** The date, `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /** The Polish name, e.g. "Boże Ciało". */
  readonly name: string;
}

/** First year in which 6 January (Święto Trzech Króli) is a public holiday. */
export const EPIPHANY_FROM_YEAR = 2011;
/** First year in which 24 December (Wigilia) is a public holiday. */
export const CHRISTMAS_EVE_FROM_YEAR = 2025;

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, a.k.a. Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return isoDateOf(year, Math.floor(n / 31), (n % 31) + 1);
}

/** All public holidays of a year, in date order. */
export function polishHolidays(year: number): readonly PublicHoliday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const fixed = (month: number, day: number, name: string): PublicHoliday => ({ date: isoDateOf(year, month, day), name });
  const list: PublicHoliday[] = [
    fixed(1, 1, 'Nowy Rok'),
    ...(year >= EPIPHANY_FROM_YEAR ? [fixed(1, 6, 'Święto Trzech Króli')] : []),
    { date: easter, name: 'Wielkanoc' },
    { date: addDays(easter, 1), name: 'Poniedziałek Wielkanocny' },
    fixed(5, 1, 'Święto Pracy'),
    fixed(5, 3, 'Święto Narodowe Trzeciego Maja'),
    { date: addDays(easter, 49), name: 'Zielone Świątki' },
    { date: addDays(easter, 60), name: 'Boże Ciało' },
    fixed(8, 15, 'Wniebowzięcie Najświętszej Maryi Panny'),
    fixed(11, 1, 'Wszystkich Świętych'),
    fixed(11, 11, 'Narodowe Święto Niepodległości'),
    ...(year >= CHRISTMAS_EVE_FROM_YEAR ? [fixed(12, 24, 'Wigilia Bożego Narodzenia')] : []),
    fixed(12, 25, 'Pierwszy dzień Bożego Narodzenia'),
    fixed(12, 26, 'Drugi dzień Bożego Narodzenia'),
  ];
  list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const frozen = Object.freeze(list.map((h) => Object.freeze(h)));
  byYear.set(year, frozen);
  return frozen;
}

const byYear = new Map<number, readonly PublicHoliday[]>();

/** The Polish name of the holiday on that date, or `undefined` when it is not a public holiday. */
export function holidayName(isoDate: IsoDate): string | undefined {
  const { year } = parseIsoDate(isoDate);
  return polishHolidays(year).find((h) => h.date === isoDate)?.name;
}

/** Whether the date is a Polish public holiday (Sundays as such are not counted here). */
export function isPublicHoliday(isoDate: IsoDate): boolean {
  return holidayName(isoDate) !== undefined;
}
