/**
 * The staff clock's part for accessibility requests: while one is open, a
 * reminder to the coordinator a set number of working minutes before the
 * office's target (the working day on or before the legal or extended last
 * day, at closing time), and an escalation to the Punkt Obsługi Mieszkańców
 * and the coordinator when the target passes. Each notice claims its key
 * (request, kind, deadline) in the caller's transaction: exactly once, and
 * an extension (a new deadline) brings new notices.
 */
import { currentDeadline, type AccessibilityRequest } from '../accessibility-requests/accessibility-request.ts';
import { LAWS } from '../accessibility-requests/laws.ts';
import { formatCalendarDate } from '../calendar/format-pl.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { warsawInstant } from '../calendar/warsaw-time.ts';
import type { OfficeCalendar } from '../calendar/working-days.ts';
import { workingMinutesBefore } from '../calendar/working-time.ts';
import { openAccessibilityRequests } from '../db/accessibility-store.ts';
import type { Database } from '../db/database.ts';
import { claimNotice, noticeTaken } from '../db/staff-store.ts';
import { renderAccessibilityDeadlineMail } from '../mail/AccessibilityDeadlineMail.tsx';
import type { MailMessage } from '../mail/mail-message.ts';
import { accessibilityStates } from './accessibility-request-state.ts';

/** What this part of the clock needs. */
export interface AccessibilityClockInput {
  db: Database;
  calendar: OfficeCalendar;
  pomEmails: readonly string[];
  coordinatorEmail: string;
  link: (requestId: number) => string;
  listLink: string;
  leadMinutes: number;
  messageIdHost: string;
  queue: (requestId: number, message: MailMessage) => void;
}

/** The instant the office's own target ends: its closing time, or the end of the day when it is a day off. */
export function officeTargetEnd(target: IsoDate, calendar: OfficeCalendar): Date {
  return calendar.isWorkingDay(target) ? calendar.closingTime(target) : warsawInstant(target, 24 * 60 - 1);
}

const compact = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

/** Queue the reminders and escalations due at `now`; returns how many of each. */
export function queueAccessibilityNotices(o: AccessibilityClockInput, now: Date): { reminders: number; escalations: number } {
  const counts = { reminders: 0, escalations: 0 };
  for (const row of openAccessibilityRequests(o.db)) {
    const request = JSON.parse(row.payload) as AccessibilityRequest;
    const deadline = currentDeadline(request);
    const due = officeTargetEnd(deadline.officeTarget, o.calendar);
    const dueIso = due.toISOString();
    const data = {
      reference: row.reference,
      requestName: LAWS[request.law].requestName,
      state: accessibilityStates[row.state].label,
      targetLabel: formatCalendarDate(deadline.officeTarget),
      link: o.link(row.id),
      listLink: o.listLink,
      ...(deadline.officeTarget !== deadline.lastDay ? { lastDayLabel: deadline.label } : {}),
    };
    if (now.getTime() >= due.getTime()) {
      if (!claimNotice(o.db, `escalation:${row.id}:${dueIso}`, 'escalation', row.id, now)) continue;
      const to = [...new Set([...o.pomEmails, o.coordinatorEmail])];
      o.queue(row.id, renderAccessibilityDeadlineMail({ ...data, which: 'escalation', to, messageId: `<${row.reference}.escalation.${compact(dueIso)}@${o.messageIdHost}>` }));
      counts.escalations++;
      continue;
    }
    const remindAt = workingMinutesBefore(o.calendar, due, o.leadMinutes).getTime();
    if (now.getTime() < remindAt || remindAt <= Date.parse(row.created_at)) continue;
    if (noticeTaken(o.db, `escalation:${row.id}:${dueIso}`)) continue;
    if (!claimNotice(o.db, `reminder:${row.id}:${dueIso}`, 'reminder', row.id, now)) continue;
    o.queue(row.id, renderAccessibilityDeadlineMail({ ...data, which: 'reminder', to: [o.coordinatorEmail], messageId: `<${row.reference}.reminder.${compact(dueIso)}@${o.messageIdHost}>` }));
    counts.reminders++;
  }
  return counts;
}
