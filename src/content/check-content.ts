/**
 * The content checker: reads the editors' files, validates each with its
 * schema, then checks what no single schema can (references between files,
 * duplicate ids). Every problem names the file, the line, the field, what is
 * wrong and what is expected, in Polish.
 *
 * Pure: it takes file texts and returns problems, so tests feed it broken
 * fixtures; `load-content-files.ts` reads the real folder.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { officeSchema, pageSchema, procedureSchema, statementSchema, topicSchema, unitSchema } from './schemas.ts';
import { contentFiles, FALLBACK_UNIT_ID } from './content-files.ts';
import { routes } from '../site/routes.ts';
import { holidayName, isPublicHoliday, pluralPl, weekdayOf, type PluralForms } from '../calendar/index.ts';
import { TOPIC_OTHER } from '../callback/callback-options.ts';
import { CHECKLIST_LETTERS } from '../mail/procedure-checklist.ts';
import { placeholderProblems } from './check-placeholders.ts';
import { statementProblems } from './check-statement.ts';
import { officePictureProblem, pagePictureProblems, pageTitleProblems } from './check-pages.ts';
import type { PageMeta } from './schemas.ts';

/** One thing an editor has to fix (error) or should look at (warning). */
export interface ContentProblem {
  /** Path of the file relative to the project, e.g. `content/sprawy.yaml`. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Dotted field path, e.g. `godziny.wtorek.0.do`. */
  field?: string;
  /** What is wrong and what is expected, in Polish. */
  message: string;
}

/** The texts of the content files, keyed by project-relative path. */
export type ContentTexts = Record<string, string>;

/** Result of a check: the problems found. */
export interface ContentReport {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  value: unknown;
}

function parseYaml(file: string, text: string, errors: ContentProblem[], lineOffset = 0): ParsedYaml | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = lines.linePos(e.pos[0]).line + lineOffset;
      errors.push({ file, line, message: `błąd zapisu YAML: ${yamlErrorPl(e.code)}. Sprawdź wcięcia (spacje, nie tabulatory), dwukropki i cudzysłowy` });
    }
    return undefined;
  }
  return { doc, lines, value: doc.toJS() };
}

function yamlErrorPl(code: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'to samo pole wpisano dwa razy',
    BAD_INDENT: 'złe wcięcie',
    TAB_AS_INDENT: 'wcięcie tabulatorem zamiast spacji',
    MISSING_CHAR: 'brakuje znaku (np. zamykającego cudzysłowu lub nawiasu)',
    MULTILINE_IMPLICIT_KEY: 'wartość rozciąga się na kilka wierszy bez cudzysłowu',
    BLOCK_AS_IMPLICIT_KEY: 'nieoczekiwany blok (brakujący dwukropek lub myślnik?)',
    UNEXPECTED_TOKEN: 'nieoczekiwany znak',
  };
  return known[code] ?? `nieprawidłowy zapis (${code})`;
}

/** The line of the deepest existing node on `path` (falls back to its parents). */
function lineOf(parsed: ParsedYaml, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = parsed.doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) return parsed.lines.linePos(start).line;
  }
  return undefined;
}

function fieldOf(path: readonly PropertyKey[]): string | undefined {
  return path.length > 0 ? path.map(String).join('.') : undefined;
}

function zodProblems(file: string, parsed: ParsedYaml, error: z.ZodError, prefix: readonly PropertyKey[] = []): ContentProblem[] {
  return error.issues.map((issue) => {
    // An unknown key is reported on its object; point at the key itself.
    const path = [...prefix, ...issue.path, ...(issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [issue.keys[0]] : [])];
    const problem: ContentProblem = { file, message: issueMessage(issue) };
    const line = lineOf(parsed, path);
    const field = fieldOf(path);
    if (line !== undefined) problem.line = line;
    if (field !== undefined) problem.field = field;
    return problem;
  });
}

/** Zod's own Polish message for an issue, to tell it from the messages our schemas set. */
const zodDefault = z.locales.pl().localeError;

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `nieznane pole: ${issue.keys.join(', ')}. Sprawdź pisownię (pola piszemy małymi literami bez polskich znaków)`;
  }
  const ownMessage = issue.message !== defaultMessage(issue);
  if (issue.code === 'invalid_type' && ownMessage && issue.input === undefined) return `brakuje tego pola: ${issue.message}`;
  if (issue.code === 'invalid_type' && !ownMessage) {
    return issue.input === undefined
      ? `brakuje tego pola (oczekiwano: ${expectedPl(issue.expected)})`
      : `zła wartość: wpisz tu ${expectedAccusative(issue.expected)}`;
  }
  if (issue.code === 'too_small' && !ownMessage && issue.origin === 'string') return `za krótki tekst: wpisz co najmniej ${charCount(Number(issue.minimum))}`;
  if (issue.code === 'too_big' && !ownMessage && issue.origin === 'string') return `za długi tekst: najwyżej ${charCount(Number(issue.maximum))}`;
  if (issue.code === 'too_small' && !ownMessage && issue.origin === 'array') return `lista jest pusta: wpisz co najmniej ${Number(issue.minimum)} pozycję`;
  return issue.message;
}

function defaultMessage(issue: z.core.$ZodIssue): string | undefined {
  const made = zodDefault(issue as unknown as Parameters<typeof zodDefault>[0]);
  return typeof made === 'string' ? made : made?.message;
}

const CHARACTERS: PluralForms = { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' };
const charCount = (n: number): string => `${n} ${pluralPl(n, CHARACTERS)}`;

function expectedAccusative(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst (w cudzysłowie, jeśli zawiera dwukropek albo same cyfry)',
    number: 'liczbę, bez cudzysłowu',
    boolean: 'true albo false',
    array: 'listę (pozycje zaczynają się od „- ”)',
    object: 'grupę pól (wcięte wiersze „klucz: wartość”)',
  };
  return names[expected] ?? expected;
}

function expectedPl(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'liczba',
    boolean: 'true albo false',
    array: 'lista',
    object: 'grupa pól',
  };
  return names[expected] ?? expected;
}

function validateYaml<T>(file: string, texts: ContentTexts, schema: z.ZodType<T>, report: ContentReport): { value: T; parsed: ParsedYaml } | undefined {
  const text = texts[file];
  if (text === undefined) {
    report.errors.push({ file, message: 'brakuje tego pliku' });
    return undefined;
  }
  const parsed = parseYaml(file, text, report.errors);
  if (!parsed) return undefined;
  const result = schema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) {
    report.errors.push(...zodProblems(file, parsed, result.error));
    return undefined;
  }
  return { value: result.data, parsed };
}

/** Validate a list file entry by entry, so one bad entry does not hide the others. */
function validateList<T extends { id: string }>(file: string, texts: ContentTexts, schema: z.ZodType<T>, report: ContentReport, what: string): { items: T[]; ids: Set<string>; parsed: ParsedYaml } | undefined {
  const text = texts[file];
  if (text === undefined) {
    report.errors.push({ file, message: 'brakuje tego pliku' });
    return undefined;
  }
  const parsed = parseYaml(file, text, report.errors);
  if (!parsed) return undefined;
  if (!Array.isArray(parsed.value)) {
    report.errors.push({ file, line: 1, message: `plik ma zawierać listę (${what}), każda pozycja zaczyna się od „- id: …”` });
    return undefined;
  }
  const items: T[] = [];
  const seen = new Map<string, number>();
  // Ids of every entry, valid or not: an entry with another mistake still exists for references.
  const ids = new Set(parsed.value.map((raw) => (raw as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
  parsed.value.forEach((raw, index) => {
    const result = schema.safeParse(raw, { reportInput: true });
    if (!result.success) {
      report.errors.push(...zodProblems(file, parsed, result.error, [index]));
      return;
    }
    const first = seen.get(result.data.id);
    if (first !== undefined) {
      const problem: ContentProblem = { file, field: `${index}.id`, message: `identyfikator „${result.data.id}” jest już użyty (pozycja ${first + 1}); każdy identyfikator musi być inny` };
      const line = lineOf(parsed, [index, 'id']);
      if (line !== undefined) problem.line = line;
      report.errors.push(problem);
      return;
    }
    seen.set(result.data.id, index);
    items.push(result.data);
  });
  return { items, ids, parsed };
}

function frontMatter(file: string, text: string, report: ContentReport): { aktualizacja: string; meta: PageMeta; lines: number; parsed: ParsedYaml } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match || match[1] === undefined) {
    report.errors.push({ file, line: 1, message: 'brakuje nagłówka strony: plik ma zaczynać się od linii „---”, potem pola tytul, opis, aktualizacja, i znów „---”' });
    return undefined;
  }
  const parsed = parseYaml(file, match[1], report.errors, 1);
  if (!parsed) return undefined;
  const result = pageSchema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) {
    // Front matter starts on line 2 of the file.
    report.errors.push(...zodProblems(file, parsed, result.error).map((p) => shift(p, 1)));
    return undefined;
  }
  return { aktualizacja: result.data.aktualizacja, meta: result.data, lines: match[0].trimEnd().split('\n').length, parsed };
}

/** What the checker needs to know besides the texts. */
export interface CheckOptions {
  /** Today in Warsaw, `RRRR-MM-DD`: no content date may be later. */
  today: string;
  /** Building for the public site: sample data and example addresses are warned about. */
  production?: boolean;
  /** Date (`RRRR-MM-DD`) each file last changed, from git; files not listed are not compared. */
  changedOn?: Record<string, string>;
  /** Every file under `content/` (project-relative paths), to check that pictures exist; not checked when left out. */
  files?: readonly string[];
}

/** Check every content file; an empty `errors` list means the site may be built. */
export function checkContent(texts: ContentTexts, options: CheckOptions): ContentReport {
  const report: ContentReport = { errors: [], warnings: [] };
  const office = validateYaml(contentFiles.office, texts, officeSchema, report);
  const procedure = validateYaml(contentFiles.procedure, texts, procedureSchema, report);
  const statement = validateYaml(contentFiles.statement, texts, statementSchema, report);
  const units = validateList(contentFiles.units, texts, unitSchema, report, 'jednostki urzędu');
  const topics = validateList(contentFiles.topics, texts, topicSchema, report, 'sprawy');

  if (units) {
    const ids = units.ids;
    if (!ids.has(FALLBACK_UNIT_ID)) {
      report.errors.push({ file: contentFiles.units, message: `brakuje jednostki „${FALLBACK_UNIT_ID}” (Punkt Obsługi Mieszkańców): do niej trafiają sprawy, których nie da się przypisać` });
    }
    if (topics) {
      topics.items.forEach((topic) => {
        if (ids.has(topic.jednostka)) return;
        const index = (topics.parsed.value as { id?: unknown }[]).findIndex((t) => t.id === topic.id);
        report.errors.push(at(topics.parsed, contentFiles.topics, [index, 'jednostka'], `sprawa „${topic.id}” wskazuje jednostkę „${topic.jednostka}”, której nie ma w ${contentFiles.units}. Dostępne: ${[...ids].join(', ')}`));
      });
      const used = new Set(topics.items.map((t) => t.jednostka));
      units.items.forEach((unit, index) => {
        if (unit.id !== FALLBACK_UNIT_ID && !used.has(unit.id)) {
          report.warnings.push(at(units.parsed, contentFiles.units, [index, 'id'], `żadna sprawa w ${contentFiles.topics} nie wskazuje jednostki „${unit.id}”: formularz nie skieruje do niej żadnej prośby`));
        }
      });
    }
  }

  if (topics) {
    topics.items.forEach((topic, index) => {
      if (topic.id === TOPIC_OTHER) report.errors.push(at(topics.parsed, contentFiles.topics, [index, 'id'], `identyfikator „${TOPIC_OTHER}” jest zajęty przez wbudowaną odpowiedź „Inna sprawa albo nie wiem”: wybierz inny`));
    });
  }
  if (office) {
    office.value.dni_wolne.forEach((day, index) => {
      const why = isPublicHoliday(day.data) ? `to święto ustawowe (${holidayName(day.data)})` : ['sobota', 'niedziela'].includes(weekdayOf(day.data)) ? 'to sobota albo niedziela' : undefined;
      if (why) report.warnings.push(at(office.parsed, contentFiles.office, ['dni_wolne', index, 'data'], `dzień ${day.data} i tak jest wolny (${why}): wpis nic nie zmienia`));
    });
  }
  if (procedure) {
    const letters = new Set(procedure.value.paragrafy.find((p) => p.numer === 4)?.ustepy.find((u) => u.numer === 1)?.litery?.map((l) => l.litera) ?? []);
    const lost = CHECKLIST_LETTERS.filter((l) => !letters.has(l));
    if (lost.length > 0) report.errors.push({ file: contentFiles.procedure, message: `e-maile do pracowników cytują § 4 ust. 1 lit. ${CHECKLIST_LETTERS.join(', ')}; brakuje lit. ${lost.join(', ')}. Nie usuwaj tych standardów ani nie zmieniaj ich liter (poproś zespół techniczny o zmianę listy)` });
  }
  if (statement) {
    const officeAt = office && { value: office.value, locate: (path: readonly PropertyKey[], message: string) => at(office.parsed, contentFiles.office, path, message) };
    const found = statementProblems(statement.value, (path, message) => at(statement.parsed, contentFiles.statement, path, message), { production: options.production ?? false, office: officeAt });
    report.errors.push(...found.errors);
    report.warnings.push(...found.warnings);
  }
  // Office facts (`{{telefon}}`…) in the statement's texts; their own module has the rule.
  const statementText = texts[contentFiles.statement];
  if (statementText !== undefined) report.errors.push(...placeholderProblems(contentFiles.statement, statementText, { yamlComments: true, ...(office ? { office: office.value } : {}) }));
  const files = options.files && new Set(options.files);
  if (office && files) {
    const missing = officePictureProblem(office.value, files, (path, message) => at(office.parsed, contentFiles.office, path, message));
    if (missing) report.errors.push(missing);
  }

  const pages: { file: string; aktualizacja: string; meta: PageMeta; lines: number; parsed: ParsedYaml; text: string }[] = [];
  for (const [file, text] of Object.entries(texts)) {
    if (!file.startsWith(`${contentFiles.pagesDir}/`) || !file.endsWith('.md')) continue;
    const page = frontMatter(file, text, report);
    if (page) pages.push({ file, text, ...page });
  }
  for (const page of pages) {
    report.errors.push(...placeholderProblems(page.file, page.text, { frontMatterLines: page.lines, ...(office ? { office: office.value } : {}) }));
    report.errors.push(...pageTitleProblems(page.file, page.meta, office?.value, (path, message) => shift(at(page.parsed, page.file, path, message), 1)));
    if (files) report.errors.push(...pagePictureProblems(page.file, page.text, files));
  }
  for (const page of contentFiles.requiredPages) {
    if (texts[`${contentFiles.pagesDir}/${page}.md`] === undefined) {
      report.errors.push({ file: `${contentFiles.pagesDir}/${page}.md`, message: 'brakuje tej strony' });
    }
  }

  // Dates: none in the future; a file's "updated" date not older than its last change.
  const dated: { file: string; parsed: ParsedYaml; fields: [string, string | undefined][]; lineOffset?: number }[] = [];
  if (procedure) dated.push({ file: contentFiles.procedure, parsed: procedure.parsed, fields: [['aktualizacja', procedure.value.aktualizacja]] });
  if (statement) {
    const v = statement.value;
    dated.push({ file: contentFiles.statement, parsed: statement.parsed, fields: [['data_publikacji', v.data_publikacji], ['data_aktualizacji', v.data_aktualizacji], ['data_sporzadzenia', v.data_sporzadzenia], ['data_przegladu', v.data_przegladu]] });
  }
  for (const p of pages) dated.push({ file: p.file, parsed: p.parsed, fields: [['aktualizacja', p.aktualizacja]], lineOffset: 1 });
  for (const d of dated) {
    for (const [field, value] of d.fields) {
      if (value !== undefined && value > options.today) report.errors.push(shift(at(d.parsed, d.file, [field], `data ${value} jest w przyszłości; wpisz datę, która już nastąpiła (dziś jest ${options.today})`), d.lineOffset));
    }
    const changed = options.changedOn?.[d.file];
    const newest = d.fields.map(([, v]) => v).filter((v): v is string => v !== undefined).sort().at(-1);
    if (changed && newest && newest < changed) {
      const field = d.fields.find(([, v]) => v === newest)?.[0] ?? d.fields[0]![0];
      const name = d.file === contentFiles.statement ? 'data_aktualizacji albo data_przegladu' : 'aktualizacja';
      report.errors.push(shift(at(d.parsed, d.file, [field], `plik zmieniono ${changed}, a najnowsza data w nim to ${newest}: ustaw ${name} na dzień tej zmiany, żeby strona podawała prawdziwą datę aktualizacji`), d.lineOffset));
    }
  }

  if (statement) {
    const review = statement.value.data_przegladu ?? statement.value.data_sporzadzenia;
    const deadline = lastReviewDeadline(options.today);
    if (review < deadline) {
      report.warnings.push(at(statement.parsed, contentFiles.statement, [statement.value.data_przegladu ? 'data_przegladu' : 'data_sporzadzenia'], `deklaracji dostępności nie przeglądano od ${deadline} (przegląd trzeba robić co roku do 31 marca): przejrzyj ją i wpisz datę przeglądu w data_przegladu`));
    }
  }

  if (options.production) warnSampleData(texts, report, units?.items ?? []);
  checkInternalLinks(pages, report);
  return report;
}

/** The most recent 31 March on or before `today`. */
export function lastReviewDeadline(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-03-31`;
  return today >= thisYear ? thisYear : `${year - 1}-03-31`;
}

const EXAMPLE_DOMAIN = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?:example|invalid|test)\b|[\w.+-]+@example\.(?:com|org|net)\b/g;

function warnSampleData(texts: ContentTexts, report: ContentReport, units: readonly { id: string; przykladowe: boolean }[]): void {
  for (const unit of units) {
    if (unit.przykladowe) report.warnings.push({ file: contentFiles.units, message: `jednostka „${unit.id}” ma dane przykładowe (przykladowe: true): sprawdź je i zmień na false przed publikacją` });
  }
  for (const [file, text] of Object.entries(texts)) {
    text.split('\n').forEach((line, i) => {
      if (line.trimStart().startsWith('#')) return;
      for (const m of line.matchAll(EXAMPLE_DOMAIN)) {
        report.warnings.push({ file, line: i + 1, message: `adres ${m[0]} jest przykładowy (domena zarezerwowana, poczta tam nie dochodzi): wpisz prawdziwy adres` });
      }
    });
  }
}

/** Links in Markdown pages that point inside the site must name an existing page. */
function checkInternalLinks(pages: { file: string; text: string }[], report: ContentReport): void {
  const known = new Set(Object.values(routes).map((r) => r.path.replace(/\/$/, '')));
  for (const page of pages) {
    page.text.split('\n').forEach((line, i) => {
      // Pictures (`![opis](plik)`) are checked by page-pictures.ts, not as links.
      for (const m of line.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)\)/g)) {
        if (m[1] === '!') continue;
        const target = m[2] ?? '';
        if (/^(https?:|mailto:|tel:)/.test(target) || target.startsWith('#')) continue;
        const path = target.replace(/^\.?\//, '').replace(/[#?].*$/, '').replace(/\/$/, '');
        if (!known.has(path)) {
          report.errors.push({ file: page.file, line: i + 1, message: `link „${target}” nie prowadzi do żadnej strony tego serwisu. Istniejące strony: ${[...known].filter(Boolean).map((k) => `${k}/`).join(', ')}` });
        }
      }
    });
  }
}

function at(parsed: ParsedYaml, file: string, path: readonly PropertyKey[], message: string): ContentProblem {
  const problem: ContentProblem = { file, message };
  const line = lineOf(parsed, path);
  const field = fieldOf(path);
  if (line !== undefined) problem.line = line;
  if (field !== undefined) problem.field = field;
  return problem;
}

function shift(p: ContentProblem, lines = 0): ContentProblem {
  return p.line === undefined || lines === 0 ? p : { ...p, line: p.line + lines };
}

/** One problem as one line an editor can act on. */
export function formatProblem(p: ContentProblem): string {
  const where = [p.file, p.line !== undefined ? `wiersz ${p.line}` : undefined, p.field !== undefined ? `pole „${p.field}”` : undefined].filter(Boolean).join(', ');
  return `${where}: ${p.message}`;
}

