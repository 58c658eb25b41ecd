/**
 * Accepting a callback request: decide unit, slot and deadline, have the
 * e-mails composed (by the function the site passes in, see `src/mail/`),
 * and commit the request with its outgoing mail in one transaction. Only
 * after the commit does the resident see "przyjęte".
 */
import { randomBytes } from 'node:crypto';
import type { OfficeCalendar } from '../calendar/working-days.ts';
import type { Topic, Unit } from '../content/schemas.ts';
import type { Database } from '../db/database.ts';
import { commitTogether } from '../db/group-commit.ts';
import { enqueueMessage, type OutboxRow } from '../db/outbox-store.ts';
import { insertRequest, referenceExists } from '../db/requests-store.ts';
import type { CallbackRequest } from './callback-request.ts';
import type { CallbackForm } from './callback-schema.ts';
import { decideTimingForTopic } from './callback-timing.ts';
import { normalisePhone } from '../phone/phone-number.ts';
import { newReference } from './reference-number.ts';
import { routeTopic } from './routing.ts';

/** One rendered e-mail of an accepted request, as the outbox stores it. */
export interface ComposedMail {
  kind: OutboxRow['kind'];
  /** The whole message, stored as JSON; the outbox needs its id and recipients. */
  message: { readonly messageId: string; readonly to: readonly string[] };
}

/** Renders the e-mails of an accepted request (pure; runs inside the storing transaction, once its row id is known). */
export type ComposeMails = (request: CallbackRequest, stored: { id: number }) => readonly ComposedMail[];

/** What the service needs to know besides the answers. */
export interface CallbackContext {
  now: Date;
  /** The office calendar: hours, public holidays, extra closed days. */
  calendar: OfficeCalendar;
  /** The calendar of a unit with its own hours (the office's when it has none). */
  calendarFor: (unit: Unit) => OfficeCalendar;
  topics: readonly Topic[];
  units: readonly Unit[];
  /** The e-mails of an accepted request. */
  composeMails: ComposeMails;
  /** Addresses warned when mail cannot be delivered (the fallback unit's). */
  fallbackEmails: readonly string[];
}

/** The outcome of a submission. */
export type SubmitResult =
  | { kind: 'accepted'; reference: string; viewToken: string; request: CallbackRequest }
  | { kind: 'invalid'; field: 'termin' | 'pora'; message: string }
  | { kind: 'honeypot' };

/** Build the stored request from valid answers (no I/O). */
export function buildRequest(form: CallbackForm, ctx: CallbackContext, reference: string): CallbackRequest | Extract<SubmitResult, { kind: 'invalid' }> {
  const route = routeTopic(form.sprawa, ctx.topics, ctx.units);
  const timing = decideTimingForTopic(form, ctx, ctx.now);
  if (!timing.ok) return { kind: 'invalid', field: timing.field, message: timing.message };
  const request: CallbackRequest = {
    reference,
    createdAt: ctx.now.toISOString(),
    topic: route.topic,
    unit: { id: route.unit.id, name: route.unit.nazwa, phone: route.unit.telefon, emails: [...route.unit.email] },
    name: form.imie,
    contact: { method: form.kontakt },
    when: timing.when,
    deadline: timing.deadline.toISOString(),
    deadlineLabel: timing.deadlineLabel,
    needs: [...new Set(form.potrzeby)],
  };
  if (form.opis) request.description = form.opis;
  if (form.osoba) request.onBehalfOf = form.relacja ? { name: form.osoba, relation: form.relacja } : { name: form.osoba };
  const phone = form.telefon ? normalisePhone(form.telefon) : undefined;
  if (phone) request.contact.phone = phone;
  if (form.email) request.contact.email = form.email;
  if (form.potrzeby_opis) request.needsText = form.potrzeby_opis;
  return request;
}

/** Store a request and queue its e-mails, all or nothing; resolves once it is on disk. */
export async function submitCallback(db: Database, form: CallbackForm, ctx: CallbackContext): Promise<SubmitResult> {
  const viewToken = randomBytes(16).toString('base64url');
  if (form.strona_www) {
    await commitTogether(db, () => {
      insertRequest(db, {
        reference: uniqueReference(db),
        view_token: viewToken,
        status: 'rejected-honeypot',
        created_at: ctx.now.toISOString(),
        topic_id: '-',
        unit_id: '-',
        deadline_at: ctx.now.toISOString(),
        payload: '{}',
      });
    });
    return { kind: 'honeypot' };
  }
  return commitTogether(db, (): SubmitResult => {
    const built = buildRequest(form, ctx, uniqueReference(db));
    if ('kind' in built) return built;
    const requestId = insertRequest(db, {
      reference: built.reference,
      view_token: viewToken,
      status: 'accepted',
      created_at: built.createdAt,
      topic_id: built.topic.id,
      unit_id: built.unit.id,
      deadline_at: built.deadline,
      payload: JSON.stringify(built),
    });
    for (const { kind, message } of ctx.composeMails(built, { id: requestId })) {
      enqueueMessage(db, {
        requestId,
        kind,
        messageId: message.messageId,
        recipients: message.to,
        fallbackTo: ctx.fallbackEmails,
        message: JSON.stringify(message),
        now: ctx.now,
      });
    }
    return { kind: 'accepted', reference: built.reference, viewToken, request: built };
  });
}

function uniqueReference(db: Database): string {
  for (let i = 0; i < 20; i++) {
    const ref = newReference();
    if (!referenceExists(db, ref)) return ref;
  }
  throw new Error('Nie udało się wylosować wolnego numeru prośby');
}
