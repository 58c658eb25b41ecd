/**
 * The content checker's rules for the accessibility statement
 * (`content/deklaracja.yaml`, template v2.0) that no schema can express:
 * the status agrees with the lists of inaccessible content, a
 * disproportionate burden has its assessment (a11y-ocena), and, for the
 * public site, the building and communication descriptions are no longer
 * sample text and cover what the template expects. Pure.
 */
import type { ContentProblem } from './check-content.ts';
import type { Office, Statement } from './schemas.ts';

/** Turns a field path into a problem with file, line and field. */
export type Locate = (path: readonly PropertyKey[], message: string) => ContentProblem;

/** What the template expects the building description to say, each with words that show it is said. */
export const ARCHITECTURE_TOPICS: readonly { topic: string; pattern: RegExp }[] = [
  { topic: 'wejścia do budynku (skąd, czy są schody)', pattern: /wejści|wejść/i },
  { topic: 'pochylnie, windy lub platformy', pattern: /wind|pochyln|podjazd|platform/i },
  { topic: 'toaleta dla osób z niepełnosprawnościami', pattern: /toalet/i },
  { topic: 'miejsca parkingowe dla osób z niepełnosprawnościami', pattern: /parking|miejsc\w* postojow/i },
  { topic: 'pies asystujący', pattern: /pies asystując|psem asystując/i },
];
/** What the template expects the communication description to say. */
export const COMMUNICATION_TOPICS: readonly { topic: string; pattern: RegExp }[] = [
  { topic: 'pętla indukcyjna (czy jest i gdzie)', pattern: /pętl\w* indukcyjn/i },
  { topic: 'tłumacz języka migowego', pattern: /tłumacz/i },
];

/** Errors and warnings about the statement. */
export function statementProblems(statement: Statement, locate: Locate, options: { production?: boolean; office?: { value: Office; locate: Locate } | undefined }): { errors: ContentProblem[]; warnings: ContentProblem[] } {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const { status } = statement;
  const gaps = statement.niezgodnosci.length + statement.wylaczenia.length + statement.nadmierne_koszty.length;
  if (status === 'zgodna' && gaps > 0) {
    errors.push(locate(['status'], 'status „zgodna”, a listy niezgodnosci, wylaczenia albo nadmierne_koszty nie są puste: zmień status na „częściowo zgodna” albo usuń rozwiązane pozycje'));
  }
  if (status !== 'zgodna' && gaps === 0) {
    errors.push(locate(['status'], `status „${status}” wymaga opisu w niezgodnosci, wylaczenia albo nadmierne_koszty (co jest niedostępne i jak to uzyskać inaczej)`));
  }
  if (statement.nadmierne_koszty.length > 0 && !statement.ocena_nadmiernych_kosztow_url) {
    errors.push(locate(['nadmierne_koszty'], 'powołanie się na nadmierne koszty wymaga oceny (art. 8 ustawy): wpisz ocena_nadmiernych_kosztow_url, adres opublikowanego wyniku tej oceny'));
  }
  if (statement.nadmierne_koszty.length === 0 && statement.ocena_nadmiernych_kosztow_url) {
    errors.push(locate(['ocena_nadmiernych_kosztow_url'], 'ocena nadmiernych kosztów jest wpisana, a lista nadmierne_koszty jest pusta: dopisz treści, których dotyczy ocena, albo usuń ten adres'));
  }
  const office = options.office;
  if (office && /^koordynator/i.test(office.value.koordynator.nazwa)) {
    errors.push(office.locate(['koordynator', 'nazwa'], 'wpisz osobę (imię i nazwisko) albo komórkę Urzędu, nie samą nazwę funkcji „koordynator do spraw dostępności”'));
  }
  if (options.production) {
    if (statement.przykladowe) {
      warnings.push(locate(['przykladowe'], 'opisy dostępności architektonicznej i komunikacyjnej są przykładowe (przykladowe: true): sprawdź je w budynkach Urzędu, uzupełnij i zmień na false przed publikacją'));
    }
    const missing = (paragraphs: readonly string[], topics: readonly { topic: string; pattern: RegExp }[]) => topics.filter((t) => !paragraphs.some((p) => t.pattern.test(p))).map((t) => t.topic);
    const arch = missing(statement.architektura, ARCHITECTURE_TOPICS);
    if (arch.length > 0) warnings.push(locate(['architektura'], `opis dostępności architektonicznej nie mówi o: ${arch.join('; ')}. Wzór deklaracji tego oczekuje: sprawdź na miejscu i dopisz`));
    const comm = missing(statement.komunikacja, COMMUNICATION_TOPICS);
    if (comm.length > 0) warnings.push(locate(['komunikacja'], `opis dostępności komunikacyjno-informacyjnej nie mówi o: ${comm.join('; ')}. Wzór deklaracji tego oczekuje: sprawdź i dopisz`));
    if (office?.value.koordynator.przykladowe) {
      warnings.push(office.locate(['koordynator', 'przykladowe'], 'dane koordynatora do spraw dostępności są przykładowe (przykladowe: true): wpisz prawdziwe i zmień na false przed publikacją'));
    }
  }
  return { errors, warnings };
}
