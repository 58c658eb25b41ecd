/**
 * The statutory clocks of accessibility requests (pure: dates only, no I/O).
 *
 * A deadline in days runs from the day after the request was received and
 * ends with the last day (art. 18 of the digital accessibility act: 7 days;
 * art. 31 of the act on ensuring accessibility: 14 days). An extension may
 * not go past 2 months from the request: a term in months ends on the day
 * of the last month that matches the first day's number, or on that month's
 * last day when it has no such day (as in art. 57 § 3 KPA).
 */
import { addDays, daysBetween, isoDateOf, parseIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import type { OfficeCalendar } from '../calendar/working-days.ts';
import { warsawDate } from '../calendar/warsaw-time.ts';

/** The two requests the law gives: digital (art. 18) and architectural or information-communication (art. 30). */
export type AccessibilityLaw = 'cyfrowa' | 'architektoniczna';

/** Days the office has to act, counted from the day after receipt. */
export const DAYS_TO_ACT: Readonly<Record<AccessibilityLaw, number>> = { cyfrowa: 7, architektoniczna: 14 };

/** How many months from the request an extended date may reach at the latest. */
export const EXTENSION_MONTHS = 2;

/** Days a person has to complain to the Prezes Zarządu PFRON (art. 32), from the missed deadline or the office's notice. */
export const PFRON_COMPLAINT_DAYS = 30;

/** A request's clock: the legal last day and the office's own target. */
export interface LegalDeadline {
  /** The Warsaw date the request was received. */
  received: IsoDate;
  /** The last day the office may act on, by law. */
  lastDay: IsoDate;
  /** The office's own target: the last day, or the working day before it when the last day is a day off. */
  officeTarget: IsoDate;
  /** The latest date an extension may set. */
  latestExtension: IsoDate;
}

/** The clock of a request of `law` received at `receivedAt`, with the office's working days from `calendar`. */
export function legalDeadline(law: AccessibilityLaw, receivedAt: Date, calendar: OfficeCalendar): LegalDeadline {
  const received = warsawDate(receivedAt);
  const lastDay = addDays(received, DAYS_TO_ACT[law]);
  return { received, lastDay, officeTarget: workingDayOnOrBefore(lastDay, received, calendar), latestExtension: addMonths(received, EXTENSION_MONTHS) };
}

/**
 * `date` when the office works that day, else the nearest working day before
 * it, but never before `notBefore` (then `date` itself: the office has no
 * working day left and the legal day stands).
 */
export function workingDayOnOrBefore(date: IsoDate, notBefore: IsoDate, calendar: OfficeCalendar): IsoDate {
  for (let d = date; daysBetween(notBefore, d) >= 0; d = addDays(d, -1)) {
    if (calendar.isWorkingDay(d)) return d;
  }
  return date;
}

/** The date `months` months after `date`; the month's last day when it has no day of that number (31 Dec + 2 → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const lastOfTarget = parseIsoDate(isoDateOf(year, month + months + 1, 0)).day;
  return isoDateOf(year, month + months, Math.min(day, lastOfTarget));
}

/** Why an extended date is refused, or `undefined` when it may be set. */
export function extensionProblem(deadline: LegalDeadline, newDate: IsoDate, today: IsoDate): string | undefined {
  if (daysBetween(deadline.latestExtension, newDate) > 0) return 'Nowy termin może przypadać najpóźniej 2 miesiące od dnia wystąpienia z żądaniem.';
  if (daysBetween(deadline.lastDay, newDate) <= 0) return 'Nowy termin musi być późniejszy niż termin ustawowy.';
  if (daysBetween(today, newDate) < 0) return 'Nowy termin nie może przypadać w przeszłości.';
  return undefined;
}

/** The last day for a complaint to the Prezes Zarządu PFRON counted from `from` (the missed deadline or the office's notice). */
export function pfronComplaintLastDay(from: IsoDate): IsoDate {
  return addDays(from, PFRON_COMPLAINT_DAYS);
}
