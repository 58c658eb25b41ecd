/**
 * Weekly opening hours as the office writes them (`godziny` in
 * `content/urzad.yaml` and `content/jednostki.yaml`). The calendar owns these
 * types; the content schemas validate editors' files into them.
 */

/** The weekday keys, Monday first, as editors write them. */
export const weekdayKeys = ['poniedzialek', 'wtorek', 'sroda', 'czwartek', 'piatek', 'sobota', 'niedziela'] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

/** One opening interval within a day, `GG:MM` on a 24-hour clock; `do` later than `od`. */
export interface DayInterval {
  /** Start, e.g. `7:30`. */
  readonly od: string;
  /** End, e.g. `15:30`. */
  readonly do: string;
}

/** Opening intervals for each day of the week; an empty list means closed that day. */
export type WeekHours = Readonly<Record<WeekdayKey, readonly DayInterval[]>>;

/** Minutes after midnight for a `GG:MM` string. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
