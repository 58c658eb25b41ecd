/**
 * Recording what the coordinator did with an accessibility request: check
 * the version they saw, what the state allows and (for an extension) the
 * 2-month limit, then in one transaction move the state, keep the history
 * entry with the letter as sent, and queue the letter to the person when
 * they gave an e-mail. Anything refused changes nothing.
 */
import { currentDeadline, type AccessibilityRequest } from '../accessibility-requests/accessibility-request.ts';
import { extensionProblem, workingDayOnOrBefore } from '../accessibility-requests/legal-deadlines.ts';
import type { LetterTemplates } from '../accessibility-requests/letter-templates.ts';
import { composeLetter, type ComposedLetter, type LetterInput, type LetterSender } from '../accessibility-requests/outcome-letters.ts';
import { formatCalendarDate } from '../calendar/format-pl.ts';
import { warsawDate, warsawInstant } from '../calendar/warsaw-time.ts';
import type { OfficeCalendar } from '../calendar/working-days.ts';
import { accessibilityHistoryOf, addAccessibilityHistory, findAccessibilityRequest, updateAccessibilityState, type AccessibilityHistoryRow, type AccessibilityRequestRow } from '../db/accessibility-store.ts';
import { transaction, type Database } from '../db/database.ts';
import { enqueueMessage } from '../db/outbox-store.ts';
import { renderAccessibilityLetterMail } from '../mail/AccessibilityLetterMail.tsx';
import type { AccessibilityActionForm } from './accessibility-action-schema.ts';
import { accessibilityActionProblem, accessibilityActions, accessibilityOutcomeOf, accessibilityStates, type AccessibilityOutcomeFacts, type AccessibilityState } from './accessibility-request-state.ts';
import { formatMoment } from './staff-service.ts';

/** What the service needs besides the database. */
export interface AccessibilityActionContext {
  now: Date;
  /** The office calendar (the office's own target before a day off). */
  calendar: OfficeCalendar;
  letters: LetterTemplates;
  sender: LetterSender;
  messageIdHost: string;
  /** Addresses warned when mail cannot be delivered. */
  fallbackEmails: readonly string[];
}

/** What became of a posted action. */
export type AccessibilityActionResult =
  | { kind: 'ok'; state: AccessibilityState; version: number }
  | { kind: 'gone' }
  | { kind: 'conflict'; message: string }
  | { kind: 'not-allowed'; message: string }
  | { kind: 'invalid'; field: 'termin'; message: string };

/** Details kept in a history entry. */
export interface AccessibilityHistoryDetail {
  reasons?: string;
  description?: string;
  /** The extended date, `RRRR-MM-DD`. */
  newDate?: string;
  /** The letter as sent (the printable page shows it as it was, whatever the template says today). */
  letter?: ComposedLetter;
  /** Whether the letter went by e-mail (else it is printed and posted, or read out by phone). */
  emailed?: boolean;
}

/** The detail of a history entry. */
export function detailOf(h: Pick<AccessibilityHistoryRow, 'detail'>): AccessibilityHistoryDetail {
  return JSON.parse(h.detail) as AccessibilityHistoryDetail;
}

/** One history entry in words, for a coordinator who was too late. */
export function describeAccessibilityEntry(h: AccessibilityHistoryRow): string {
  const action = accessibilityActions[h.action as keyof typeof accessibilityActions];
  const d = detailOf(h);
  const extra = d.newDate ? ` (nowy termin: ${formatCalendarDate(d.newDate)})` : '';
  return `${formatMoment(h.at)}: ${h.actor} ${action ? action.done : h.action}${extra}. Stan: ${accessibilityStates[h.state]?.label ?? h.state}.`;
}

/** Record a posted action on accessibility request `requestId`. */
export function applyAccessibilityAction(db: Database, requestId: number, form: AccessibilityActionForm, ctx: AccessibilityActionContext): AccessibilityActionResult {
  return transaction(db, (): AccessibilityActionResult => {
    const row = findAccessibilityRequest(db, requestId);
    if (!row) return { kind: 'gone' };
    const history = accessibilityHistoryOf(db, requestId);
    if (row.version !== form.wersja) {
      const since = history.filter((h) => h.version > form.wersja);
      const lines = since.length > 0 ? since.map(describeAccessibilityEntry).join(' ') : `Stan teraz: ${accessibilityStates[row.state].label}.`;
      return { kind: 'conflict', message: `Ktoś inny zmienił ten wniosek, zanim wysłano formularz. ${lines} Nic nie zmieniono: sprawdź stan poniżej i zdecyduj jeszcze raz.` };
    }
    const problem = accessibilityActionProblem(form.czynnosc, row.state);
    if (problem) return { kind: 'not-allowed', message: problem };

    const request = JSON.parse(row.payload) as AccessibilityRequest;
    const today = warsawDate(ctx.now);
    const rule = accessibilityActions[form.czynnosc];
    const detail: AccessibilityHistoryDetail = {};
    const change: Parameters<typeof updateAccessibilityState>[3] = { state: rule.to };
    const input: LetterInput = { letterDate: today };
    if (form.czynnosc === 'extend') {
      const newDate = form.termin ?? '';
      const refused = extensionProblem(request.clock, newDate, today);
      if (refused) return { kind: 'invalid', field: 'termin', message: `${refused} Dla tego wniosku: najpóźniej ${formatCalendarDate(request.clock.latestExtension)} Nic nie zmieniono.` };
      const extended: AccessibilityRequest = { ...request, extension: { newDate, officeTarget: workingDayOnOrBefore(newDate, today, ctx.calendar), label: formatCalendarDate(newDate) } };
      change.payload = JSON.stringify(extended);
      change.deadlineAt = warsawInstant(newDate, 24 * 60 - 1).toISOString();
      detail.newDate = input.newDate = newDate;
    }
    if (form.czynnosc === 'extend' || form.czynnosc === 'refuse') detail.reasons = input.reasons = form.powody ?? '';
    if (form.czynnosc === 'done' || form.czynnosc === 'alternative') detail.description = input.description = form.opis ?? '';
    const version = row.version + 1;
    if (rule.letter) {
      detail.letter = composeLetter(ctx.letters, request, rule.letter, input, ctx.sender);
      detail.emailed = request.reply.email !== undefined;
    }
    if (!updateAccessibilityState(db, requestId, row.version, change)) {
      return { kind: 'conflict', message: 'Ktoś inny zmienił ten wniosek w tej samej chwili. Nic nie zmieniono: sprawdź stan poniżej i zdecyduj jeszcze raz.' };
    }
    addAccessibilityHistory(db, { request_id: requestId, version, at: ctx.now.toISOString(), action: form.czynnosc, state: rule.to, actor: form.kto, detail: JSON.stringify(detail) });
    if (detail.letter && request.reply.email) {
      const message = renderAccessibilityLetterMail(detail.letter, {
        reference: row.reference, to: request.reply.email, officeName: ctx.sender.officeName, replyTo: ctx.sender.coordinator.email,
        messageId: `<${row.reference}.letter.v${version}@${ctx.messageIdHost}>`,
      });
      enqueueMessage(db, { requestId, kind: 'resident', messageId: message.messageId, recipients: message.to, fallbackTo: ctx.fallbackEmails, message: JSON.stringify(message), now: ctx.now });
    }
    return { kind: 'ok', state: rule.to, version };
  });
}

/** An accessibility request as the coordinator's page shows it. */
export interface AccessibilityView {
  row: AccessibilityRequestRow;
  request: AccessibilityRequest;
  history: AccessibilityHistoryRow[];
  deadline: ReturnType<typeof currentDeadline>;
  outcome: AccessibilityOutcomeFacts;
}

/** Load what the page shows, or `undefined` when the request is gone (or is not an accessibility request). */
export function loadAccessibilityView(db: Database, requestId: number): AccessibilityView | undefined {
  const row = findAccessibilityRequest(db, requestId);
  if (!row) return undefined;
  const history = accessibilityHistoryOf(db, requestId);
  const request = JSON.parse(row.payload) as AccessibilityRequest;
  return { row, request, history, deadline: currentDeadline(request), outcome: accessibilityOutcomeOf(row.state, history) };
}

/** The outcome of a stored accessibility request (for the register), or `undefined` when there is no such request. */
export function accessibilityOutcome(db: Database, requestId: number): AccessibilityOutcomeFacts | undefined {
  return loadAccessibilityView(db, requestId)?.outcome;
}
