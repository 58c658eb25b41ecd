/**
 * The one mapping from what the staff side stores (a request's kind, state,
 * history actions, contact methods) to what the register and the reports
 * count: the law, whether a request is open, its outcome, which history
 * entry is the office's first answer, and the channel groups of art. 6 pkt 3.
 * Pure data and functions. New states or actions (the accessibility
 * outcomes of issue #14, new sign-language choices) are added here and
 * nowhere else; anything unknown is counted as open, never dropped.
 */

/** What a stored request is. */
export const requestKinds = {
  oddzwonienie: { label: 'Prośba o kontakt', law: 'art-6-pkt-3' },
  'dostepnosc-cyfrowa': { label: 'Żądanie dostępności cyfrowej', law: 'art-18' },
  'dostepnosc-architektoniczna': { label: 'Wniosek o dostępność architektoniczną lub informacyjno-komunikacyjną', law: 'art-30' },
} as const;
export type RequestKind = keyof typeof requestKinds;
export const requestKindIds = Object.keys(requestKinds) as [RequestKind, ...RequestKind[]];

/** The legal basis of each kind, as the coordinator's report names it. */
export const laws = {
  'art-6-pkt-3': { label: 'art. 6 pkt 3 ustawy o zapewnianiu dostępności (kontakt w formie wybranej przez osobę)' },
  'art-18': { label: 'art. 18 ustawy o dostępności cyfrowej' },
  'art-30': { label: 'art. 30 ustawy o zapewnianiu dostępności' },
} as const;
export type LawId = keyof typeof laws;

/** How a request ended. `undefined` while it is open. */
export const outcomes = {
  kontakt: { label: 'kontakt się odbył' },
  'brak-kontaktu': { label: 'nie udało się skontaktować' },
  zapewniono: { label: 'zapewniono dostępność' },
  'dostep-alternatywny': { label: 'zapewniono dostęp alternatywny' },
  odmowa: { label: 'odmowa' },
  'usunieta-bez-wyniku': { label: 'usunięta po okresie przechowywania bez zapisanego wyniku' },
} as const;
export type Outcome = keyof typeof outcomes;

/** One state a request can be in, as the register shows and filters it. */
export interface RegisterState {
  label: string;
  open: boolean;
  outcome?: Outcome;
}

/**
 * Every state the register knows, by the id stored in `requests.state`:
 * the callbacks' (src/staff/request-state.ts) and the accessibility
 * requests' (src/staff/accessibility-request-state.ts). `done` is the one id
 * both use; {@link registerState} tells them apart by kind.
 */
export const registerStates: Readonly<Record<string, RegisterState>> = {
  new: { label: 'nowa', open: true },
  'in-progress': { label: 'w toku', open: true },
  'attempt-failed': { label: 'próba kontaktu nieudana', open: true },
  transferred: { label: 'przekazana innej jednostce', open: true },
  done: { label: 'załatwiona', open: false, outcome: 'kontakt' },
  unreachable: { label: 'nie udało się skontaktować', open: false, outcome: 'brak-kontaktu' },
  extended: { label: 'termin przedłużony', open: true },
  'alternative-access': { label: 'dostęp alternatywny', open: false, outcome: 'dostep-alternatywny' },
  refused: { label: 'odmowa', open: false, outcome: 'odmowa' },
  usunieta: { label: 'usunięta bez wyniku', open: false, outcome: 'usunieta-bez-wyniku' },
};

/** The state and outcome the facts of a request get when it is purged while still open (src/db/requests-store.ts). */
export const PURGED_OPEN_STATE = 'usunieta';
export const PURGED_OPEN_OUTCOME: Outcome = 'usunieta-bez-wyniku';

/** An accessibility request that is `done` was made accessible (a callback that is `done` reached the person). */
const ACCESSIBILITY_DONE: RegisterState = { label: 'załatwiona', open: false, outcome: 'zapewniono' };

/** The register's view of a stored state of a request of `kind`; an unknown id is shown as it is and counted as open. */
export function registerState(state: string, kind: string = 'oddzwonienie'): RegisterState {
  if (state === 'done' && kind !== 'oddzwonienie') return ACCESSIBILITY_DONE;
  return registerStates[state] ?? { label: state, open: true };
}

/** What one history action means for the counts. */
export interface ActionMeaning {
  /** The office answered or reached out to the person (the first such entry is the "first contact"). */
  reaches: boolean;
  /** The person was actually reached (callbacks) or got the office's answer. */
  contact: boolean;
  /** The action set a later date (an extension): `detail.newDate` holds it. */
  extends: boolean;
}

const NOTHING: ActionMeaning = { reaches: false, contact: false, extends: false };
const ACTIONS: Readonly<Record<string, ActionMeaning>> = {
  take: NOTHING,
  transfer: NOTHING,
  attempt: { reaches: true, contact: false, extends: false },
  done: { reaches: true, contact: true, extends: false },
  unreachable: { reaches: true, contact: false, extends: false },
  // The accessibility requests' actions (src/staff/accessibility-request-state.ts); `done` is shared.
  extend: { reaches: true, contact: true, extends: true },
  alternative: { reaches: true, contact: true, extends: false },
  refuse: { reaches: true, contact: true, extends: false },
  // "zaproponuj inny termin lub formę": not counted as reaching the person (without an e-mail
  // nothing was sent; the clerk is asked to phone), so it never makes a late request on time.
  propose: NOTHING,
};

/** The meaning of a history action; unknown actions count for nothing. */
export function actionMeaning(action: string): ActionMeaning {
  return ACTIONS[action] ?? NOTHING;
}

/** Channel groups of art. 6 pkt 3 that the figures and the report count. */
export const channels = {
  telefon: { label: 'rozmowa telefoniczna' },
  sms: { label: 'SMS' },
  email: { label: 'e-mail' },
  'wideo-pjm': { label: 'wideo z tłumaczem PJM' },
  'wideo-sjm': { label: 'wideo z tłumaczem SJM' },
  skogn: { label: 'spotkanie z tłumaczem-przewodnikiem (SKOGN)' },
  'osoba-przybrana': { label: 'z osobą przybraną' },
  poczta: { label: 'list' },
  inny: { label: 'inny' },
} as const;
export type Channel = keyof typeof channels;
export const channelIds = Object.keys(channels) as [Channel, ...Channel[]];

/**
 * The channel group of a stored contact method (a callback's `contact.method`,
 * an accessibility request's `reply.channel`, a history entry's `channel`).
 * Sign-language variants are matched by their language, whatever the exact id.
 */
export function channelOf(method: string | undefined): Channel {
  if (!method) return 'inny';
  if (method in channels) return method as Channel;
  if (/skogn/.test(method)) return 'skogn';
  if (/sjm/.test(method)) return 'wideo-sjm';
  if (/pjm/.test(method)) return 'wideo-pjm';
  if (/przybran/.test(method)) return 'osoba-przybrana';
  if (/tel/.test(method)) return 'telefon';
  if (/mail/.test(method)) return 'email';
  if (/poczt|list/.test(method)) return 'poczta';
  return 'inny';
}
