/**
 * Page states that the sitemap cannot list: a form after a POST (errors,
 * confirmation), the staff pages (seeded requests in every state, signed in
 * or from the e-mail's link). Every a11y and HTML runner checks each of them
 * as well as every sitemap page. The answers are the shared named examples.
 */
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { registerPageStates } from './register-seed.ts';
import { accessibilityPagePath, letterPagePath, PURGED_REQUEST_ID, SEEDED_ACCESSIBILITY, SEEDED_PROPOSAL_REQUEST, SEEDED_REQUEST, SEEDED_STATES, seedAccessibilityRequests, seedProposalRequest, seedStaffRequest, staffPagePath, type StaffUser } from './staff-seed.ts';

/** A page as it looks after a request other than a plain GET of its address. */
export type PageState = {
  /** Short unique name, used in test titles and file names (letters, digits, dashes). */
  name: string;
  /** Path below the base, e.g. 'oddzwonimy/'. */
  path: string;
  /** When set, the page is opened by POSTing this urlencoded form body to `path` (redirects are followed). */
  post?: Record<string, string | string[]>;
  /** HTTP status of the final response; 200 when not set. */
  expectStatus?: number;
  /** Opened signed in as this seeded member of staff (the runners send the session cookie). */
  signedInAs?: StaffUser;
  /** Why pa11y skips this state (axe through Playwright and vnu still check it); keep it rare and say why. */
  pa11ySkip?: string;
};

const FORM_ACTION = 'oddzwonimy/?_action=callback';
const REQUEST_ACTION = 'wniosek-o-dostepnosc/?_action=accessibilityRequest';

/** The states to check. */
export const pageStates: PageState[] = [
  { name: 'form-every-error', path: FORM_ACTION, post: callbackExamples.empty.answers, expectStatus: 400 },
  { name: 'form-contact-errors', path: FORM_ACTION, post: { ...callbackExamples.emailInvalid.answers, telefon: 'abc', relacja: 'syn' }, expectStatus: 400 },
  { name: 'form-pjm-too-soon', path: FORM_ACTION, post: callbackExamples.videoTooSoon.answers, expectStatus: 400 },
  // Phone and day wrong in one answer: the day's summary link goes to the first day an interpreter can come.
  { name: 'form-pjm-landline-too-soon', path: FORM_ACTION, post: callbackExamples.videoLandlineTooSoon.answers, expectStatus: 400 },
  // The sign-language act's choices: an interpreter-guide with no way to confirm, too soon; a person of one's choice with no contact.
  { name: 'form-skogn-no-contact-too-soon', path: FORM_ACTION, post: callbackExamples.skognNoContactTooSoon.answers, expectStatus: 400 },
  { name: 'form-chosen-person-no-contact', path: FORM_ACTION, post: callbackExamples.chosenPersonNoContact.answers, expectStatus: 400 },
  { name: 'confirmation-chosen-person', path: FORM_ACTION, post: callbackExamples.chosenPersonAsap.answers },
  { name: 'form-sms-landline', path: FORM_ACTION, post: callbackExamples.smsToLandline.answers, expectStatus: 400 },
  { name: 'form-phone-too-short', path: FORM_ACTION, post: callbackExamples.phoneTooShort.answers, expectStatus: 400 },
  { name: 'confirmation', path: FORM_ACTION, post: callbackExamples.validOnBehalfByEmail.answers },
  { name: 'confirmation-unknown', path: 'oddzwonimy/przyjete/?nr=KKK-KKK', expectStatus: 404 },
  { name: 'request-every-error', path: REQUEST_ACTION, post: accessibilityRequestExamples.empty.answers, expectStatus: 400 },
  { name: 'request-contact-errors', path: REQUEST_ACTION, post: { ...accessibilityRequestExamples.badAddresses.answers, odpowiedz: 'poczta' }, expectStatus: 400 },
  { name: 'request-confirmation-digital', path: REQUEST_ACTION, post: accessibilityRequestExamples.validDigital.answers },
  { name: 'request-confirmation-architectural', path: REQUEST_ACTION, post: accessibilityRequestExamples.validArchitecturalByPost.answers },
  { name: 'request-confirmation-unknown', path: 'wniosek-o-dostepnosc/przyjety/?nr=KKK-KKK', expectStatus: 404 },
];

// The page the server shows with status 413 (kept out of the sitemap).
pageStates.push({ name: 'body-too-large', path: 'za-duzy-formularz/' });
// The page the server shows with status 403 in place of Astro's cross-site refusal.
pageStates.push({ name: 'foreign-form', path: 'formularz-z-innej-strony/' });
// Staff pages: a request's page (seeded), its error states, the 403 and 410 pages, sign-in.
seedStaffRequest();
const staffPage = staffPagePath(SEEDED_REQUEST.id);
pageStates.push(
  { name: 'staff-request', path: staffPage },
  { name: 'staff-request-errors', path: `${staffPage}?_action=staff`, post: { czynnosc: 'done', wersja: '1' }, expectStatus: 400 },
  { name: 'staff-request-not-allowed', path: `${staffPage}?_action=staff`, post: { czynnosc: 'unreachable', wersja: '1', kto: 'Jan Kowalski' }, expectStatus: 409 },
  { name: 'staff-link-forbidden', path: 'obsluga/prosba/1-nie-nasz-podpis/', expectStatus: 403 },
  { name: 'staff-request-gone', path: staffPagePath(PURGED_REQUEST_ID), expectStatus: 410 },
  { name: 'staff-sign-in', path: 'obsluga/logowanie/' },
  { name: 'staff-sign-in-error', path: 'obsluga/logowanie/?_action=staffSignIn', post: { email: 'to-nie-adres' }, expectStatus: 400 },
  { name: 'staff-sign-in-link-unknown', path: `obsluga/logowanie/${'0'.repeat(64)}/`, expectStatus: 403 },
);
// "Zaproponuj inny termin lub formę": the form with its fields, its errors, and the saved proposal for a resident without e-mail.
seedProposalRequest();
const proposalPage = staffPagePath(SEEDED_PROPOSAL_REQUEST.id);
pageStates.push(
  { name: 'staff-proposal-saved-no-email', path: `${proposalPage}?zapisano=propozycja` },
  { name: 'staff-proposal-errors', path: `${proposalPage}?_action=staff`, post: { czynnosc: 'propose', wersja: '3', kto: 'Jan Kowalski' }, expectStatus: 400 },
);

// Accessibility requests on the coordinator's side: the page in every state, its error and refusal states, the printable letters.
seedAccessibilityRequests();
for (const [state, seed] of Object.entries(SEEDED_ACCESSIBILITY)) pageStates.push({ name: `access-request-${state}`, path: accessibilityPagePath(seed.id) });
const accessInProgress = accessibilityPagePath(SEEDED_ACCESSIBILITY['in-progress'].id);
const ACCESS_ACTION = '?_action=accessibilityOutcome';
pageStates.push(
  { name: 'access-request-errors', path: `${accessInProgress}${ACCESS_ACTION}`, post: { czynnosc: 'extend', wersja: '2' }, expectStatus: 400 },
  { name: 'access-request-extension-too-late', path: `${accessInProgress}${ACCESS_ACTION}`, post: { czynnosc: 'extend', wersja: '2', kto: 'Ewa Koordynator', termin: '2099-01-01', powody: 'Wykonawca.' }, expectStatus: 400 },
  { name: 'access-request-stale', path: `${accessInProgress}${ACCESS_ACTION}`, post: { czynnosc: 'refuse', wersja: '1', kto: 'Ewa Koordynator', powody: 'x' }, expectStatus: 409 },
  { name: 'access-request-not-allowed', path: `${accessibilityPagePath(SEEDED_ACCESSIBILITY.new.id)}${ACCESS_ACTION}`, post: { czynnosc: 'done', wersja: '1', kto: 'Ewa Koordynator', opis: 'x' }, expectStatus: 409 },
  { name: 'access-link-forbidden', path: 'obsluga/wniosek/1-nie-nasz-podpis/', expectStatus: 403 },
  { name: 'access-request-gone', path: accessibilityPagePath(PURGED_REQUEST_ID), expectStatus: 410 },
  { name: 'access-letter-extension', path: letterPagePath(SEEDED_ACCESSIBILITY.extended.id, 3) },
  { name: 'access-letter-refusal', path: letterPagePath(SEEDED_ACCESSIBILITY.refused.id, 3) },
  { name: 'access-letter-missing', path: letterPagePath(SEEDED_ACCESSIBILITY.refused.id, 2), expectStatus: 404 },
);
// The register, its figures and the report: signed in as the coordinator (and as a unit: 403), every state.
pageStates.push(...registerPageStates());
// Signed-in staff pages: the lists (a unit's, every unit's, one unit of all, empty), search by
// reference (found, not found, bad input), the request page in each state with its action form,
// and the refusals of actions. Nothing here changes a request: every POST is refused.
const page = (s: { id: number }) => staffPagePath(s.id);
const action = (s: { id: number }) => `${page(s)}?_action=staff`;
pageStates.push(
  { name: 'staff-list-unit', path: 'obsluga/', signedInAs: 'unit' },
  { name: 'staff-list-every-unit', path: 'obsluga/', signedInAs: 'everyUnit' },
  { name: 'staff-list-one-of-every-unit', path: 'obsluga/?jednostka=finanse', signedInAs: 'everyUnit' },
  { name: 'staff-list-empty', path: 'obsluga/', signedInAs: 'emptyUnit' },
  { name: 'staff-search-found', path: `obsluga/?nr=${SEEDED_REQUEST.reference.toLowerCase()}`, signedInAs: 'everyUnit' },
  { name: 'staff-search-not-found', path: 'obsluga/?nr=KKK-KKK', signedInAs: 'everyUnit' },
  { name: 'staff-search-bad-input', path: 'obsluga/?nr=abc', signedInAs: 'everyUnit' },
  { name: 'staff-request-signed-in', path: staffPage, signedInAs: 'unit' },
  { name: 'staff-request-in-progress-overdue', path: page(SEEDED_STATES.inProgressOverdue), signedInAs: 'unit' },
  { name: 'staff-request-attempt-failed', path: page(SEEDED_STATES.attemptFailedOnce), signedInAs: 'unit' },
  { name: 'staff-request-attempt-failed-twice', path: page(SEEDED_STATES.attemptFailedTwice), signedInAs: 'unit' },
  { name: 'staff-request-done', path: page(SEEDED_STATES.done), signedInAs: 'unit' },
  { name: 'staff-request-unreachable', path: page(SEEDED_STATES.unreachable), signedInAs: 'unit' },
  { name: 'staff-request-transferred', path: page(SEEDED_STATES.transferred), signedInAs: 'everyUnit' },
  // A stale version: the clerk is told what changed since.
  { name: 'staff-request-conflict', path: action(SEEDED_STATES.inProgressOverdue), post: { czynnosc: 'attempt', wersja: '1', kto: 'Anna Nowak' }, expectStatus: 409, signedInAs: 'unit' },
  { name: 'staff-request-closed', path: action(SEEDED_STATES.done), post: { czynnosc: 'attempt', wersja: '3', kto: 'Anna Nowak' }, expectStatus: 409, signedInAs: 'unit' },
  { name: 'staff-request-unreachable-too-soon', path: action(SEEDED_STATES.attemptFailedOnce), post: { czynnosc: 'unreachable', wersja: '3', kto: 'Anna Nowak' }, expectStatus: 409, signedInAs: 'unit' },
  { name: 'staff-request-transfer-same-unit', path: `${staffPage}?_action=staff`, post: { czynnosc: 'transfer', wersja: '1', kto: 'Anna Nowak', jednostka: 'finanse' }, expectStatus: 400, signedInAs: 'unit' },
  { name: 'staff-request-transfer-errors', path: action(SEEDED_STATES.attemptFailedTwice), post: { czynnosc: 'transfer', wersja: '4', kto: '', notatka: 'x'.repeat(201) }, expectStatus: 400, signedInAs: 'unit' },
);
