/**
 * What a person is told about each accessibility request, in one place: the
 * law's name, what the office must do and by when, and the next step when
 * the office refuses or misses its deadline (pure data).
 */
import { DAYS_TO_ACT, PFRON_COMPLAINT_DAYS, type AccessibilityLaw } from './legal-deadlines.ts';

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
