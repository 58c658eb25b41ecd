/**
 * Polish wording of dates, times and counts for the callback form and its
 * confirmations, always in Europe/Warsaw time.
 */
import type { WeekdayKey } from './week-hours.ts';
import { weekdayOf, type IsoDate } from './iso-date.ts';
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

const dayMonthFormat = new Intl.DateTimeFormat('pl-PL', { timeZone: WARSAW_TIME_ZONE, day: 'numeric', month: 'long' });
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

/** The grammatical cases a weekday is written in. */
export type GrammaticalCase = 'nominative' | 'genitive' | 'accusative' | 'instrumental' | 'locative';

/**
 * Each weekday in each case: nominative ("piątek, 4 grudnia" on its own),
 * genitive ("od piątku"), accusative ("na piątek", "w piątek"),
 * instrumental ("przed piątkiem"), locative ("o piątku").
 */
const WEEKDAY_FORMS: Readonly<Record<WeekdayKey, Readonly<Record<GrammaticalCase, string>>>> = {
  poniedzialek: { nominative: 'poniedziałek', genitive: 'poniedziałku', accusative: 'poniedziałek', instrumental: 'poniedziałkiem', locative: 'poniedziałku' },
  wtorek: { nominative: 'wtorek', genitive: 'wtorku', accusative: 'wtorek', instrumental: 'wtorkiem', locative: 'wtorku' },
  sroda: { nominative: 'środa', genitive: 'środy', accusative: 'środę', instrumental: 'środą', locative: 'środzie' },
  czwartek: { nominative: 'czwartek', genitive: 'czwartku', accusative: 'czwartek', instrumental: 'czwartkiem', locative: 'czwartku' },
  piatek: { nominative: 'piątek', genitive: 'piątku', accusative: 'piątek', instrumental: 'piątkiem', locative: 'piątku' },
  sobota: { nominative: 'sobota', genitive: 'soboty', accusative: 'sobotę', instrumental: 'sobotą', locative: 'sobocie' },
  niedziela: { nominative: 'niedziela', genitive: 'niedzieli', accusative: 'niedzielę', instrumental: 'niedzielą', locative: 'niedzieli' },
};

/** A weekday's name in a case: ("sroda", "genitive") → "środy". */
export function weekdayName(weekday: WeekdayKey, grammaticalCase: GrammaticalCase = 'nominative'): string {
  return WEEKDAY_FORMS[weekday][grammaticalCase];
}

/** "w" + accusative, "we" before "wtorek" (the cluster w-w): "w piątek", "we wtorek", "w środę". */
function onWeekday(weekday: WeekdayKey): string {
  return `${weekday === 'wtorek' ? 'we' : 'w'} ${weekdayName(weekday, 'accusative')}`;
}

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

/** Radio label of a day: "wtorek, 1 grudnia" (the nominative; see {@link formatDay} for the other cases). */
export function formatDayLabel(date: IsoDate): string {
  return formatDay(date, 'nominative');
}

/**
 * A day with its weekday in a case, the day of the month and the month in
 * the genitive: "piątek, 4 grudnia" (nominative), "piątku, 4 grudnia"
 * (genitive, after "od", "do"), "środę, 2 grudnia" (accusative, after "na").
 */
export function formatDay(date: IsoDate, grammaticalCase: GrammaticalCase): string {
  return `${weekdayName(weekdayOf(date), grammaticalCase)}, ${dayOfMonth(date)}`;
}

/** "od piątku, 4 grudnia": from that day on. */
export function formatFromDay(date: IsoDate): string {
  return `od ${formatDay(date, 'genitive')}`;
}

/** "na środę, 2 grudnia": for that day (booking something on it). */
export function formatForDay(date: IsoDate): string {
  return `na ${formatDay(date, 'accusative')}`;
}

/** "w środę, 2 grudnia", "we wtorek, 1 grudnia": on that day. */
export function formatOnDay(date: IsoDate): string {
  return `${onWeekday(weekdayOf(date))}, ${dayOfMonth(date)}`;
}

/** "4 grudnia": the day and the month in the genitive, as Polish writes a date. */
function dayOfMonth(date: IsoDate): string {
  return dayMonthFormat.format(warsawInstant(date, 12 * 60));
}

/** Date and time of an instant: "wtorek, 1 grudnia 2026 r., godz. 15:30". */
export function formatDeadline(instant: Date): string {
  const p = dateTimeParts(instant);
  return `${p.weekday}, ${p.day} ${p.month} ${p.year} r., godz. ${p.hour}:${p.minute}`;
}

/** A deadline to follow "Zadzwonimy najpóźniej": "we wtorek, 1 grudnia 2026 r., do godz. 15:30". */
export function formatDeadlinePhrase(instant: Date): string {
  const p = dateTimeParts(instant);
  return `${onWeekday(warsawWeekday(instant))}, ${p.day} ${p.month} ${p.year} r., do godz. ${p.hour}:${p.minute}`;
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
