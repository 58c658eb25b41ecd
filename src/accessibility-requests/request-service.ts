/**
 * Accepting an accessibility request: its law and clock, a reference from
 * the same space as callbacks (the Punkt Obsługi Mieszkańców finds either by
 * it), and one transaction for the request and its e-mails (to the
 * coordinator, and a confirmation to the person). Only after the commit does
 * the person see "przyjęty".
 */
import { randomBytes } from 'node:crypto';
import { warsawInstant } from '../calendar/warsaw-time.ts';
import type { OfficeCalendar } from '../calendar/working-days.ts';
import type { ComposedMail } from '../callback/callback-service.ts';
import { newReference } from '../callback/reference-number.ts';
import type { Database } from '../db/database.ts';
import { transaction } from '../db/database.ts';
import { COORDINATOR_UNIT_ID } from '../content/content-files.ts';
import { enqueueMessage } from '../db/outbox-store.ts';
import { insertRequest, referenceExists } from '../db/requests-store.ts';
import { buildAccessibilityRequest, type AccessibilityRequest } from './accessibility-request.ts';
import type { AccessibilityRequestForm } from './request-schema.ts';

/** What the service needs besides the answers. */
export interface AccessibilityRequestContext {
  now: Date;
  /** The office calendar (the office's own target before a day off). */
  calendar: OfficeCalendar;
  /** The e-mails of an accepted request (pure; runs inside the storing transaction). */
  composeMails: (request: AccessibilityRequest, requestId: number) => readonly ComposedMail[];
  /** Addresses warned when mail cannot be delivered. */
  fallbackEmails: readonly string[];
}

/** The outcome of a submission. */
export type AccessibilityRequestResult = { kind: 'accepted'; reference: string; request: AccessibilityRequest } | { kind: 'honeypot' };

/** Store a request and queue its e-mails, all or nothing. */
export function submitAccessibilityRequest(db: Database, form: AccessibilityRequestForm, ctx: AccessibilityRequestContext): AccessibilityRequestResult {
  return transaction(db, (): AccessibilityRequestResult => {
    const reference = uniqueReference(db);
    const common = { reference, view_token: randomBytes(16).toString('base64url'), created_at: ctx.now.toISOString(), unit_id: COORDINATOR_UNIT_ID };
    if (form.strona_www) {
      insertRequest(db, { ...common, status: 'rejected-honeypot', topic_id: '-', deadline_at: ctx.now.toISOString(), payload: '{}' });
      return { kind: 'honeypot' };
    }
    const request = buildAccessibilityRequest(form, ctx.now, ctx.calendar, reference);
    const requestId = insertRequest(db, {
      ...common,
      status: 'accepted',
      kind: request.law === 'cyfrowa' ? 'dostepnosc-cyfrowa' : 'dostepnosc-architektoniczna',
      topic_id: request.place,
      deadline_at: warsawInstant(request.clock.lastDay, 24 * 60 - 1).toISOString(),
      payload: JSON.stringify(request),
    });
    for (const mail of ctx.composeMails(request, requestId)) {
      enqueueMessage(db, {
        requestId,
        kind: mail.kind,
        messageId: mail.message.messageId,
        recipients: mail.message.to,
        fallbackTo: ctx.fallbackEmails,
        message: JSON.stringify(mail.message),
        now: ctx.now,
      });
    }
    return { kind: 'accepted', reference, request };
  });
}

function uniqueReference(db: Database): string {
  for (let i = 0; i < 20; i++) {
    const ref = newReference();
    if (!referenceExists(db, ref)) return ref;
  }
  throw new Error('Nie udało się wylosować wolnego numeru wniosku');
}
