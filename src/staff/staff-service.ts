/**
 * Recording what staff did with a request: check the version the clerk saw
 * and what the state allows, then in one transaction move the state, add a
 * history entry and queue the e-mails whoever must hear of it (the new unit
 * on a transfer; the resident after a transfer or when we could not reach
 * them; the resident when we propose another date or form). Anything
 * refused changes nothing.
 */
import type { ContactMethod, ContactWords } from '../callback/callback-options.ts';
import type { CallbackRequest } from '../callback/callback-request.ts';
import type { Unit } from '../content/schemas.ts';
import { transaction, type Database } from '../db/database.ts';
import { enqueueMessage } from '../db/outbox-store.ts';
import { addHistory, findStaffRequest, historyOf, updateRequestState, type HistoryRow, type StaffRequestRow } from '../db/staff-store.ts';
import type { MailContext } from '../mail/mail-context.ts';
import { renderStaffMail, type StaffMailLinks } from '../mail/staff-request-mail.tsx';
import { renderResidentTransferMail } from '../mail/ResidentTransferMail.tsx';
import { renderResidentUnreachableMail } from '../mail/ResidentUnreachableMail.tsx';
import { renderResidentProposalMail } from '../mail/ResidentProposalMail.tsx';
import type { MailMessage } from '../mail/mail-message.ts';
import { actionProblem, requestStates, staffActions, type RequestState } from './request-state.ts';
import type { StaffActionForm } from './staff-action-schema.ts';

/** What the service needs besides the database. */
export interface StaffContext {
  now: Date;
  units: readonly Unit[];
  mail: MailContext;
  /** The staff links of a request for its unit's e-mail. */
  links: (requestId: number, unitId: string) => StaffMailLinks;
  /** Addresses warned when mail cannot be delivered. */
  fallbackEmails: readonly string[];
}

/** What became of a posted action. */
export type StaffActionResult =
  | { kind: 'ok'; state: RequestState; version: number; action: StaffActionForm['czynnosc'] }
  | { kind: 'gone' }
  | { kind: 'conflict'; message: string }
  | { kind: 'not-allowed'; message: string }
  | { kind: 'invalid'; field: 'jednostka'; message: string };

/** Details kept in a history entry. */
export interface HistoryDetail {
  channel?: string;
  note?: string;
  fromUnit?: string;
  toUnit?: string;
  /** "Zaproponuj inny termin lub formę": why, and what was proposed. */
  reasons?: string;
  proposedDate?: string;
  proposedForm?: string;
}

const momentFormat = new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
/** "wtorek, 1 grudnia, godz. 9:15". */
export function formatMoment(iso: string): string {
  const parts = momentFormat.formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')}, ${get('day')} ${get('month')}, godz. ${get('hour')}:${get('minute')}`;
}

/** One history entry in words, for the page and for a clerk who was too late. */
export function describeEntry(h: HistoryRow, words: ContactWords): string {
  const action = staffActions[h.action as keyof typeof staffActions];
  const detail = JSON.parse(h.detail) as HistoryDetail;
  const what = action ? action.done : h.action;
  const extra = [detail.toUnit ? `do: ${detail.toUnit}` : '', detail.channel ? `kanał: ${words[detail.channel as ContactMethod]?.label ?? detail.channel}` : '', detail.reasons ? `powody: ${detail.reasons}` : '', detail.proposedDate ? `proponowany termin: ${detail.proposedDate}` : '', detail.proposedForm ? `proponowana forma: ${detail.proposedForm}` : '', detail.note ? `notatka: ${detail.note}` : ''].filter(Boolean).join('; ');
  return `${formatMoment(h.at)}: ${h.actor} ${what}${extra ? ` (${extra})` : ''}. Stan: ${requestStates[h.state]?.label ?? h.state}.`;
}

/** The failed attempts so far, oldest first. */
export function attemptsOf(history: readonly HistoryRow[]): Date[] {
  return history.filter((h) => h.action === 'attempt').map((h) => new Date(h.at));
}

/** Record a posted action on request `requestId`. */
export function applyStaffAction(db: Database, requestId: number, form: StaffActionForm, ctx: StaffContext): StaffActionResult {
  return transaction(db, (): StaffActionResult => {
    const row = findStaffRequest(db, requestId);
    if (!row) return { kind: 'gone' };
    const history = historyOf(db, requestId);
    if (row.version !== form.wersja) {
      const since = history.filter((h) => h.version > form.wersja);
      const lines = since.length > 0 ? since.map((h) => describeEntry(h, ctx.mail.contactWords)).join(' ') : `Stan teraz: ${requestStates[row.state].label}.`;
      return { kind: 'conflict', message: `Ktoś inny zmienił tę prośbę, zanim wysłano formularz. ${lines} Nic nie zmieniono: sprawdź stan poniżej i zdecyduj jeszcze raz.` };
    }
    const problem = actionProblem(form.czynnosc, row.state, attemptsOf(history));
    if (problem) return { kind: 'not-allowed', message: problem };

    const request = JSON.parse(row.payload) as CallbackRequest;
    const detail: HistoryDetail = {};
    if (form.notatka) detail.note = form.notatka;
    if (form.czynnosc === 'done' && form.kanal) detail.channel = form.kanal;
    if (form.czynnosc === 'propose') {
      if (form.powody) detail.reasons = form.powody;
      if (form.inny_termin) detail.proposedDate = form.inny_termin;
      if (form.inna_forma) detail.proposedForm = form.inna_forma;
    }
    let target: Unit | undefined;
    if (form.czynnosc === 'transfer') {
      target = ctx.units.find((u) => u.id === form.jednostka);
      if (!target) return { kind: 'invalid', field: 'jednostka', message: 'Wybierz jednostkę z listy' };
      if (target.id === row.unit_id) return { kind: 'invalid', field: 'jednostka', message: `Prośba jest już w jednostce ${target.nazwa}. Wybierz inną jednostkę` };
      detail.fromUnit = request.unit.name;
      detail.toUnit = target.nazwa;
    }
    const next = staffActions[form.czynnosc].to;
    const version = row.version + 1;
    const moved: CallbackRequest | undefined = target ? { ...request, unit: { id: target.id, name: target.nazwa, phone: target.telefon, emails: [...target.email] } } : undefined;
    const change: Parameters<typeof updateRequestState>[3] = { state: next };
    if (moved) {
      change.unitId = moved.unit.id;
      change.payload = JSON.stringify(moved);
    }
    if (!updateRequestState(db, requestId, row.version, change)) {
      return { kind: 'conflict', message: 'Ktoś inny zmienił tę prośbę w tej samej chwili. Nic nie zmieniono: sprawdź stan poniżej i zdecyduj jeszcze raz.' };
    }
    const at = ctx.now.toISOString();
    addHistory(db, { request_id: requestId, version, at, action: form.czynnosc, state: next, actor: form.kto, detail: JSON.stringify(detail) });

    const queue = (kind: 'staff' | 'resident', message: MailMessage) =>
      enqueueMessage(db, { requestId, kind, messageId: message.messageId, recipients: message.to, fallbackTo: ctx.fallbackEmails, message: JSON.stringify(message), now: ctx.now });
    const host = ctx.mail.messageIdHost;
    if (moved) {
      queue('staff', renderStaffMail(moved, ctx.mail, ctx.links(requestId, moved.unit.id), `<${row.reference}.staff.v${version}@${host}>`));
      if (moved.contact.email) {
        queue('resident', renderResidentTransferMail({
          reference: row.reference, to: moved.contact.email, unitName: moved.unit.name, unitPhone: moved.unit.phone, deadlineLabel: moved.deadlineLabel,
          officeName: ctx.mail.officeName, officePhone: ctx.mail.officePhone, messageId: `<${row.reference}.transfer.v${version}@${host}>`,
        }));
      }
    }
    if (form.czynnosc === 'unreachable' && request.contact.email) {
      queue('resident', renderResidentUnreachableMail({
        reference: row.reference, to: request.contact.email, attempts: attemptsOf(history).map((d) => formatMoment(d.toISOString())),
        unitName: request.unit.name, unitPhone: request.unit.phone, officeName: ctx.mail.officeName, officePhone: ctx.mail.officePhone,
        messageId: `<${row.reference}.unreachable@${host}>`,
      }));
    }
    if (form.czynnosc === 'propose' && request.contact.email) {
      queue('resident', renderResidentProposalMail({
        reference: row.reference, to: request.contact.email, reasons: detail.reasons ?? '', proposedDate: detail.proposedDate, proposedForm: detail.proposedForm,
        chosenMeans: ctx.mail.contactWords[request.contact.method].label, unitName: request.unit.name, unitPhone: request.unit.phone, unitEmail: request.unit.emails[0],
        officeName: ctx.mail.officeName, officePhone: ctx.mail.officePhone, messageId: `<${row.reference}.proposal.v${version}@${host}>`,
      }));
    }
    return { kind: 'ok', state: next, version, action: form.czynnosc };
  });
}

/** A request as the staff page shows it. */
export interface StaffView {
  row: StaffRequestRow;
  request: CallbackRequest;
  history: HistoryRow[];
  attempts: Date[];
}

/** Load what the staff page shows, or `undefined` when the request is gone. */
export function loadStaffView(db: Database, requestId: number): StaffView | undefined {
  const row = findStaffRequest(db, requestId);
  if (!row) return undefined;
  const history = historyOf(db, requestId);
  return { row, request: JSON.parse(row.payload) as CallbackRequest, history, attempts: attemptsOf(history) };
}
