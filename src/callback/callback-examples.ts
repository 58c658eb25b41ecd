/**
 * Named examples of callback form answers: valid ones and one per kind of
 * error, with the message each must produce. Unit, browser and
 * accessibility tests all use these, so they agree on what the form does.
 * Values are what a browser would post (field name → value or values).
 */
import { PART_ANY, WHEN_ASAP } from './callback-options.ts';

/** Answers as a browser posts them. */
export type FormAnswers = Record<string, string | string[]>;

/** An example and what the server must answer. */
export interface CallbackExample {
  answers: FormAnswers;
  /** Field → the message expected (the message starts with it); empty for a valid example. */
  errors: Record<string, string>;
}

const base: FormAnswers = {
  sprawa: 'podatki-lokalne',
  opis: 'Chcę zapytać o ratę podatku od nieruchomości.',
  imie: 'Janina Kowalska',
  kontakt: 'telefon',
  telefon: '600 100 200',
  termin: WHEN_ASAP,
  pora: PART_ANY,
  potrzeby: ['wolniej', 'glosniej'],
};

/** Every named example. */
export const callbackExamples = {
  /** A senior asking for a phone call as soon as possible. */
  valid: { answers: base, errors: {} },
  /** The least a resident must give: topic "I don't know", name, a landline to call, as soon as possible. */
  validMinimal: {
    answers: { sprawa: 'inna', imie: 'Jan', kontakt: 'telefon', telefon: '86 215 67 00', termin: WHEN_ASAP },
    errors: {},
  },
  /** Someone asking on behalf of their mother, by e-mail. */
  validOnBehalfByEmail: {
    answers: { ...base, kontakt: 'email', telefon: '', email: 'anna.nowak@example.com', osoba: 'Zofia Nowak', relacja: 'córka', potrzeby: ['prosty-jezyk', 'inna-osoba'], potrzeby_opis: 'Mama słabo słyszy.' },
    errors: {},
  },
  /** Nothing filled in. */
  empty: {
    answers: {},
    errors: {
      sprawa: 'Wybierz, czego dotyczy sprawa. Jeśli nie wiesz, wybierz „Inna sprawa albo nie wiem”',
      imie: 'Wpisz swoje imię i nazwisko, żebyśmy wiedzieli, o kogo zapytać',
      kontakt: 'Wybierz, jak mamy się z Tobą skontaktować',
      termin: 'Wybierz, kiedy mamy się z Tobą skontaktować',
    },
  },
  /** Phone call chosen, no number. */
  phoneMissing: { answers: { ...base, telefon: '' }, errors: { telefon: 'Wpisz numer telefonu, pod który mamy zadzwonić' } },
  /** SMS chosen, no number. */
  smsPhoneMissing: { answers: { ...base, kontakt: 'sms', telefon: '' }, errors: { telefon: 'Wpisz numer telefonu komórkowego, na który mamy wysłać SMS' } },
  /** Letters in the phone number. */
  phoneInvalid: { answers: { ...base, telefon: '600 1OO 2OO' }, errors: { telefon: 'Wpisz numer telefonu cyframi, np. 600 100 200 albo 86 215 67 00' } },
  /** Too few digits. */
  phoneTooShort: { answers: { ...base, telefon: '12 34' }, errors: { telefon: 'Numer telefonu jest za krótki: numer w Polsce ma 9 cyfr' } },
  /** An SMS to a landline. */
  smsToLandline: { answers: { ...base, kontakt: 'sms', telefon: '86 215 67 00' }, errors: { telefon: 'Na ten numer nie wyślemy SMS-a: potrzebny jest numer komórkowy' } },
  /** E-mail chosen, no address. */
  emailMissing: { answers: { ...base, kontakt: 'email', email: '' }, errors: { email: 'Wpisz adres e-mail, na który mamy odpisać' } },
  /** Not an e-mail address. */
  emailInvalid: { answers: { ...base, email: 'jan.kowalski.example.com' }, errors: { email: 'Wpisz adres e-mail w postaci nazwa@domena.pl' } },
  /** A PJM video call with neither phone nor e-mail, as soon as possible (too soon for an interpreter). */
  videoNoContact: {
    answers: { ...base, kontakt: 'wideo-pjm', telefon: '' },
    errors: {
      telefon: 'Wpisz numer telefonu komórkowego albo adres e-mail, żebyśmy mogli wysłać Ci link do połączenia wideo albo potwierdzenie spotkania z tłumaczem',
      termin: 'Tłumacza musimy zamówić co najmniej 3 dni robocze wcześniej. Wybierz dzień od',
    },
  },
  /** A description over the limit. */
  descriptionTooLong: { answers: { ...base, opis: 'a'.repeat(501) }, errors: { opis: 'Opis może mieć najwyżej 500 znaków. Skróć go albo opowiedz resztę podczas rozmowy' } },
  /** A relation without the person's name. */
  relationWithoutPerson: { answers: { ...base, relacja: 'syn' }, errors: { osoba: 'Wpisz imię i nazwisko osoby, w której imieniu prosisz o kontakt' } },
  /** A topic that is not on the list. */
  unknownTopic: { answers: { ...base, sprawa: 'nie-ma-takiej' }, errors: { sprawa: 'Wybierz sprawę z listy' } },
  /** A PJM interpreter as soon as possible: needs 3 working days. */
  videoTooSoon: {
    answers: { ...base, kontakt: 'wideo-pjm', termin: WHEN_ASAP },
    errors: { termin: 'Tłumacza musimy zamówić co najmniej 3 dni robocze wcześniej. Wybierz dzień od' },
  },
  /** A PJM video link to a landline, as soon as possible: both problems in one answer. */
  videoLandlineTooSoon: {
    answers: { ...base, kontakt: 'wideo-pjm', telefon: '86 215 67 00', termin: WHEN_ASAP },
    errors: {
      telefon: 'Link do połączenia wideo albo potwierdzenie spotkania wyślemy SMS-em tylko na numer komórkowy',
      termin: 'Tłumacza musimy zamówić co najmniej 3 dni robocze wcześniej. Wybierz dzień od',
    },
  },
  /** An SJM interpreter as soon as possible: the same 3 working days as PJM. */
  sjmTooSoon: {
    answers: { ...base, kontakt: 'wideo-sjm', termin: WHEN_ASAP },
    errors: { termin: 'Tłumacza musimy zamówić co najmniej 3 dni robocze wcześniej. Wybierz dzień od' },
  },
  /** A meeting with a SKOGN interpreter-guide, with neither a mobile nor an e-mail, as soon as possible. */
  skognNoContactTooSoon: {
    answers: { ...base, kontakt: 'skogn', telefon: '', termin: WHEN_ASAP },
    errors: {
      telefon: 'Wpisz numer telefonu komórkowego albo adres e-mail, żebyśmy mogli wysłać Ci link do połączenia wideo albo potwierdzenie spotkania z tłumaczem',
      termin: 'Tłumacza musimy zamówić co najmniej 3 dni robocze wcześniej. Wybierz dzień od',
    },
  },
  /** A person of the resident's choice helps: no interpreter to book, so as soon as possible is fine, a landline too. */
  chosenPersonAsap: { answers: { ...base, kontakt: 'osoba-przybrana', telefon: '86 215 67 00', termin: WHEN_ASAP }, errors: {} },
  /** A person of the resident's choice, but no way to reach them. */
  chosenPersonNoContact: {
    answers: { ...base, kontakt: 'osoba-przybrana', telefon: '' },
    errors: { telefon: 'Wpisz numer telefonu albo adres e-mail, Twój albo osoby, która Ci pomaga' },
  },
} satisfies Record<string, CallbackExample>;

export type CallbackExampleName = keyof typeof callbackExamples;
