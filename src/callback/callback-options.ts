/**
 * The fixed choices of the callback form and their Polish wording. The form,
 * the confirmation page, the staff e-mail and the tests all take labels from
 * here (topics, units and hours come from `content/`).
 */

/** How the resident wants to be contacted. */
export const contactMethods = {
  telefon: { label: 'Rozmowa telefoniczna', hint: 'Zadzwonimy do Ciebie.', staff: 'zadzwonić' },
  sms: { label: 'SMS', hint: 'Napiszemy do Ciebie wiadomość SMS.', staff: 'wysłać SMS' },
  email: { label: 'E-mail', hint: 'Odpiszemy na Twój adres e-mail.', staff: 'odpisać e-mailem' },
  'wideo-pjm': {
    label: 'Połączenie wideo z tłumaczem polskiego języka migowego (PJM)',
    hint: 'Wyślemy Ci link do połączenia wideo SMS-em na numer komórkowy albo e-mailem.',
    staff: 'umówić połączenie wideo z tłumaczem PJM (wysłać link SMS-em lub e-mailem)',
  },
} as const;
export type ContactMethod = keyof typeof contactMethods;
export const contactMethodIds = Object.keys(contactMethods) as [ContactMethod, ...ContactMethod[]];

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
