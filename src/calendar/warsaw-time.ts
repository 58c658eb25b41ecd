/**
 * Europe/Warsaw wall-clock time for plain `Date` instants, with Intl only.
 *
 * The office works in Polish time whatever the server's `TZ` is: every
 * conversion names the zone explicitly and never reads the process's zone.
 */
import type { WeekdayKey } from './week-hours.ts';
import { parseIsoDate, weekdayOf, type IsoDate } from './iso-date.ts';

/** The IANA time zone the office works in. */
export const WARSAW_TIME_ZONE = 'Europe/Warsaw';

/** Where an instant falls on a Warsaw wall calendar and clock. */
export interface WarsawLocal {
  /** Warsaw calendar date `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /** Minutes after Warsaw midnight, 0–1439 (seconds dropped). */
  readonly minutes: number;
  /** Warsaw weekday. */
  readonly weekday: WeekdayKey;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const wallFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: WARSAW_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

type WallFields = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** Warsaw wall-clock fields of an instant, as numbers, straight from Intl (a few microseconds a call). */
function formatFields(ms: number): WallFields {
  const f = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of wallFormat.formatToParts(ms)) {
    if (part.type in f) f[part.type as keyof typeof f] = Number(part.value);
  }
  return f;
}

/** Warsaw's offset from UTC in milliseconds at an instant, straight from Intl. */
function formatOffset(ms: number): number {
  const f = formatFields(ms);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * Offsets already looked up, by UTC hour. Warsaw's offset changes at most
 * once an hour (in fact twice a year, on the hour): when the first and the
 * last second of an hour have the same offset, every second between has it
 * too. Hours with a change inside, and instants outside 1970–2199, are never
 * cached and always go to Intl. A request looks up a few dozen instants in a
 * handful of hours; the map is emptied when it reaches its bound.
 */
const offsetsByHour = new Map<number, number>();
const MAX_CACHED_HOURS = 4096;
const CACHE_FROM_MS = 0;
const CACHE_UNTIL_MS = Date.UTC(2200, 0, 1);

/** Warsaw's offset from UTC in milliseconds at an instant (+1 h in winter, +2 h in summer). */
function offsetAt(ms: number): number {
  if (!(ms >= CACHE_FROM_MS && ms < CACHE_UNTIL_MS)) return formatOffset(ms);
  const hour = Math.floor(ms / HOUR_MS);
  const known = offsetsByHour.get(hour);
  if (known !== undefined) return known;
  const first = formatOffset(hour * HOUR_MS);
  if (formatOffset(hour * HOUR_MS + HOUR_MS - 1000) !== first) return formatOffset(ms);
  if (offsetsByHour.size >= MAX_CACHED_HOURS) offsetsByHour.clear();
  offsetsByHour.set(hour, first);
  return first;
}

/** Warsaw wall-clock fields of an instant, as numbers. */
function wallFields(ms: number): WallFields {
  if (!(ms >= CACHE_FROM_MS && ms < CACHE_UNTIL_MS)) return formatFields(ms);
  const wall = new Date(Math.floor(ms / 1000) * 1000 + offsetAt(ms));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds() };
}

/** The Warsaw wall clock of an instant, written as if it were a UTC time (seconds precision). */
function wallAsUtcMs(ms: number): number {
  return Math.floor(ms / 1000) * 1000 + offsetAt(ms);
}

function checkInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid Date');
  return ms;
}

/** Warsaw date, minutes of day and weekday of an instant. */
export function warsawLocal(instant: Date): WarsawLocal {
  const f = wallFields(checkInstant(instant));
  const date = `${String(f.year).padStart(4, '0')}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
  return { date, minutes: f.hour * 60 + f.minute, weekday: weekdayOf(date) };
}

/** Warsaw calendar date `YYYY-MM-DD` of an instant. */
export function warsawDate(instant: Date): IsoDate {
  return warsawLocal(instant).date;
}

/** Minutes after Warsaw midnight of an instant (0–1439). */
export function warsawMinutes(instant: Date): number {
  return warsawLocal(instant).minutes;
}

/** Warsaw weekday of an instant. */
export function warsawWeekday(instant: Date): WeekdayKey {
  return warsawLocal(instant).weekday;
}

/**
 * The instant at `minutes` after midnight on a Warsaw date (1440 = next midnight).
 * A time skipped by the spring change (2:00–3:00) moves one hour forward; a time
 * repeated in autumn resolves to its first (summer-time) occurrence.
 */
export function warsawInstant(date: IsoDate, minutes: number): Date {
  if (!Number.isInteger(minutes)) throw new RangeError(`minutes must be a whole number: ${minutes}`);
  const { year, month, day } = parseIsoDate(date);
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((ms) => wallAsUtcMs(ms) === wall);
  return new Date(matches.length > 0 ? Math.min(...matches) : wall - before);
}
