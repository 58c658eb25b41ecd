/**
 * YAML syntax errors in the words of an editor's most likely mistake. The
 * parser reports where it got lost, often the line above the mistake and
 * twice ("unexpected block", "multi-line implicit key") for one field
 * indented by 3 spaces instead of 2. These heuristics find the line an
 * editor has to change and say what is wrong with it, once.
 */
import type { LineCounter, YAMLError } from 'yaml';
import { pluralPl, type PluralForms } from '../calendar/format-pl.ts';

/** One syntax problem: the 1-based line in the text given, and what to do. */
export interface YamlMistake {
  line: number;
  message: string;
}

const HINT = 'Sprawdź wcięcia (spacje, nie tabulatory), dwukropki i cudzysłowy';

const CODES: Record<string, string> = {
  DUPLICATE_KEY: 'to samo pole wpisano dwa razy',
  BAD_INDENT: 'złe wcięcie',
  TAB_AS_INDENT: 'wcięcie tabulatorem zamiast spacji',
  MISSING_CHAR: 'brakuje znaku (np. zamykającego cudzysłowu lub nawiasu)',
  MULTILINE_IMPLICIT_KEY: 'wartość rozciąga się na kilka wierszy bez cudzysłowu',
  BLOCK_AS_IMPLICIT_KEY: 'nieoczekiwany blok (brakujący dwukropek lub myślnik?)',
  UNEXPECTED_TOKEN: 'nieoczekiwany znak',
};

const SPACES: PluralForms = { one: 'spację', few: 'spacje', many: 'spacji', other: 'spacji' };

/** A line that is not indented like the lines of its group: the line, its spaces and the spaces of its neighbours. */
export interface Misindented {
  line: number;
  has: number;
  expected: number;
  listItem: boolean;
}

const quotesIn = (s: string): number => (s.replace(/\\"/g, '').match(/"/g) ?? []).length;
const withoutComment = (s: string): string => s.replace(/\s+#.*$/, '');

/** A column where a group of lines is open; `first` and `lines` only for groups opened by a "key:" line. */
interface OpenGroup {
  column: number;
  dash: boolean;
  first?: number;
  lines?: number;
}

/**
 * The first line whose indentation matches none of the groups it could
 * belong to (YAML nests by spaces; siblings start in the same column).
 * Undefined when every line fits, or when tabs make the count meaningless.
 */
export function misindentedLine(text: string): Misindented | undefined {
  // Columns where a group is open: list dashes, or keys (of a mapping or of a list item).
  const open: OpenGroup[] = [];
  let opensBlock = false;
  let blockScalar: number | undefined;
  let inQuote = false;
  const rows = text.split('\n');
  for (let n = 0; n < rows.length; n++) {
    const raw = rows[n]!.replace(/\r$/, '');
    if (inQuote) {
      if (quotesIn(raw) % 2 === 1) inQuote = false;
      continue;
    }
    if (/^\s*(#|$)/.test(raw)) continue;
    if (/^ *\t/.test(raw)) return undefined;
    const indent = raw.length - raw.trimStart().length;
    if (blockScalar !== undefined) {
      if (indent > blockScalar) continue;
      blockScalar = undefined;
    }
    const body = raw.trimStart();
    const dash = /^-( |$)/.test(body);
    if (opensBlock && indent > (open.at(-1)?.column ?? -1)) open.push({ column: indent, dash, first: n + 1, lines: 0 });
    opensBlock = false;
    const candidates: OpenGroup[] = [];
    while (open.length > 0 && open.at(-1)!.column > indent) candidates.push(open.pop()!);
    if (open.length === 0) open.push({ column: indent, dash });
    const top = open.at(-1)!;
    const group = candidates.at(-1);
    if (top.column !== indent && group?.lines === 1 && group.first !== undefined && group.dash === dash && indent > top.column) {
      // The group's first line is the odd one: "adres:" then "   ulica:" (3) and "  kod:" (2).
      return { line: group.first, has: group.column, expected: indent, listItem: group.dash };
    }
    if (top.column !== indent) {
      // The group the editor meant: the nearest column of the same kind (dashes line up with dashes, keys with keys).
      candidates.push(...open);
      const near = (list: typeof candidates) => [...list].sort((a, b) => Math.abs(a.column - indent) - Math.abs(b.column - indent) || a.column - b.column)[0];
      const meant = near(candidates.filter((c) => c.dash === dash)) ?? near(candidates)!;
      return { line: n + 1, has: indent, expected: meant.column, listItem: dash };
    }
    if (top.lines !== undefined) top.lines++;
    if (top.dash !== dash && dash) top.dash = true;
    // "- key: value": the keys of the item start after the dash.
    let content = body;
    let column = indent;
    while (/^-( |$)/.test(content)) {
      const rest = content.slice(1);
      column += 1 + (rest.length - rest.trimStart().length);
      content = rest.trimStart();
      if (content !== '') open.push({ column, dash: /^-( |$)/.test(content) });
    }
    const value = withoutComment(content);
    if (/:$/.test(value) || value === '') opensBlock = true;
    if (/:\s+[|>][-+]?\d*$/.test(value)) blockScalar = indent;
    if (quotesIn(value) % 2 === 1) inQuote = true;
  }
  return undefined;
}

/** What an editor probably did on one line the parser stopped at, if it can be told. */
function likelyCause(row: string): string | undefined {
  const line = withoutComment(row.replace(/\r$/, '')).trim().replace(/^(- )+/, '');
  const field = /^([a-z_]+):(.*)$/.exec(line);
  if (!field) return undefined;
  const [, key, rest = ''] = field;
  if (rest !== '' && !rest.startsWith(' ')) return `po dwukropku brakuje spacji: wpisz „${key}: ${rest.trim()}”`;
  const value = rest.trim();
  if (value.startsWith('"') && quotesIn(value) > 2) {
    return 'w tekście w cudzysłowie jest prosty cudzysłów ": wewnątrz tekstu pisz polskie cudzysłowy „…” (albo weź cały tekst w apostrofy \'…\')';
  }
  if (value !== '' && !/^["'[{|>]/.test(value) && /:(\s|$)/.test(value)) return `tekst pola ${key} zawiera dwukropek: weź cały tekst w cudzysłów "…"`;
  return undefined;
}

const spaces = (n: number): string => `${n} ${pluralPl(n, SPACES)}`;

/** The editor's view of the parser's errors for `text`: the likely mistake on its real line, once per line. */
export function yamlMistakes(text: string, errors: readonly YAMLError[], lines: LineCounter): YamlMistake[] {
  const rows = text.split('\n');
  // An error at the very end (after the last newline) belongs to the last written line.
  const lineOf = (pos: number): number => {
    let line = lines.linePos(Math.min(pos, text.length)).line;
    while (line > 1 && (rows[line - 1] ?? '').trim() === '') line--;
    return line;
  };
  const first = Math.min(...errors.map((e) => lineOf(e.pos[0])));
  const bad = misindentedLine(text);
  if (bad && bad.line <= first + 1) {
    const neighbours = bad.listItem ? 'pozycje listy obok' : 'pola obok';
    const theirs = bad.expected === 0 ? 'nie mają żadnej' : `mają ${bad.expected}`;
    return [{ line: bad.line, message: `złe wcięcie: ten wiersz ma ${spaces(bad.has)}, ${neighbours} ${theirs}. Ustaw go równo z nimi` }];
  }
  const found: YamlMistake[] = [];
  const said = new Set<string>();
  for (const e of errors) {
    const line = lineOf(e.pos[0]);
    const cause = e.code === 'TAB_AS_INDENT' || e.code === 'DUPLICATE_KEY' ? undefined : likelyCause(rows[line - 1] ?? '');
    const message = cause ?? `błąd zapisu YAML: ${CODES[e.code] ?? `nieprawidłowy zapis (${e.code})`}. ${HINT}`;
    const key = `${line}\u0000${cause ? 'cause' : message}`;
    if (said.has(key)) continue;
    said.add(key);
    found.push({ line, message });
  }
  return found;
}
