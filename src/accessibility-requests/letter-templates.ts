/**
 * The letters an accessibility request's outcome sends the person, from the
 * editors' templates in `content/pisma.yaml`: which placeholders (`{sygnatura}`,
 * `{termin}` …) each letter may use and must use, the check that says so in
 * Polish, and the rendering (pure: template and values in, paragraphs out).
 */

/** The letters: the extension notice and the three outcomes (the keys of `content/pisma.yaml`). */
export type LetterKind = 'przedluzenie' | 'zalatwienie' | 'dostep_alternatywny' | 'odmowa';

/** One letter's template as the editors write it. */
export interface LetterTemplate {
  /** The letter's heading (and the e-mail's subject, after the reference). No placeholders. */
  tytul: string;
  /** The body: paragraphs separated by an empty line, with placeholders. */
  tresc: string;
}

/** Every letter's template. */
export type LetterTemplates = Record<LetterKind, LetterTemplate>;

/** The letters, in the order the guide lists them. */
export const LETTER_KINDS: readonly LetterKind[] = ['przedluzenie', 'zalatwienie', 'dostep_alternatywny', 'odmowa'];

/** What each letter is, for messages. */
export const LETTER_NAMES: Readonly<Record<LetterKind, string>> = {
  przedluzenie: 'pismo o przedłużeniu terminu',
  zalatwienie: 'pismo o załatwieniu wniosku',
  dostep_alternatywny: 'pismo o dostępie alternatywnym',
  odmowa: 'pismo o odmowie',
};

/** Every placeholder a letter may use, with what it becomes. */
export const LETTER_PLACEHOLDERS = {
  sygnatura: 'numer wniosku, np. ABC-123',
  data_pisma: 'dzień wysłania pisma, np. 2 grudnia 2026 r.',
  data_wniosku: 'dzień, w którym wniosek wpłynął',
  wnioskodawca: 'imię i nazwisko wnioskodawcy',
  rodzaj_wniosku: 'nazwa wniosku, np. „żądanie zapewnienia dostępności cyfrowej”',
  podstawa: 'przepis, na podstawie którego złożono wniosek',
  bariera: 'opis bariery słowami wnioskodawcy',
  termin_ustawowy: 'termin z ustawy (7 albo 14 dni)',
  termin: 'nowy termin (tylko w piśmie o przedłużeniu)',
  powody: 'powody wpisane przez koordynatora (przedłużenie, odmowa)',
  opis: 'co zrobiono: co udostępniono albo jaki jest dostęp alternatywny i jak z niego skorzystać',
  dalszy_krok: 'co wnioskodawca może zrobić dalej i w jakim terminie (skarga do urzędu i RPO albo do Prezesa Zarządu PFRON)',
  urzad: 'nazwa urzędu',
  koordynator: 'nazwa koordynatora do spraw dostępności',
  kontakt: 'e-mail i telefon koordynatora',
} as const;
export type LetterPlaceholder = keyof typeof LETTER_PLACEHOLDERS;

const COMMON: readonly LetterPlaceholder[] = ['sygnatura', 'data_pisma', 'data_wniosku', 'wnioskodawca', 'rodzaj_wniosku', 'podstawa', 'bariera', 'termin_ustawowy', 'urzad', 'koordynator', 'kontakt'];

/** Placeholders each letter may use (beyond these, a placeholder has no value there). */
export const LETTER_ALLOWED: Readonly<Record<LetterKind, readonly LetterPlaceholder[]>> = {
  przedluzenie: [...COMMON, 'termin', 'powody', 'dalszy_krok'],
  zalatwienie: [...COMMON, 'opis'],
  dostep_alternatywny: [...COMMON, 'opis', 'dalszy_krok'],
  odmowa: [...COMMON, 'powody', 'dalszy_krok'],
};

/** Placeholders each letter must use: the law's content of the answer (reasons, the new date, the next step). */
export const LETTER_REQUIRED: Readonly<Record<LetterKind, readonly LetterPlaceholder[]>> = {
  przedluzenie: ['sygnatura', 'termin', 'powody', 'dalszy_krok'],
  zalatwienie: ['sygnatura', 'opis'],
  dostep_alternatywny: ['sygnatura', 'opis', 'dalszy_krok'],
  odmowa: ['sygnatura', 'powody', 'dalszy_krok'],
};

/** A placeholder as written: one brace, lowercase letters and underscores, one brace. */
const PLACEHOLDER = /\{([^{}\s]*)\}/g;

const isPlaceholder = (name: string): name is LetterPlaceholder => Object.hasOwn(LETTER_PLACEHOLDERS, name);
const list = (names: readonly string[]) => names.map((n) => `{${n}}`).join(', ');

/** A problem in one template: the line within `tresc` (1-based), when it is about one line. */
export interface TemplateProblem {
  field: 'tytul' | 'tresc';
  /** Line within the field's text, counted from 1. */
  line?: number;
  message: string;
}

/** Problems with one letter's placeholders (each would send a wrong letter). */
export function letterTemplateProblems(kind: LetterKind, template: LetterTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const allowed = LETTER_ALLOWED[kind];
  if (/[{}]/.test(template.tytul)) problems.push({ field: 'tytul', message: `w tytule nie wstawiamy danych (bez nawiasów { }): tytuł trafia też do tematu e-maila, a w nim nie może być danych wnioskodawcy` });
  const used = new Set<string>();
  template.tresc.split('\n').forEach((text, i) => {
    const line = i + 1;
    for (const m of text.matchAll(PLACEHOLDER)) {
      const name = m[1] ?? '';
      used.add(name);
      if (!isPlaceholder(name)) problems.push({ field: 'tresc', line, message: `nieznane pole „${m[0]}”. W piśmie można wstawić: ${list(allowed)} (opis: content/README.md, rozdział „Pisma do wnioskodawców”)` });
      else if (!allowed.includes(name)) problems.push({ field: 'tresc', line, message: `pole „${m[0]}” nie pasuje do tego pisma (${LETTER_NAMES[kind]}): w nim nie ma takiej wartości. Można wstawić: ${list(allowed)}` });
    }
    const rest = text.replace(PLACEHOLDER, '');
    if (rest.includes('{') || rest.includes('}')) problems.push({ field: 'tresc', line, message: `niedomknięty nawias: pole zapisz jako nazwa w nawiasach klamrowych, np. {sygnatura}` });
  });
  const missing = LETTER_REQUIRED[kind].filter((n) => !used.has(n));
  if (missing.length > 0) {
    problems.push({ field: 'tresc', message: `w piśmie brakuje ${missing.length === 1 ? 'pola' : 'pól'} ${list(missing)}: ${LETTER_NAMES[kind]} musi ${missing.length === 1 ? 'je' : 'je wszystkie'} zawierać, bo tego wymaga ustawa albo bez tego wnioskodawca nie wie, co dalej` });
  }
  return problems;
}

/** A letter as sent: its heading and paragraphs with every placeholder filled in. */
export interface RenderedLetter {
  title: string;
  paragraphs: string[];
}

/**
 * Fill `template` in with `values` in one pass (a value that itself contains
 * braces stays as typed). A placeholder without a value is left as written;
 * the content check keeps such templates out of the build.
 */
export function renderLetter(template: LetterTemplate, values: Partial<Record<LetterPlaceholder, string>>): RenderedLetter {
  const body = template.tresc.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) && values[name] !== undefined ? values[name] : whole));
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return { title: template.tytul.trim(), paragraphs };
}
