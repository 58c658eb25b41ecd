/**
 * Polish wording of dates, times and counts for the callback form and its
 * confirmations, always in Europe/Warsaw time.
 */
import type { WeekdayKey } from './week-hours.ts';
import type { IsoDate } from './iso-date.ts';
import { WARSAW_TIME_ZONE, warsawInstant, warsawWeekday } from './warsaw-time.ts';

/** Polish forms of a counted noun for each Intl plural category of `pl`. */
export interface PluralForms {
  /** 1: "dzień". */
  readonly one: string;
  /** 2–4, 22–24, …: "dni". */
  readonly few: string;
  /** 0, 5–21, 25–31, …: "dni". */
  readonly many: string;
  /** Fractions: "dnia". */
  readonly other: string;
}

/** Forms of "dzień". */
export const DAYS: PluralForms = { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' };
/** Forms of "dzień roboczy". */
export const WORKING_DAYS: PluralForms = { one: 'dzień roboczy', few: 'dni robocze', many: 'dni roboczych', other: 'dnia roboczego' };

const pluralRules = new Intl.PluralRules('pl');
const numberFormat = new Intl.NumberFormat('pl-PL');

const dayFormat = new Intl.DateTimeFormat('pl-PL', { timeZone: WARSAW_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long' });
const dateTimeFormat = new Intl.DateTimeFormat('pl-PL', {
  timeZone: WARSAW_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "w"/"we" + accusative weekday, as after "Zadzwonimy najpóźniej". */
const ON_WEEKDAY: Readonly<Record<WeekdayKey, string>> = {
  poniedzialek: 'w poniedziałek',
  wtorek: 'we wtorek',
  sroda: 'w środę',
  czwartek: 'w czwartek',
  piatek: 'w piątek',
  sobota: 'w sobotę',
  niedziela: 'w niedzielę',
};

/** The form of a counted noun that goes with `n` (by Intl.PluralRules('pl')). */
export function pluralPl(n: number, forms: PluralForms): string {
  return forms[pluralRules.select(n) as keyof PluralForms];
}

/** A number with its noun: "1 dzień", "2 dni", "5 dni", "1,5 dnia". */
export function formatCount(n: number, forms: PluralForms): string {
  return `${numberFormat.format(n)} ${pluralPl(n, forms)}`;
}

/** "1 dzień", "2 dni", "5 dni". */
export function formatDays(n: number): string {
  return formatCount(n, DAYS);
}

/** "1 dzień roboczy", "2 dni robocze", "5 dni roboczych". */
export function formatWorkingDays(n: number): string {
  return formatCount(n, WORKING_DAYS);
}

/** Minutes after midnight as a clock time: 450 → "7:30", 930 → "15:30". */
export function formatClock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Radio label of a day: "wtorek, 1 grudnia". */
export function formatDayLabel(date: IsoDate): string {
  return dayFormat.format(warsawInstant(date, 12 * 60));
}

/** Date and time of an instant: "wtorek, 1 grudnia 2026 r., godz. 15:30". */
export function formatDeadline(instant: Date): string {
  const p = dateTimeParts(instant);
  return `${p.weekday}, ${p.day} ${p.month} ${p.year} r., godz. ${p.hour}:${p.minute}`;
}

/** A deadline to follow "Zadzwonimy najpóźniej": "we wtorek, 1 grudnia 2026 r., do godz. 15:30". */
export function formatDeadlinePhrase(instant: Date): string {
  const p = dateTimeParts(instant);
  return `${ON_WEEKDAY[warsawWeekday(instant)]}, ${p.day} ${p.month} ${p.year} r., do godz. ${p.hour}:${p.minute}`;
}

/** An agreed time window: "wtorek, 1 grudnia 2026 r., godz. 10:00–12:00" (both instants on the same Warsaw day). */
export function formatSlot(start: Date, end: Date): string {
  const s = dateTimeParts(start);
  const e = dateTimeParts(end);
  return `${s.weekday}, ${s.day} ${s.month} ${s.year} r., godz. ${s.hour}:${s.minute}–${e.hour}:${e.minute}`;
}

function dateTimeParts(instant: Date): Record<'weekday' | 'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const p = { weekday: '', day: '', month: '', year: '', hour: '', minute: '' };
  for (const part of dateTimeFormat.formatToParts(instant)) {
    if (part.type in p) p[part.type as keyof typeof p] = part.value;
  }
  return p;
}

const calendarDateFormat = new Intl.DateTimeFormat('pl-PL', { timeZone: WARSAW_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });

/** A calendar date as a letter writes it: "8 grudnia 2026 r." (the month in the genitive, as Polish dates are). */
export function formatCalendarDate(date: IsoDate): string {
  return `${calendarDateFormat.format(warsawInstant(date, 12 * 60))} r.`;
}
