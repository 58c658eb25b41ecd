/**
 * The states of an accessibility request on the coordinator's side and the
 * actions that move it, with their Polish wording (the second state machine
 * beside `request-state.ts`, which is the callbacks'). Pure: what a state
 * allows and why not; and the outcome of a request as the register reads it.
 *
 *   nowa ──take──▶ w toku ──extend──▶ przedłużona
 *                    │                    │
 *                    └──done / alternative / refuse──┘──▶ załatwiona | dostęp alternatywny | odmowa
 */
import type { LetterKind } from '../accessibility-requests/letter-templates.ts';

/** Where an accessibility request stands. */
export const accessibilityStates = {
  new: { label: 'nowa', hint: 'Nikt jeszcze nie wziął tego wniosku.' },
  'in-progress': { label: 'w toku', hint: 'Koordynator zajmuje się wnioskiem.' },
  extended: { label: 'przedłużona', hint: 'Wnioskodawca dostał pismo z powodami i nowym terminem; wniosek trzeba jeszcze załatwić.' },
  done: { label: 'załatwiona', hint: 'Dostępność zapewniono; wnioskodawca dostał pismo.' },
  'alternative-access': { label: 'dostęp alternatywny', hint: 'Zapewniono dostęp alternatywny; wnioskodawca dostał pismo z dalszą drogą.' },
  refused: { label: 'odmowa', hint: 'Odmówiono; wnioskodawca dostał pismo z powodami i dalszą drogą.' },
} as const;
export type AccessibilityState = keyof typeof accessibilityStates;
export const accessibilityStateIds = Object.keys(accessibilityStates) as [AccessibilityState, ...AccessibilityState[]];

/** States in which the office still owes the person an answer. */
export const OPEN_ACCESSIBILITY_STATES: readonly AccessibilityState[] = ['new', 'in-progress', 'extended'];

/** Whether the office still owes the person an answer. */
export function isAccessibilityOpen(state: AccessibilityState): boolean {
  return OPEN_ACCESSIBILITY_STATES.includes(state);
}

/** Whether `value` is one of the states (a row's column as read from the database). */
export function isAccessibilityState(value: string): value is AccessibilityState {
  return Object.hasOwn(accessibilityStates, value);
}


/** What the coordinator can record. */
export const accessibilityActions = {
  take: { label: 'Biorę ten wniosek', done: 'wziął(-ęła) wniosek', to: 'in-progress', from: ['new'], letter: undefined },
  extend: { label: 'Przedłużam termin (powody i nowy termin)', done: 'przedłużył(a) termin', to: 'extended', from: ['in-progress'], letter: 'przedluzenie' },
  done: { label: 'Załatwiony: dostępność zapewniona', done: 'zapisał(a), że dostępność zapewniono', to: 'done', from: ['in-progress', 'extended'], letter: 'zalatwienie' },
  alternative: { label: 'Dostęp alternatywny (co i jak)', done: 'zapewnił(a) dostęp alternatywny', to: 'alternative-access', from: ['in-progress', 'extended'], letter: 'dostep_alternatywny' },
  refuse: { label: 'Odmowa (powody)', done: 'odmówił(a)', to: 'refused', from: ['in-progress', 'extended'], letter: 'odmowa' },
} as const satisfies Record<string, { label: string; done: string; to: AccessibilityState; from: readonly AccessibilityState[]; letter: LetterKind | undefined }>;
export type AccessibilityAction = keyof typeof accessibilityActions;
export const accessibilityActionIds = Object.keys(accessibilityActions) as [AccessibilityAction, ...AccessibilityAction[]];

/** Why `action` is not possible in `state` (Polish, for the page), or `undefined` when it is. */
export function accessibilityActionProblem(action: AccessibilityAction, state: AccessibilityState): string | undefined {
  const rule = accessibilityActions[action];
  if ((rule.from as readonly AccessibilityState[]).includes(state)) return undefined;
  const now = accessibilityStates[state].label;
  if (!isAccessibilityOpen(state)) return `Wniosek ma już stan „${now}”, a wnioskodawca dostał pismo. Nic nie zmieniono.`;
  if (state === 'new') return `Najpierw zapisz „${accessibilityActions.take.label}”: wniosek ma stan „${now}”. Nic nie zmieniono.`;
  if (action === 'extend') return 'Termin już przedłużono: ustawa pozwala na jedno przedłużenie, najpóźniej do 2 miesięcy od dnia wystąpienia z wnioskiem. Zapisz teraz wynik. Nic nie zmieniono.';
  return `W stanie „${now}” nie można zapisać: ${rule.label}. Nic nie zmieniono.`;
}

/** The actions the page offers in `state`. */
export function allowedAccessibilityActions(state: AccessibilityState): AccessibilityAction[] {
  return accessibilityActionIds.filter((a) => accessibilityActionProblem(a, state) === undefined);
}

/** How a request ended, as the register and the report count it (p5 maps these). */
export type AccessibilityOutcome = 'zalatwiony' | 'dostep-alternatywny' | 'odmowa';

/** What the register needs to know about where a request stands. */
export interface AccessibilityOutcomeFacts {
  /** How it ended, or `undefined` while it is open. */
  outcome: AccessibilityOutcome | undefined;
  /** Whether the deadline was extended (with a letter). */
  extended: boolean;
  /** ISO instant of the final outcome, if any. */
  decidedAt: string | undefined;
  /** The extended date (`RRRR-MM-DD`), if any. */
  extendedTo: string | undefined;
}

const OUTCOME_OF: Partial<Record<AccessibilityState, AccessibilityOutcome>> = { done: 'zalatwiony', 'alternative-access': 'dostep-alternatywny', refused: 'odmowa' };

/**
 * The outcome of an accessibility request from its state and history (the
 * one function the register reads; entries are `{ action, at, detail }` of
 * `request_history`, oldest first).
 */
export function accessibilityOutcomeOf(state: AccessibilityState, history: readonly { action: string; at: string; detail: string }[]): AccessibilityOutcomeFacts {
  const outcome = OUTCOME_OF[state];
  const final = outcome ? history.findLast((h) => h.action === 'done' || h.action === 'alternative' || h.action === 'refuse') : undefined;
  const extension = history.findLast((h) => h.action === 'extend');
  const extendedTo = extension ? (JSON.parse(extension.detail) as { newDate?: string }).newDate : undefined;
  return { outcome, extended: extension !== undefined, decidedAt: final?.at, extendedTo };
}
