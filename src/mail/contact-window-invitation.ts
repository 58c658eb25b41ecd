/**
 * The calendar part of the staff e-mail. Only a chosen day (and part of day)
 * becomes an event: the window the resident prefers, shown as free time with
 * reminders before it opens and before the deadline. "As soon as possible"
 * and "any time" are no appointment, so they get no invitation; the e-mail's
 * deadline is what counts.
 */
import type { CallbackRequest } from '../callback/callback-request.ts';
import { buildIcs } from './ics.ts';
import type { MailContext } from './mail-context.ts';

/** Minutes before the window opens and before the deadline that the calendar reminds. */
export const REMIND_BEFORE_WINDOW_MIN = 15;
export const REMIND_BEFORE_DEADLINE_MIN = 30;

/** Whether a request gets a calendar entry at all. */
export function hasContactWindow(r: CallbackRequest): r is CallbackRequest & { when: { start: string; end: string } } {
  return r.when.kind === 'slot' && r.when.start !== undefined && r.when.end !== undefined;
}

/** One line for the e-mail about the calendar part (what it is, how it shows), or none. */
export function invitationNote(r: CallbackRequest): string | undefined {
  if (!hasContactWindow(r)) return undefined;
  return `W załączniku do kalendarza: pora wybrana przez mieszkańca – ${r.when.label}. To preferencja, nie spotkanie: w kalendarzu widać ją jako czas wolny, z przypomnieniem przed jej początkiem i przed terminem.`;
}

/** The iCalendar text for a request with a chosen window, or `undefined`. No personal data. */
export function contactWindowIcs(r: CallbackRequest, ctx: MailContext): string | undefined {
  if (!hasContactWindow(r)) return undefined;
  const method = ctx.contactWords[r.contact.method].label;
  return buildIcs({
    uid: `${r.reference}@${ctx.messageIdHost}`,
    stamp: new Date(r.createdAt),
    start: new Date(r.when.start),
    end: new Date(r.when.end),
    summary: `Pora kontaktu wybrana przez mieszkańca – prośba ${r.reference} (${method})`,
    description: `Mieszkaniec prosi o kontakt w tych godzinach (to jego preferencja, nie spotkanie). Skontaktuj się najpóźniej ${r.deadlineLabel}. Prośba o priorytetowy kontakt nr ${r.reference}: ${r.topic.name}. Szczegóły w wiadomości e-mail.`,
    organizerEmail: ctx.fromAddress,
    organizerName: ctx.officeName,
    attendees: r.unit.emails,
    showAs: 'free',
    alarms: [
      { minutesBefore: REMIND_BEFORE_WINDOW_MIN, relatedTo: 'start', description: `Za ${REMIND_BEFORE_WINDOW_MIN} minut zaczyna się pora kontaktu – prośba ${r.reference}` },
      { minutesBefore: REMIND_BEFORE_DEADLINE_MIN, relatedTo: 'end', description: `Za ${REMIND_BEFORE_DEADLINE_MIN} minut mija termin kontaktu – prośba ${r.reference}` },
    ],
  });
}
