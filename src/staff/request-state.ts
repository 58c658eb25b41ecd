/**
 * The states of a callback request on the staff side and the actions that
 * move it between them, with their Polish wording. Pure: what a state
 * allows and why not, decided from the state and the attempts so far.
 */
import { dayParts, type DayPart } from '../callback/callback-options.ts';
import { formatCount, type PluralForms } from '../calendar/format-pl.ts';
import { warsawMinutes } from '../calendar/warsaw-time.ts';

/** Forms of "próba". */
export const ATTEMPTS: PluralForms = { one: 'próba', few: 'próby', many: 'prób', other: 'próby' };

/** Where a request stands. */
export const requestStates = {
  new: { label: 'nowa', hint: 'Nikt jeszcze nie wziął tej prośby.' },
  'in-progress': { label: 'w toku', hint: 'Pracownik zajmuje się prośbą.' },
  'attempt-failed': { label: 'próba kontaktu nieudana', hint: 'Próbowaliśmy, ale nie udało się porozmawiać. Trzeba spróbować jeszcze raz.' },
  done: { label: 'załatwiona', hint: 'Kontakt się odbył.' },
  unreachable: { label: 'nie udało się skontaktować', hint: 'Co najmniej dwie próby o różnych porach dnia się nie udały; mieszkaniec dostał informację, jak się z nami skontaktować.' },
  transferred: { label: 'przekazana innej jednostce', hint: 'Prośba czeka na nową jednostkę; termin się nie zmienił.' },
} as const;
export type RequestState = keyof typeof requestStates;
export const requestStateIds = Object.keys(requestStates) as [RequestState, ...RequestState[]];

/** States in which the office still owes the resident a contact. */
export const OPEN_STATES: readonly RequestState[] = ['new', 'in-progress', 'attempt-failed', 'transferred'];

/** Whether the office still owes the resident a contact. */
export function isOpen(state: RequestState): boolean {
  return OPEN_STATES.includes(state);
}

/** What a member of staff can record. */
export const staffActions = {
  take: { label: 'Biorę tę prośbę', done: 'wziął(-ęła) prośbę', to: 'in-progress', from: ['new', 'transferred'] },
  attempt: { label: 'Próba kontaktu nieudana (nikt nie odebrał, nie odpisał)', done: 'zapisał(a) nieudaną próbę kontaktu', to: 'attempt-failed', from: ['in-progress', 'attempt-failed'] },
  done: { label: 'Załatwiona: kontakt się odbył', done: 'zapisał(a), że prośba jest załatwiona', to: 'done', from: ['in-progress', 'attempt-failed'] },
  unreachable: { label: 'Nie udało się skontaktować', done: 'zapisał(a), że nie udało się skontaktować', to: 'unreachable', from: ['attempt-failed'] },
  propose: { label: 'Zaproponuj inny termin lub formę kontaktu', done: 'zaproponował(a) inny termin lub formę kontaktu', to: 'in-progress', from: ['in-progress', 'attempt-failed'] },
  transfer: { label: 'Przekaż innej jednostce', done: 'przekazał(a) prośbę innej jednostce', to: 'transferred', from: ['new', 'in-progress', 'attempt-failed', 'transferred'] },
} as const satisfies Record<string, { label: string; done: string; to: RequestState; from: readonly RequestState[] }>;
export type StaffAction = keyof typeof staffActions;
export const staffActionIds = Object.keys(staffActions) as [StaffAction, ...StaffAction[]];

/** Attempts needed before "nie udało się skontaktować", at different parts of the day. */
export const MIN_ATTEMPTS_FOR_UNREACHABLE = 2;

/** The part of the day (rano, przed południem, po południu) of an instant, in Warsaw time. */
export function partOfDay(instant: Date): DayPart {
  const minutes = warsawMinutes(instant);
  const found = (Object.entries(dayParts) as [DayPart, (typeof dayParts)[DayPart]][]).find(([, p]) => minutes >= p.from && minutes < p.to);
  return found ? found[0] : 'po-poludniu';
}

/** Whether failed attempts at these instants allow "nie udało się skontaktować". */
export function attemptsAllowUnreachable(attempts: readonly Date[]): boolean {
  return attempts.length >= MIN_ATTEMPTS_FOR_UNREACHABLE && new Set(attempts.map(partOfDay)).size >= 2;
}

/** Why `action` is not possible in `state` (Polish, for the page), or `undefined` when it is. */
export function actionProblem(action: StaffAction, state: RequestState, attempts: readonly Date[]): string | undefined {
  const rule = staffActions[action];
  if (!(rule.from as readonly RequestState[]).includes(state)) {
    if (!isOpen(state)) return `Prośba ma już stan „${requestStates[state].label}”. Nic nie zmieniono.`;
    if (action === 'attempt' || action === 'done' || action === 'propose') return `Najpierw zapisz „${staffActions.take.label}”: prośba ma stan „${requestStates[state].label}”. Nic nie zmieniono.`;
    if (action === 'unreachable') return 'Najpierw zapisz nieudaną próbę kontaktu. Nic nie zmieniono.';
    return `W stanie „${requestStates[state].label}” nie można zapisać: ${rule.label}. Nic nie zmieniono.`;
  }
  if (action === 'unreachable' && !attemptsAllowUnreachable(attempts)) {
    const parts = [...new Set(attempts.map(partOfDay))].map((p) => dayParts[p].label.split(',')[0]);
    return `„Nie udało się skontaktować” można zapisać dopiero po co najmniej ${MIN_ATTEMPTS_FOR_UNREACHABLE} nieudanych próbach o różnych porach dnia (rano, przed południem, po południu). Do tej pory: ${formatCount(attempts.length, ATTEMPTS)}${parts.length ? ` (${parts.join(', ')})` : ''}. Spróbuj jeszcze raz o innej porze. Nic nie zmieniono.`;
  }
  return undefined;
}

/** The actions the page offers in `state` (all that are possible now). */
export function allowedActions(state: RequestState, attempts: readonly Date[]): StaffAction[] {
  return staffActionIds.filter((a) => actionProblem(a, state, attempts) === undefined);
}
