/**
 * The content checker: reads the editors' files, validates each with its
 * schema, then checks what no single schema can (references between files,
 * duplicate ids). Every problem names the file, the line, the field, what is
 * wrong and what is expected, in Polish.
 *
 * Pure: it takes file texts and returns problems, so tests feed it broken
 * fixtures; `read-content-files.ts` reads the real folder. Rules that tie
 * content to code come in `CheckOptions.rules` from their owners (see
 * `src/site/content-check.ts`).
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { letterTemplatesSchema, officeSchema, pageSchema, procedureSchema, statementSchema, topicSchema, unitSchema, type PageMeta } from './schemas.ts';
import { contentFiles, COORDINATOR_UNIT_ID, FALLBACK_UNIT_ID } from './content-files.ts';
import type { CheckedContent, ContentProblem, ContentReport, ContentRule } from './content-rule.ts';
import { yamlMistakes } from './yaml-mistakes.ts';
import { holidayName, isPublicHoliday } from '../calendar/polish-holidays.ts';
import { pluralPl, type PluralForms } from '../calendar/format-pl.ts';
import { weekdayOf } from '../calendar/iso-date.ts';
import { weekdayKeys } from '../calendar/week-hours.ts';
import { placeholderProblems } from './check-placeholders.ts';
import { statementProblems } from './check-statement.ts';
import { officePictureProblem, pagePictureProblems, pageTitleProblems } from './check-pages.ts';

export type { ContentProblem, ContentReport, ContentRule } from './content-rule.ts';

/** The texts of the content files, keyed by project-relative path. */
export type ContentTexts = Record<string, string>;

interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  value: unknown;
}

function parseYaml(file: string, text: string, errors: ContentProblem[], lineOffset = 0): ParsedYaml | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const m of yamlMistakes(text, doc.errors, lines)) errors.push({ file, line: m.line + lineOffset, message: m.message });
    return undefined;
  }
  return { doc, lines, value: doc.toJS() };
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

/** What one entry of a list is called, by the list's key (or by the file for the top-level lists). */
const ENTRY_NOUN: Record<string, string> = {
  [contentFiles.units]: 'jednostka',
  [contentFiles.topics]: 'sprawa',
  dni_wolne: 'dzień',
  niezgodnosci: 'pozycja',
  wylaczenia: 'pozycja',
  nadmierne_koszty: 'pozycja',
  architektura: 'akapit',
  komunikacja: 'akapit',
  transkrypcja: 'akapit',
};
const WEEKDAYS: ReadonlySet<string> = new Set(weekdayKeys);

/**
 * The place of a field in an editor's words, counted from 1 and named by
 * what they are: "jednostka nr 7 (wydzial-oswiaty), pole email",
 * "godziny, wtorek, przedział nr 1, pole do", "§ 4 ust. 1 lit. l, pole tekst".
 */
export function placeOf(file: string, path: readonly PropertyKey[], value: unknown): string | undefined {
  if (path.length === 0) return undefined;
  const parts: string[] = [];
  let node: unknown = value;
  let parent: string = file;
  const child = (n: unknown, key: PropertyKey): unknown => (n !== null && typeof n === 'object' ? (n as Record<PropertyKey, unknown>)[key] : undefined);
  let procedurePart = '';
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const last = i === path.length - 1;
    node = child(node, key);
    if (typeof key === 'number') {
      const numer = child(node, 'numer');
      const litera = child(node, 'litera');
      if (parent === 'paragrafy') procedurePart = `§ ${typeof numer === 'number' ? numer : key + 1}`;
      else if (parent === 'ustepy') procedurePart += ` ust. ${typeof numer === 'number' ? numer : key + 1}`;
      else if (parent === 'litery') procedurePart += typeof litera === 'string' && /^[a-z]$/.test(litera) ? ` lit. ${litera}` : `, litera nr ${key + 1}`;
      else if (parent === 'email') continue;
      else {
        const id = child(node, 'id');
        const noun = ENTRY_NOUN[parent] ?? (WEEKDAYS.has(parent) ? 'przedział' : 'pozycja');
        parts.push(`${noun} nr ${key + 1}${typeof id === 'string' ? ` (${id})` : ''}`);
      }
      if (last && procedurePart) parts.push(procedurePart);
    } else {
      const name = String(key);
      if (['paragrafy', 'ustepy', 'litery'].includes(name) && !last && typeof path[i + 1] === 'number') {
        parent = name;
        continue;
      }
      if (procedurePart) {
        parts.push(procedurePart);
        procedurePart = '';
      }
      // A list of addresses is one field for an editor: "pole email", whichever address is wrong.
      const addressList = name === 'email' && typeof path[i + 1] === 'number';
      parts.push(last || addressList ? `pole ${name}` : name);
      parent = name;
    }
  }
  return parts.join(', ');
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
    const where = placeOf(file, path, parsed.value);
    if (line !== undefined) problem.line = line;
    if (field !== undefined) problem.field = field;
    if (where !== undefined) problem.where = where;
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
  if (issue.code === 'invalid_type' && !ownMessage && issue.expected === 'array' && issue.input !== undefined) {
    return `${issue.input === null ? 'pole jest puste' : 'zła wartość'}: wpisz listę (każda pozycja w nowym wierszu od „- ”) albo [] gdy lista jest pusta`;
  }
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
  if (text.startsWith('\uFEFF')) {
    report.errors.push({ file, line: 1, message: 'plik zaczyna się niewidocznym znakiem BOM (tak zapisuje np. stary Notatnik): zapisz go w kodowaniu „UTF-8” bez BOM' });
    return undefined;
  }
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
  /** Why the change dates are unknown (no git history): said once as a warning instead of skipping the rule silently. */
  changeDatesUnavailable?: string;
  /** The start of each file under `public/`, keyed by path below it, for rules about files pages use. */
  publicFiles?: ReadonlyMap<string, string>;
  /** Rules across files, from the modules that own what they protect. */
  rules?: readonly ContentRule[];
}

/** Check every content file; an empty `errors` list means the site may be built. */
export function checkContent(texts: ContentTexts, options: CheckOptions): ContentReport {
  const report: ContentReport = { errors: [], warnings: [] };
  const office = validateYaml(contentFiles.office, texts, officeSchema, report);
  const procedure = validateYaml(contentFiles.procedure, texts, procedureSchema, report);
  const statement = validateYaml(contentFiles.statement, texts, statementSchema, report);
  const units = validateList(contentFiles.units, texts, unitSchema, report, 'jednostki urzędu');
  const topics = validateList(contentFiles.topics, texts, topicSchema, report, 'sprawy');
  const letters = validateYaml(contentFiles.letters, texts, letterTemplatesSchema, report);

  if (units) {
    const ids = units.ids;
    units.items.forEach((unit, i) => {
      if (unit.id === COORDINATOR_UNIT_ID) {
        report.errors.push(at(units.parsed, contentFiles.units, [i, 'id'], `identyfikator „${COORDINATOR_UNIT_ID}” jest zarezerwowany dla wniosków o dostępność (trafiają do koordynatora z pliku ${contentFiles.office}): wybierz dla jednostki inny`));
      }
    });
    if (!ids.has(FALLBACK_UNIT_ID)) {
      report.errors.push({ file: contentFiles.units, message: `brakuje jednostki „${FALLBACK_UNIT_ID}” (Punkt Obsługi Mieszkańców): do niej trafiają sprawy, których nie da się przypisać` });
    }
    if (topics) {
      topics.items.forEach((topic) => {
        if (ids.has(topic.jednostka)) return;
        const index = (topics.parsed.value as { id?: unknown }[]).findIndex((t) => t.id === topic.id);
        report.errors.push(at(topics.parsed, contentFiles.topics, [index, 'jednostka'], `jednostki „${topic.jednostka}” nie ma w ${contentFiles.units}.${suggestion(topic.jednostka, ids)} Dostępne: ${[...ids].join(", ")}`));
      });
      const used = new Set(topics.items.map((t) => t.jednostka));
      units.items.forEach((unit, index) => {
        if (unit.id !== FALLBACK_UNIT_ID && !used.has(unit.id)) {
          report.warnings.push(at(units.parsed, contentFiles.units, [index, 'id'], `żadna sprawa w ${contentFiles.topics} nie wskazuje jednostki „${unit.id}”: formularz nie skieruje do niej żadnej prośby`));
        }
      });
    }
  }

  if (office) {
    office.value.dni_wolne.forEach((day, index) => {
      const weekday = weekdayOf(day.data);
      const why = isPublicHoliday(day.data) ? `to święto ustawowe: ${holidayName(day.data)}` : weekday === 'sobota' ? 'to sobota' : weekday === 'niedziela' ? 'to niedziela' : undefined;
      if (why) report.warnings.push(at(office.parsed, contentFiles.office, ['dni_wolne', index, 'data'], `dzień ${day.data} i tak jest wolny, bo ${why}. Ten wpis nic nie zmienia: usuń go albo popraw datę`));
    });
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
  if (options.changeDatesUnavailable) report.warnings.push({ file: 'content/', message: options.changeDatesUnavailable });
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
    // Each year's review is due by 31 March of that year: once it has passed, a review from 1 January on counts.
    const deadline = lastReviewDeadline(options.today);
    const year = deadline.slice(0, 4);
    if (review < `${year}-01-01`) {
      report.warnings.push(at(statement.parsed, contentFiles.statement, [statement.value.data_przegladu ? 'data_przegladu' : 'data_sporzadzenia'], `deklaracji dostępności nie przejrzano w ${year} roku, a termin minął ${deadline} (przegląd trzeba robić co roku do 31 marca): przejrzyj ją i wpisz datę przeglądu w data_przegladu`));
    }
  }

  if (procedure) {
    const act = procedure.value.zarzadzenie;
    if (act.data > options.today) report.errors.push(at(procedure.parsed, contentFiles.procedure, ['zarzadzenie', 'data'], `data ${act.data} jest w przyszłości; wpisz datę zarządzenia z jego tytułu (dziś jest ${options.today})`));
    if (act.data > procedure.value.aktualizacja) report.errors.push(at(procedure.parsed, contentFiles.procedure, ['aktualizacja'], `data aktualizacji (${procedure.value.aktualizacja}) jest wcześniejsza niż data zarządzenia (${act.data}): po przepisaniu tekstu z nowego zarządzenia ustaw aktualizacja na dzień tej zmiany`));
    if (options.production && act.przykladowe) report.warnings.push(at(procedure.parsed, contentFiles.procedure, ['zarzadzenie', 'numer'], 'numer i data zarządzenia są przykładowe (przykladowe: true): wpisz je z dokumentu Urzędu i zmień na false przed publikacją'));
  }
  if (options.production) warnSampleData(texts, report, units?.items ?? []);

  const parsedByFile = new Map<string, { parsed: ParsedYaml; lineOffset: number }>();
  for (const [file, found] of [[contentFiles.topics, topics], [contentFiles.units, units], [contentFiles.office, office], [contentFiles.procedure, procedure], [contentFiles.statement, statement], [contentFiles.letters, letters]] as const) {
    if (found) parsedByFile.set(file, { parsed: found.parsed, lineOffset: 0 });
  }
  for (const page of pages) parsedByFile.set(page.file, { parsed: page.parsed, lineOffset: 1 });
  const checked: CheckedContent = {
    pages: pages.map(({ file, text, meta }) => ({ file, text, meta })),
    at: (file, path, message) => {
      const found = parsedByFile.get(file);
      return found ? shift(at(found.parsed, file, path, message), found.lineOffset) : { file, message };
    },
  };
  if (procedure) checked.procedure = procedure.value;
  if (topics) checked.topics = topics.items;
  if (letters) checked.letters = letters.value;
  if (options.publicFiles) checked.publicFiles = options.publicFiles;
  for (const rule of options.rules ?? []) {
    const found = rule(checked);
    report.errors.push(...(found.errors ?? []));
    report.warnings.push(...(found.warnings ?? []));
  }
  return report;
}

/** Edits (insert, delete, change one character) from `a` to `b`. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** " Czy chodziło o „x”?" for the nearest existing id, when one is near enough to be a typo. */
function suggestion(typed: string, ids: Iterable<string>): string {
  const ranked = [...ids].map((id) => ({ id, d: editDistance(typed, id) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  const near = best && (best.d <= Math.max(2, Math.floor(typed.length / 3)) || best.id.includes(typed) || typed.includes(best.id));
  return near ? ` Czy chodziło o „${best.id}”?` : '';
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

function at(parsed: ParsedYaml, file: string, path: readonly PropertyKey[], message: string): ContentProblem {
  const problem: ContentProblem = { file, message };
  const line = lineOf(parsed, path);
  const field = fieldOf(path);
  const where = placeOf(file, path, parsed.value);
  if (line !== undefined) problem.line = line;
  if (field !== undefined) problem.field = field;
  if (where !== undefined) problem.where = where;
  return problem;
}

function shift(p: ContentProblem, lines = 0): ContentProblem {
  return p.line === undefined || lines === 0 ? p : { ...p, line: p.line + lines };
}

/** One problem as one line an editor can act on. */
export function formatProblem(p: ContentProblem): string {
  const place = p.where ?? (p.field !== undefined ? `pole „${p.field}”` : undefined);
  const where = [p.file, p.line !== undefined ? `wiersz ${p.line}` : undefined, place].filter(Boolean).join(', ');
  return `${where}: ${p.message}`;
}

/**
 * The whole report as an editor reads it (`npm run check:content`, the build):
 * warnings, then errors, then one closing line.
 */
export function formatReport(report: ContentReport): string[] {
  const lines = [...report.warnings.map((w) => `UWAGA  ${formatProblem(w)}`), ...report.errors.map((e) => `BŁĄD   ${formatProblem(e)}`)];
  if (report.errors.length > 0) lines.push('', `Treści mają błędy: ${report.errors.length}. Strona nie zostanie zbudowana, dopóki ich nie poprawisz.`);
  else lines.push(`Treści są poprawne${report.warnings.length ? ` (uwag: ${report.warnings.length})` : ''}.`);
  return lines;
}
