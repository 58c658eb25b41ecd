/**
 * The "when" part of a request: which days the form offers now, and turning
 * the answers (day, part of day) into an agreed slot and a deadline, with a
 * Polish message when the choice cannot be accepted.
 */
import { choiceProblem } from '../calendar/choice-check.ts';
import { PJM_MIN_WORKING_DAYS_AHEAD, callbackDeadline, type CallbackChoice } from '../calendar/deadline.ts';
import { formatClock, formatDayLabel, formatDeadlinePhrase, formatFromDay, formatWorkingDays } from '../calendar/format-pl.ts';
import { windowsOn } from '../calendar/time-windows.ts';
import { warsawDate } from '../calendar/warsaw-time.ts';
import type { OfficeCalendar } from '../calendar/working-days.ts';
import type { Topic, Unit } from '../content/schemas.ts';
import { dayParts, needsInterpreter, PART_ANY, WHEN_ASAP, type ContactMethod, type DayPart } from './callback-options.ts';
import type { CallbackRequest } from './callback-request.ts';
import { routeTopic } from './routing.ts';

/** How many working days the form offers. */
export const OFFERED_DAYS = 7;

/** A day the form offers. */
export interface OfferedDay {
  date: string;
  label: string;
  /** False when too early for an interpreter (PJM, SJM, SKOGN). */
  pjmPossible: boolean;
}

/** The days to offer at `now`, and the first day an interpreter (PJM, SJM, SKOGN) can be booked. */
export function offeredDays(calendar: OfficeCalendar, now: Date): { days: OfferedDay[]; firstPjmDay: string } {
  const dates = calendar.nextWorkingDays(now, OFFERED_DAYS, { minWorkingDaysAhead: 0 });
  const firstPjmDay = calendar.nextWorkingDays(now, 1, { minWorkingDaysAhead: PJM_MIN_WORKING_DAYS_AHEAD })[0] ?? '';
  return { days: dates.map((date) => ({ date, label: formatDayLabel(date), pjmPossible: date >= firstPjmDay })), firstPjmDay };
}

/** The decided timing, or the field and message to show. */
export type TimingResult =
  | { ok: true; when: CallbackRequest['when']; deadline: Date; deadlineLabel: string }
  | { ok: false; field: 'termin' | 'pora'; message: string };

/** Decide the slot and deadline for the answers, checked against the calendar at `now`. */
export function decideTiming(
  answers: { termin: string; pora?: string | undefined; kontakt?: ContactMethod | undefined },
  calendar: OfficeCalendar,
  now: Date,
  /** Name of a unit whose own hours `calendar` holds, for the "closed" message. */
  unitName?: string,
): TimingResult {
  const closedDay = unitName ? `Tego dnia ${unitName} nie pracuje. Wybierz inny dzień z listy` : 'Tego dnia urząd jest nieczynny. Wybierz inny dzień z listy';
  const pjm = needsInterpreter(answers.kontakt);
  const ahead = pjm ? PJM_MIN_WORKING_DAYS_AHEAD : 0;
  const firstPjm = () => calendar.nextWorkingDays(now, 1, { minWorkingDaysAhead: PJM_MIN_WORKING_DAYS_AHEAD })[0] ?? '';
  const pjmMessage = () => `${interpreterNotice()} Wybierz dzień ${formatFromDay(firstPjm())} albo późniejszy`;

  if (answers.termin === WHEN_ASAP) {
    if (pjm) return { ok: false, field: 'termin', message: pjmMessage() };
    const { deadline } = callbackDeadline(now, { kind: 'asap' }, calendar);
    return { ok: true, when: { kind: 'asap', label: 'jak najszybciej' }, deadline, deadlineLabel: formatDeadlinePhrase(deadline) };
  }

  const date = answers.termin;
  const offered = offeredDays(calendar, now).days;
  if (!offered.some((d) => d.date === date)) {
    const today = warsawDate(now);
    if (date < today) return { ok: false, field: 'termin', message: 'Ten dzień już minął. Wybierz jeden z dni z listy' };
    if (!calendar.isWorkingDay(date)) return { ok: false, field: 'termin', message: closedDay };
    return { ok: false, field: 'termin', message: 'Możesz wybrać tylko jeden z dni z listy' };
  }
  const part = answers.pora && answers.pora !== PART_ANY ? (answers.pora as DayPart) : undefined;
  let windowId: string | undefined;
  if (part) {
    const range = dayParts[part];
    const overlap = (w: { start: number; end: number }) => Math.min(w.end, range.to) - Math.max(w.start, range.from);
    const best = windowsOn(calendar, date)
      .filter((w) => overlap(w) > 0)
      .sort((a, b) => overlap(b) - overlap(a))[0];
    if (!best) {
      const hours = calendar.hoursOn(date).map((h) => `${formatClock(h.start)}–${formatClock(h.end)}`).join(', ');
      return { ok: false, field: 'pora', message: `Tego dnia urząd jest czynny w godzinach ${hours}. Wybierz inną porę albo „o dowolnej porze”` };
    }
    windowId = best.id;
  }
  const choice: CallbackChoice = windowId ? { kind: 'slot', date, windowId } : { kind: 'slot', date };
  const problem = choiceProblem(now, choice, calendar, { minWorkingDaysAhead: ahead });
  if (problem === 'too-soon') return { ok: false, field: 'termin', message: pjmMessage() };
  if (problem === 'closed-day') return { ok: false, field: 'termin', message: closedDay };
  if (problem === 'too-late' && part) return { ok: false, field: 'pora', message: 'Ta pora dnia już minęła. Wybierz późniejszą porę, „o dowolnej porze” albo inny dzień' };
  if (problem) return { ok: false, field: 'termin', message: 'Na ten dzień jest już za późno. Wybierz inny dzień z listy' };

  const { deadline, start } = callbackDeadline(now, choice, calendar, { minWorkingDaysAhead: ahead });
  const startAt = start ?? calendar.openingTime(date);
  const when: CallbackRequest['when'] = {
    kind: 'slot',
    date,
    start: startAt.toISOString(),
    end: deadline.toISOString(),
    label: `${formatDayLabel(date)}, ${part ? dayParts[part].label.split(',')[0] : 'o dowolnej porze'} (${clock(startAt)}–${clock(deadline)})`,
  };
  if (part) when.part = part;
  return { ok: true, when, deadline, deadlineLabel: formatDeadlinePhrase(deadline) };
}

/** The act's rule for an interpreter, as a sentence: "Tłumacza musimy zamówić co najmniej 3 dni robocze wcześniej." */
export function interpreterNotice(): string {
  return `Tłumacza musimy zamówić co najmniej ${formatWorkingDays(PJM_MIN_WORKING_DAYS_AHEAD)} wcześniej.`;
}

/** Where a topic's request goes, for its calendar: the content the form and the service share. */
export interface TopicCalendars {
  topics: readonly Topic[];
  units: readonly Unit[];
  /** The calendar of a unit with its own hours (the office's when it has none). */
  calendarFor: (unit: Unit) => OfficeCalendar;
}

/** {@link decideTiming} on the calendar of the unit the topic goes to (an unknown or missing topic goes to the fallback unit). */
export function decideTimingForTopic(
  answers: { sprawa?: string | undefined; termin: string; pora?: string | undefined; kontakt?: ContactMethod | undefined },
  content: TopicCalendars,
  now: Date,
): TimingResult {
  const { unit } = routeTopic(answers.sprawa, content.topics, content.units);
  return decideTiming(answers, content.calendarFor(unit), now, unit.godziny ? unit.nazwa : undefined);
}

/**
 * Only the verdict of {@link decideTimingForTopic}, for the form schema: the
 * field and message, or `undefined` when the answers can be accepted. "As
 * soon as possible" without an interpreter is always possible, so it skips
 * the calendar (the service still decides its deadline).
 */
export function timingProblem(
  answers: { sprawa?: string | undefined; termin: string; pora?: string | undefined; kontakt?: ContactMethod | undefined },
  content: TopicCalendars,
  now: Date,
): { field: 'termin' | 'pora'; message: string } | undefined {
  if (answers.termin === WHEN_ASAP && !needsInterpreter(answers.kontakt)) return undefined;
  const timing = decideTimingForTopic(answers, content, now);
  return timing.ok ? undefined : { field: timing.field, message: timing.message };
}

const clockFormat = new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', hour: 'numeric', minute: '2-digit' });
const clock = (d: Date) => clockFormat.format(d);
