/**
 * What a person is told about each accessibility request, in one place: the
 * law's name, what the office must do and by when, and the next step when
 * the office refuses or misses its deadline (pure data).
 */
import { DAYS_TO_ACT, PFRON_COMPLAINT_DAYS, pfronComplaintLastDay, type AccessibilityLaw } from './legal-deadlines.ts';

/** The facts of one law, as people read them. */
export interface LawFacts {
  /** What the request is called, in the nominative ("wniosek o …"). */
  requestName: string;
  /** The act, with its article, as a letter cites it. */
  legalBasis: string;
  /** Days the office has to act. */
  days: number;
  /** What the person may do when the office refuses or does not act in time. */
  nextStep: string;
  /** Where that next step is explained (a public page), if anywhere. */
  nextStepUrl?: string;
}

/** The two requests' facts. */
export const LAWS: Readonly<Record<AccessibilityLaw, LawFacts>> = {
  cyfrowa: {
    requestName: 'żądanie zapewnienia dostępności cyfrowej',
    legalBasis: 'art. 18 ustawy z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych',
    days: DAYS_TO_ACT.cyfrowa,
    nextStep:
      'Jeśli urząd odmówi albo nie zapewni dostępu alternatywnego, możesz złożyć skargę do urzędu. Po wyczerpaniu tej drogi możesz złożyć wniosek do Rzecznika Praw Obywatelskich.',
  },
  architektoniczna: {
    requestName: 'wniosek o zapewnienie dostępności architektonicznej lub informacyjno-komunikacyjnej',
    legalBasis: 'art. 30 ustawy z dnia 19 lipca 2019 r. o zapewnianiu dostępności osobom ze szczególnymi potrzebami',
    days: DAYS_TO_ACT.architektoniczna,
    nextStep: `Jeśli urząd nie zapewni dostępności w terminie albo odmówi, możesz złożyć skargę do Prezesa Zarządu PFRON w ciągu ${PFRON_COMPLAINT_DAYS} dni od upływu terminu albo od otrzymania informacji od urzędu.`,
    nextStepUrl: 'https://www.gov.pl/web/gov/zloz-skarge-na-brak-dostepnosci-architektonicznej-lub-informacyjno-komunikacyjnej',
  },
};

/** The office's answers whose letter must name the next step. */
export type ClosingAnswer = 'extension' | 'alternative' | 'refusal';

/** The next step a letter names, with its deadline, as one paragraph. */
export interface LetterNextStep {
  text: string;
  /** Where the complaint is filed online, when there is such a service. */
  url?: string;
}

/**
 * The next step and its deadline for a letter that does not give full
 * accessibility: the complaint to the office and then the Rzecznik Praw
 * Obywatelskich (digital requests; the act sets no deadline for that
 * complaint), or the complaint to the Prezes Zarządu PFRON within 30 days
 * (art. 32) of the missed deadline (after an extension: of the new date) or
 * of receiving the office's notice. Dates are `RRRR-MM-DD`; labels come from
 * `formatDate`.
 */
export function letterNextStep(law: AccessibilityLaw, answer: ClosingAnswer, dates: { letterDate: string; newDate?: string }, formatDate: (date: string) => string): LetterNextStep {
  if (law === 'cyfrowa') {
    const when = answer === 'extension' && dates.newDate
      ? `Jeśli do ${formatDate(dates.newDate)} urząd nie zapewni dostępności ani dostępu alternatywnego, możesz złożyć skargę do urzędu.`
      : 'Jeśli nie zgadzasz się z tą odpowiedzią, możesz złożyć skargę do urzędu.';
    return { text: `${when} Ustawa nie wyznacza terminu na tę skargę. Po wyczerpaniu tej drogi możesz złożyć wniosek do Rzecznika Praw Obywatelskich.` };
  }
  const facts = LAWS.architektoniczna;
  const url = facts.nextStepUrl;
  const text = answer === 'extension' && dates.newDate
    ? `Jeśli do ${formatDate(dates.newDate)} urząd nie zapewni dostępności, możesz złożyć skargę na brak dostępności do Prezesa Zarządu PFRON w ciągu ${PFRON_COMPLAINT_DAYS} dni od tego dnia, czyli najpóźniej ${formatDate(pfronComplaintLastDay(dates.newDate))}.`
    : `Jeśli nie zgadzasz się z tą odpowiedzią, możesz złożyć skargę na brak dostępności do Prezesa Zarządu PFRON w ciągu ${PFRON_COMPLAINT_DAYS} dni od dnia otrzymania tego pisma (jeśli otrzymasz je ${formatDate(dates.letterDate)}, najpóźniej ${formatDate(pfronComplaintLastDay(dates.letterDate))}).`;
  return url ? { text: `${text} Skargę złożysz także przez internet: ${url}`, url } : { text };
}
