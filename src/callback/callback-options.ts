/**
 * The fixed choices of the callback form and their Polish wording. The form,
 * the confirmation page, the staff e-mail and the tests all take labels from
 * here (topics, units and hours come from `content/`).
 */
import { PJM_MIN_WORKING_DAYS_AHEAD } from '../calendar/deadline.ts';
import { signLanguageMethodIds, type SignLanguageMethod } from '../content/schemas.ts';

/** The wording of one contact method: what the resident reads, and what staff must do. */
export interface ContactWording {
  label: string;
  hint: string;
  staff: string;
}

/** How the resident wants to be contacted, besides the sign-language act's choices (their wording is in content). */
export const plainContactMethods = {
  telefon: { label: 'Rozmowa telefoniczna', hint: 'Zadzwonimy do Ciebie.', staff: 'zadzwonić' },
  sms: { label: 'SMS', hint: 'Napiszemy do Ciebie wiadomość SMS.', staff: 'wysłać SMS' },
  email: { label: 'E-mail', hint: 'Odpiszemy na Twój adres e-mail.', staff: 'odpisać e-mailem' },
} as const satisfies Record<string, ContactWording>;

/**
 * The sign-language act's choices (ids in `src/content/schemas.ts`): their
 * labels live in `content/urzad.yaml` (`jezyk_migowy.wybory`); the rules
 * (notice, what contact details each needs) are code, here and in
 * `contact-rules.ts`.
 */
export { signLanguageMethodIds, type SignLanguageMethod };

/** Every contact method, in form order. `wideo-pjm` keeps its id: stored requests use it. */
export const contactMethodIds = ['telefon', 'sms', 'email', ...signLanguageMethodIds] as const satisfies readonly (keyof typeof plainContactMethods | SignLanguageMethod)[];
export type ContactMethod = (typeof contactMethodIds)[number];

/** The wording of every contact method: the fixed ones and the sign-language ones from content. */
export type ContactWords = Readonly<Record<ContactMethod, ContactWording>>;

/** The content's wording of the sign-language choices (`jezyk_migowy.wybory` in `content/urzad.yaml`). */
export type SignLanguageWording = Readonly<Record<SignLanguageMethod, { nazwa: string; opis: string; dla_pracownika: string }>>;

/** One table of contact wording, built once from content. */
export function contactWords(signLanguage: SignLanguageWording): ContactWords {
  const words = { ...plainContactMethods } as Record<ContactMethod, ContactWording>;
  for (const id of signLanguageMethodIds) words[id] = { label: signLanguage[id].nazwa, hint: signLanguage[id].opis, staff: signLanguage[id].dla_pracownika };
  return words;
}

/**
 * Working days of notice each method needs: an interpreter (PJM, SJM,
 * SKOGN) must be notified at least 3 working days ahead (art. 12 of the act);
 * a person of the resident's own choice needs no booking by the office.
 */
export function noticeWorkingDays(method: string | undefined): number {
  return method === 'wideo-pjm' || method === 'wideo-sjm' || method === 'skogn' ? PJM_MIN_WORKING_DAYS_AHEAD : 0;
}

/** Whether a method needs an interpreter booked (and so the notice). */
export function needsInterpreter(method: string | undefined): boolean {
  return noticeWorkingDays(method) > 0;
}

/** What helps the resident during the contact; shown to staff first, in plain words. */
export const contactNeeds = {
  wolniej: { label: 'Mówcie wolniej i wyraźniej', staff: 'Mów wolno i wyraźnie.' },
  glosniej: { label: 'Mówcie głośniej', staff: 'Mów głośniej.' },
  'prosty-jezyk': { label: 'Używajcie prostego języka', staff: 'Używaj prostych słów i krótkich zdań. Upewnij się, że rozmówca zrozumiał.' },
  'tlumacz-pjm': { label: 'Potrzebuję tłumacza polskiego języka migowego', staff: 'Zapewnij tłumacza polskiego języka migowego (PJM).' },
  'inna-osoba': { label: 'Przy rozmowie będzie inna osoba, np. opiekun', staff: 'Przy rozmowie będzie inna osoba (np. opiekun): zwracaj się do mieszkańca.' },
} as const;
export type ContactNeed = keyof typeof contactNeeds;
export const contactNeedIds = Object.keys(contactNeeds) as [ContactNeed, ...ContactNeed[]];

/** Parts of the day a resident may choose; cut at the same hours as the calendar's windows. */
export const dayParts = {
  rano: { label: 'rano, do 10:00', from: 0, to: 10 * 60 },
  'przed-poludniem': { label: 'przed południem, od 10:00 do 12:00', from: 10 * 60, to: 12 * 60 },
  'po-poludniu': { label: 'po południu, od 12:00', from: 12 * 60, to: 24 * 60 },
} as const;
export type DayPart = keyof typeof dayParts;
export const dayPartIds = Object.keys(dayParts) as [DayPart, ...DayPart[]];

/** Value of the "when" question besides a date: as soon as possible (the procedure's "oddzwonić jak tylko będzie możliwe"). */
export const WHEN_ASAP = 'jak-najszybciej';
/** Value of the "what time" question when any time of the chosen day suits. */
export const PART_ANY = 'dowolna';
/** Topic value for "Inna sprawa / nie wiem": goes to the fallback unit. */
export const TOPIC_OTHER = 'inna';
export const TOPIC_OTHER_LABEL = 'Inna sprawa albo nie wiem, której sprawy to dotyczy';

/** Length limits of the free-text fields (characters). */
export const limits = {
  name: 100,
  relation: 60,
  description: 500,
  needsText: 300,
  email: 254,
  phone: 30,
} as const;
