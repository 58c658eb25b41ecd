/**
 * The letter of one outcome, composed: the values of every placeholder from
 * the stored request, the coordinator's input and the office, the next step
 * and its deadline from `laws.ts`, filled into the editors' template. Pure.
 */
import { formatCalendarDate } from '../calendar/format-pl.ts';
import { formatPhone } from '../phone/phone-number.ts';
import type { AccessibilityRequest } from './accessibility-request.ts';
import { renderLetter, type LetterKind, type LetterPlaceholder, type LetterTemplates, type RenderedLetter } from './letter-templates.ts';
import { LAWS, letterNextStep, type ClosingAnswer } from './laws.ts';

/** The office's side of a letter. */
export interface LetterSender {
  officeName: string;
  coordinator: { nazwa: string; email: string; telefon: string };
}

/** What the coordinator wrote for this letter. */
export interface LetterInput {
  /** The day the letter is sent (`RRRR-MM-DD`, Warsaw). */
  letterDate: string;
  reasons?: string;
  description?: string;
  /** The new date of an extension. */
  newDate?: string;
}

const ANSWER: Partial<Record<LetterKind, ClosingAnswer>> = { przedluzenie: 'extension', dostep_alternatywny: 'alternative', odmowa: 'refusal' };

/** A composed letter, with the next step it names (for tests and the printable page's link). */
export interface ComposedLetter extends RenderedLetter {
  kind: LetterKind;
  /** `RRRR-MM-DD` of the letter. */
  date: string;
  nextStepUrl?: string;
}

/** The values of every placeholder for `kind`. */
export function letterValues(r: AccessibilityRequest, kind: LetterKind, input: LetterInput, sender: LetterSender): Partial<Record<LetterPlaceholder, string>> {
  const law = LAWS[r.law];
  const values: Partial<Record<LetterPlaceholder, string>> = {
    sygnatura: r.reference,
    data_pisma: formatCalendarDate(input.letterDate),
    data_wniosku: formatCalendarDate(r.clock.received),
    wnioskodawca: r.name,
    rodzaj_wniosku: law.requestName,
    podstawa: law.legalBasis,
    bariera: r.barrier,
    termin_ustawowy: r.lastDayLabel,
    urzad: sender.officeName,
    koordynator: sender.coordinator.nazwa,
    kontakt: `${sender.coordinator.email}, tel. ${formatPhone(sender.coordinator.telefon)}`,
  };
  if (input.newDate) values.termin = formatCalendarDate(input.newDate);
  if (input.reasons) values.powody = input.reasons;
  if (input.description) values.opis = input.description;
  const answer = ANSWER[kind];
  if (answer) {
    const dates: { letterDate: string; newDate?: string } = { letterDate: input.letterDate };
    if (input.newDate) dates.newDate = input.newDate;
    values.dalszy_krok = letterNextStep(r.law, answer, dates, formatCalendarDate).text;
  }
  return values;
}

/** The letter of `kind` for request `r`. */
export function composeLetter(templates: LetterTemplates, r: AccessibilityRequest, kind: LetterKind, input: LetterInput, sender: LetterSender): ComposedLetter {
  const letter: ComposedLetter = { kind, date: input.letterDate, ...renderLetter(templates[kind], letterValues(r, kind, input, sender)) };
  const url = ANSWER[kind] && LAWS[r.law].nextStepUrl;
  if (url) letter.nextStepUrl = url;
  return letter;
}
