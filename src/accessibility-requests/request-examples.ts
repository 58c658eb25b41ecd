/**
 * Named examples of accessibility request answers, valid ones and one per
 * kind of error, with the message each must produce (the message starts
 * with it). Every test layer uses them. Values are what a browser posts.
 */

/** Answers as a browser posts them (every field of this form holds one value). */
export type RequestAnswers = Record<string, string>;

/** An example and what the server must answer. */
export interface AccessibilityRequestExample {
  answers: RequestAnswers;
  /** Field → the start of the expected message; empty for a valid example. */
  errors: Record<string, string>;
}

const digital: RequestAnswers = {
  miejsce: 'strona',
  bariera: 'Formularz wniosku o dowód osobisty w PDF jest skanem: czytnik ekranu nic nie odczytuje.',
  adres_strony: 'https://www.lomza.example/bip/formularze/',
  sposob: 'Proszę o wersję do wypełnienia na komputerze albo pomoc przez telefon.',
  imie: 'Adam Nowak',
  odpowiedz: 'email',
  email: 'adam.nowak@example.org',
};

/** Every named example. */
export const accessibilityRequestExamples = {
  /** A blind resident and an inaccessible PDF (art. 18). */
  validDigital: { answers: digital, errors: {} },
  /** A wheelchair user and the side entrance, answered by letter (art. 30). */
  validArchitecturalByPost: {
    answers: {
      miejsce: 'budynek',
      bariera: 'Wejście od ul. Farnej ma trzy schody i nie ma podjazdu.',
      kto: 'osobiscie',
      imie: 'Maria Wiśniewska',
      odpowiedz: 'poczta',
      adres: 'ul. Polowa 1\n18-400 Łomża',
    },
    errors: {},
  },
  /** A parent of a Deaf child asking for an interpreter (art. 30, information-communication). */
  validCommunicationByPhone: {
    answers: { miejsce: 'obsluga', bariera: 'W Wydziale Spraw Obywatelskich nie ma tłumacza PJM.', kto: 'przedstawiciel', imie: 'Ewa Lis', odpowiedz: 'telefon', telefon: '600 100 200' },
    errors: {},
  },
  /** Nothing chosen or written. */
  empty: {
    answers: {},
    errors: { miejsce: 'Wybierz, gdzie napotkałeś(-aś) barierę', bariera: 'Opisz barierę', imie: 'Wpisz swoje imię i nazwisko. Bez danych kontaktowych', odpowiedz: 'Wybierz, jak urząd ma Ci odpowiedzieć' },
  },
  /** A reply by e-mail with no address: the law needs contact details. */
  noContactDetails: {
    answers: { ...digital, email: '' },
    errors: { email: 'Wpisz adres e-mail, na który urząd ma odpowiedzieć. Bez danych kontaktowych urząd nie może rozpatrzyć wniosku' },
  },
  /** Art. 30 without saying who asks. */
  architecturalWithoutRole: {
    answers: { miejsce: 'budynek', bariera: 'Brak poręczy przy schodach.', imie: 'Jan Nowak', odpowiedz: 'telefon', telefon: '600 100 200' },
    errors: { kto: 'Wybierz, kim jesteś dla osoby' },
  },
  /** A page address that is not one, a broken e-mail. */
  badAddresses: {
    answers: { ...digital, adres_strony: 'strona urzędu', email: 'adam.nowak' },
    errors: { adres_strony: 'Wpisz pełny adres strony', email: 'Wpisz adres e-mail w postaci' },
  },
} satisfies Record<string, AccessibilityRequestExample>;
