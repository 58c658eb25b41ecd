/**
 * An accessibility request as stored: what the person asked, under which
 * law, and its clock. Built from valid answers with no I/O.
 */
import { formatCalendarDate } from '../calendar/format-pl.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import type { OfficeCalendar } from '../calendar/working-days.ts';
import { normalisePhone } from '../phone/phone-number.ts';
import { legalDeadline, type AccessibilityLaw, type LegalDeadline } from './legal-deadlines.ts';
import { lawOf, type AccessibilityRequestForm, type ApplicantRole, type BarrierPlace, type ReplyChannel } from './request-schema.ts';

/** A stored accessibility request (the `payload` of its row). */
export interface AccessibilityRequest {
  reference: string;
  /** ISO instant of receipt. */
  createdAt: string;
  law: AccessibilityLaw;
  place: BarrierPlace;
  /** The barrier, in the person's words. */
  barrier: string;
  /** Address of the page concerned, when given. */
  pageUrl?: string;
  /** The alternative access or the way of providing accessibility the person prefers, when given. */
  wish?: string;
  /** Who asks (art. 30 only). */
  role?: ApplicantRole;
  name: string;
  reply: { channel: ReplyChannel; email?: string; phone?: string; address?: string };
  clock: LegalDeadline;
  /** The legal last day as people read it, e.g. "8 grudnia 2026 r.". */
  lastDayLabel: string;
  /** Set when the office extended the deadline (with a letter giving the reasons). */
  extension?: RequestExtension;
}

/** An extended deadline: the new last day (at most 2 months from the request) and the office's own target. */
export interface RequestExtension {
  newDate: IsoDate;
  /** The working day on or before `newDate`. */
  officeTarget: IsoDate;
  /** `newDate` as people read it. */
  label: string;
}

/** The deadline that holds now: the extended one, else the statutory one. */
export function currentDeadline(r: AccessibilityRequest): { lastDay: IsoDate; officeTarget: IsoDate; label: string } {
  return r.extension ? { lastDay: r.extension.newDate, officeTarget: r.extension.officeTarget, label: r.extension.label } : { lastDay: r.clock.lastDay, officeTarget: r.clock.officeTarget, label: r.lastDayLabel };
}

/** The stored request for valid answers received at `now`. */
export function buildAccessibilityRequest(form: AccessibilityRequestForm, now: Date, calendar: OfficeCalendar, reference: string): AccessibilityRequest {
  const law = lawOf(form.miejsce);
  const clock = legalDeadline(law, now, calendar);
  const request: AccessibilityRequest = {
    reference,
    createdAt: now.toISOString(),
    law,
    place: form.miejsce,
    barrier: form.bariera ?? '',
    name: form.imie ?? '',
    reply: { channel: form.odpowiedz },
    clock,
    lastDayLabel: formatCalendarDate(clock.lastDay),
  };
  if (form.adres_strony) request.pageUrl = form.adres_strony;
  if (form.sposob) request.wish = form.sposob;
  if (law === 'architektoniczna' && form.kto) request.role = form.kto;
  if (form.email) request.reply.email = form.email;
  const phone = form.telefon ? normalisePhone(form.telefon) : undefined;
  if (phone) request.reply.phone = phone;
  if (form.adres) request.reply.address = form.adres;
  return request;
}
