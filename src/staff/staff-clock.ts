/**
 * The staff side's clock: while a request is open (a callback here; an
 * accessibility request in `accessibility-clock.ts`, on its legal deadline), a reminder to its unit a
 * set number of working minutes before the deadline, an escalation to the
 * Punkt Obsługi Mieszkańców and the coordinator at the deadline, and every
 * working-day morning a digest of each unit's open requests. Every notice
 * claims an idempotency key (request or unit, kind, deadline or day) in the
 * same transaction that queues its e-mail, so a restart, a second worker or
 * a clock step never sends one twice. Expired sessions and sign-in links
 * are deleted on the way. Time is passed in: tests move it.
 */
import type { CallbackRequest } from '../callback/callback-request.ts';
import { formatCalendarDate, formatDayLabel } from '../calendar/format-pl.ts';
import { warsawDate, warsawMinutes } from '../calendar/warsaw-time.ts';
import type { OfficeCalendar } from '../calendar/working-days.ts';
import { workingMinutesBefore } from '../calendar/working-time.ts';
import type { Unit } from '../content/schemas.ts';
import { statement, transaction, type Database } from '../db/database.ts';
import { enqueueMessage } from '../db/outbox-store.ts';
import { purgeExpiredSignIns } from '../db/staff-auth-store.ts';
import { claimNotice, noticeTaken, openRequests, purgeStaffLeftovers, type StaffRequestRow } from '../db/staff-store.ts';
import type { MailMessage } from '../mail/mail-message.ts';
import { renderStaffDigestMail } from '../mail/StaffDigestMail.tsx';
import { renderCoordinatorDigestMail, type CoordinatorDigestData, type OverdueLine } from '../mail/CoordinatorDigestMail.tsx';
import { overdueNow, overdueNowByUnit } from '../db/register-store.ts';
import { EARLIEST_DATE } from '../register/register-filters.ts';
import { formatInstant } from '../register/register-format.ts';
import { kindLabel, registerLabels } from '../register/register-labels.ts';
import { COORDINATOR_UNIT_ID } from '../content/content-files.ts';
import { renderStaffEscalationMail } from '../mail/StaffEscalationMail.tsx';
import { renderStaffReminderMail } from '../mail/StaffReminderMail.tsx';
import type { RequestSummary } from '../mail/staff-notice-data.ts';
import { queueAccessibilityNotices } from './accessibility-clock.ts';
import { requestStates } from './request-state.ts';

/** The content the clock needs. */
export interface StaffClockContent {
  units: readonly Unit[];
  /** The calendar of a unit (its own hours or the office's). */
  calendarFor: (unitId: string) => OfficeCalendar;
  /** The Punkt Obsługi Mieszkańców's addresses (escalations, failed deliveries). */
  pomEmails: readonly string[];
  coordinatorEmail: string;
  officePhone: string;
  /** Date of the statement's last review (`data_przegladu`), for the coordinator's yearly reminder. */
  statementReviewedOn?: string | undefined;
}

/** What the clock does and with what. */
export interface StaffClockOptions {
  db: Database;
  content: StaffClockContent;
  /**
   * Absolute links: a request's signed page, an accessibility request's, a unit's list (every unit's
   * without one), and for the coordinator's digest the register (with a query) and the statement;
   * without those two no coordinator's digest.
   */
  links: { request: (requestId: number) => string; accessibilityRequest: (requestId: number) => string; list: (unitId?: string) => string; register?: (query: string) => string; statement?: string };
  /** Working minutes before the deadline at which the unit is reminded. */
  leadMinutes: number;
  /** Hour (Warsaw) of the morning digest. */
  digestHour: number;
  /** Request-less keys and sent digests are deleted after this many days. */
  retentionDays: number;
  messageIdHost: string;
  /** Log line sink; never receives personal data. */
  log?: (line: string) => void;
}

/** What one run queued. */
export interface StaffClockRound {
  reminders: number;
  escalations: number;
  digests: number;
}

/** Overdue requests the coordinator's digest lists by name (the rest by count). */
const COORDINATOR_DIGEST_LINES = 30;

/** Whether the statement's yearly review is due on `today`: from 1 March until it was reviewed this year. */
export function statementReviewDue(today: string, reviewedOn: string | undefined): boolean {
  const year = today.slice(0, 4);
  return today >= `${year}-03-01` && (reviewedOn === undefined || reviewedOn < `${year}-01-01`);
}

const compact = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

function summary(o: StaffClockOptions, row: StaffRequestRow, now: Date): RequestSummary {
  const r = JSON.parse(row.payload) as CallbackRequest;
  const attempts = statement(o.db, "SELECT COUNT(*) AS n FROM request_history WHERE request_id = ? AND action = 'attempt'").get(row.id) as { n: number };
  return {
    reference: row.reference,
    topic: r.topic.name,
    unitName: r.unit.name,
    state: requestStates[row.state].label,
    deadlineLabel: r.deadlineLabel,
    overdue: now.getTime() >= Date.parse(row.deadline_at),
    attempts: attempts.n,
    link: o.links.request(row.id),
  };
}

/** Queue whatever is due at `now`, once. */
export function runStaffClockOnce(o: StaffClockOptions, now: Date): StaffClockRound {
  const round: StaffClockRound = { reminders: 0, escalations: 0, digests: 0 };
  const nowMs = now.getTime();
  transaction(o.db, () => {
    const queue = (requestId: number | null, message: MailMessage) =>
      enqueueMessage(o.db, { requestId, kind: 'staff', messageId: message.messageId, recipients: message.to, fallbackTo: o.content.pomEmails, message: JSON.stringify(message), now });
    const open = openRequests(o.db);
    for (const row of open) {
      const deadline = Date.parse(row.deadline_at);
      const unit = o.content.units.find((u) => u.id === row.unit_id);
      if (nowMs >= deadline) {
        if (!claimNotice(o.db, `escalation:${row.id}:${row.deadline_at}`, 'escalation', row.id, now)) continue;
        const to = [...new Set([...o.content.pomEmails, o.content.coordinatorEmail])];
        const unitPhone = (JSON.parse(row.payload) as CallbackRequest).unit.phone;
        queue(row.id, renderStaffEscalationMail({ request: summary(o, row, now), unitPhone, to, listLink: o.links.list(), messageId: `<${row.reference}.escalation.${compact(row.deadline_at)}@${o.messageIdHost}>` }));
        round.escalations++;
        continue;
      }
      const remindAt = workingMinutesBefore(o.content.calendarFor(row.unit_id), new Date(deadline), o.leadMinutes).getTime();
      if (nowMs < remindAt || remindAt <= Date.parse(row.created_at) || !unit) continue;
      // A clock stepped back after the escalation: the reminder would come too late to help.
      if (noticeTaken(o.db, `escalation:${row.id}:${row.deadline_at}`)) continue;
      if (!claimNotice(o.db, `reminder:${row.id}:${row.deadline_at}`, 'reminder', row.id, now)) continue;
      queue(row.id, renderStaffReminderMail({ request: summary(o, row, now), to: unit.email, listLink: o.links.list(unit.id), officePhone: o.content.officePhone, messageId: `<${row.reference}.reminder.${compact(row.deadline_at)}@${o.messageIdHost}>` }));
      round.reminders++;
    }
    const access = queueAccessibilityNotices({
      db: o.db, calendar: o.content.calendarFor(COORDINATOR_UNIT_ID), pomEmails: o.content.pomEmails, coordinatorEmail: o.content.coordinatorEmail,
      link: o.links.accessibilityRequest, listLink: o.links.list(), leadMinutes: o.leadMinutes, messageIdHost: o.messageIdHost, queue,
    }, now);
    round.reminders += access.reminders;
    round.escalations += access.escalations;
    const today = warsawDate(now);
    for (const unit of o.content.units) {
      const calendar = o.content.calendarFor(unit.id);
      if (!calendar.isWorkingDay(today) || warsawMinutes(now) < o.digestHour * 60 || nowMs >= calendar.closingTime(today).getTime()) continue;
      const mine = open.filter((r) => r.unit_id === unit.id);
      // The key is taken even when nothing is open: the digest is the morning's, not a later one.
      if (!claimNotice(o.db, `digest:${unit.id}:${today}`, 'digest', null, now) || mine.length === 0) continue;
      queue(null, renderStaffDigestMail({
        unitName: unit.nazwa, dayLabel: formatDayLabel(today), requests: mine.map((r) => summary(o, r, now)), to: unit.email, listLink: o.links.list(unit.id),
        messageId: `<digest.${unit.id}.${today}@${o.messageIdHost}>`,
      }));
      round.digests++;
    }
    if (o.links.register) {
      const calendar = o.content.calendarFor(COORDINATOR_UNIT_ID);
      const due = calendar.isWorkingDay(today) && warsawMinutes(now) >= o.digestHour * 60 && nowMs < calendar.closingTime(today).getTime();
      if (due && claimNotice(o.db, `digest:${COORDINATOR_UNIT_ID}:${today}`, 'digest', null, now)) {
        const message = coordinatorDigest(o, now, today);
        if (message) {
          queue(null, message);
          round.digests++;
        }
      }
    }
    purgeStaffLeftovers(o.db, new Date(nowMs - o.retentionDays * 86_400_000));
    purgeExpiredSignIns(o.db, now, new Date(nowMs - 86_400_000));
  });
  return round;
}

/** The coordinator's digest at `now`, or `undefined` when nothing is overdue and no review is due. */
function coordinatorDigest(o: StaffClockOptions, now: Date, today: string): MailMessage | undefined {
  const labels = registerLabels(o.content.units, [], {});
  const byUnit = overdueNowByUnit(o.db, now).map((r) => ({ unitName: labels.unitName(r.unit_id), n: r.n }));
  const total = byUnit.reduce((sum, u) => sum + u.n, 0);
  const reviewDue = statementReviewDue(today, o.content.statementReviewedOn);
  if (total === 0 && !reviewDue) return undefined;
  const lines = overdueNow(o.db, now, COORDINATOR_DIGEST_LINES).map((r) => {
    const line: OverdueLine = { kind: kindLabel(r.kind), unitName: labels.unitName(r.unit_id), due: formatInstant(r.due_at) };
    if (r.reference) line.reference = r.reference;
    return line;
  });
  const data: CoordinatorDigestData = {
    dayLabel: formatDayLabel(today),
    overdue: { total, byUnit, lines },
    to: [o.content.coordinatorEmail],
    registerLink: o.links.register!(new URLSearchParams({ od: EARLIEST_DATE, do: today, termin: 'po-terminie-teraz', sort: 'termin', kierunek: 'rosnaco' }).toString()),
    messageId: `<digest.${COORDINATOR_UNIT_ID}.${today}@${o.messageIdHost}>`,
  };
  if (reviewDue) {
    data.review = {
      lastReview: o.content.statementReviewedOn ? formatCalendarDate(o.content.statementReviewedOn) : 'brak daty w deklaracji',
      dueLabel: formatCalendarDate(`${today.slice(0, 4)}-03-31`),
      statementLink: o.links.statement ?? o.links.list(),
    };
  }
  return renderCoordinatorDigestMail(data);
}

/** Run the clock now and then every `everyMs` (default 30 s) until stopped. */
export function startStaffClock(o: StaffClockOptions & { now?: () => Date; everyMs?: number }): { stop(): void } {
  const now = o.now ?? (() => new Date());
  const run = (): void => {
    try {
      const r = runStaffClockOnce(o, now());
      if (r.reminders + r.escalations + r.digests > 0) o.log?.(`zegar: przypomnienia: ${r.reminders}, po terminie: ${r.escalations}, zestawienia: ${r.digests}`);
    } catch (error) {
      o.log?.(`zegar: błąd: ${(error as Error).message}`);
    }
  };
  run();
  const timer = setInterval(run, o.everyMs ?? 30_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
