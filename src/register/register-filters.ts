/**
 * The register's filters as the GET form sends them: period (od, do), kind,
 * unit, state, deadline, sort, direction and page. Parsing is the server's
 * truth: every bad value gets a Polish message naming the field (all at
 * once), and the form shows the values as sent. Pure.
 */
import { addDays, daysBetween, isoDateOf, parseIsoDate, type IsoDate } from '../calendar/iso-date.ts';
import { registerStates, requestKindIds, requestKinds, type RequestKind } from './request-outcome.ts';

/** Field names in the order the form shows them (the error summary follows it). */
export const FILTER_FIELDS = ['od', 'do', 'rodzaj', 'jednostka', 'stan', 'termin', 'sort', 'kierunek', 'strona'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** Choices of the "stan" filter besides the single states. */
export const stateGroups = { otwarte: 'otwarte (wszystkie stany przed zakończeniem)', zamkniete: 'zakończone' } as const;

/** Choices of the "termin" filter. */
export const deadlineFilters = {
  'po-terminie-teraz': 'otwarte po terminie (teraz)',
  spoznione: 'urząd nie zdążył w terminie',
  'w-terminie': 'urząd zdążył w terminie',
} as const;
export type DeadlineFilter = keyof typeof deadlineFilters;

/** Columns the register sorts by. */
export const sortColumns = { wplyw: 'data wpływu', termin: 'termin', jednostka: 'jednostka', stan: 'stan' } as const;
export type SortColumn = keyof typeof sortColumns;
export const sortDirections = { malejaco: 'malejąco (najnowsze, ostatnie najpierw)', rosnaco: 'rosnąco' } as const;
export type SortDirection = keyof typeof sortDirections;

/** Valid filters. */
export interface RegisterFilters {
  from: IsoDate;
  to: IsoDate;
  kind?: RequestKind;
  unitId?: string;
  /** A state id, or one of {@link stateGroups}. */
  state?: string;
  deadline?: DeadlineFilter;
  sort: SortColumn;
  direction: SortDirection;
  page: number;
}

/** One problem with a field. */
export interface FilterError {
  field: FilterField;
  message: string;
}

/** The outcome of parsing: the filters, or every problem; `values` are the raw values for the form either way. */
export type FilterParse =
  | { ok: true; filters: RegisterFilters; values: Record<FilterField, string> }
  | { ok: false; errors: FilterError[]; values: Record<FilterField, string> };

/** What the parser checks against. */
export interface FilterContext {
  /** Today in Warsaw. */
  today: IsoDate;
  /** Units a request can belong to (id and name). */
  units: readonly { id: string; name: string }[];
  /** Longest period, in days (the figures cap it; the register does not need to). */
  maxDays?: number;
}

/** The earliest date a period may start on: the year both accessibility acts came into force. */
export const EARLIEST_DATE: IsoDate = '2019-01-01';

/** The default period: the last twelve months up to today. */
export function defaultPeriod(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const { year, month, day } = parseIsoDate(today);
  const lastDay = parseIsoDate(isoDateOf(year - 1, month + 1, 0)).day;
  return { from: addDays(isoDateOf(year - 1, month, Math.min(day, lastDay)), 1), to: today };
}

const LONGEST = 64;

/** A date as typed: `RRRR-MM-DD` or `DD.MM.RRRR`; `undefined` when it is not a real date. */
export function parseDate(text: string): IsoDate | undefined {
  const t = text.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  const iso = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}` : t;
  try {
    parseIsoDate(iso);
    return iso;
  } catch {
    return undefined;
  }
}

/** Parse the query of the register (or of the figures, which use the period only). */
export function parseRegisterFilters(query: URLSearchParams, ctx: FilterContext): FilterParse {
  const values = {} as Record<FilterField, string>;
  const errors: FilterError[] = [];
  for (const field of FILTER_FIELDS) {
    const all = query.getAll(field);
    values[field] = (all[0] ?? '').slice(0, LONGEST);
    if (all.length > 1) errors.push({ field, message: 'To pole podano kilka razy. Wybierz jedną wartość' });
    else if ((all[0] ?? '').length > LONGEST) errors.push({ field, message: 'Wartość jest za długa. Wybierz ją z formularza' });
  }
  const bad = (field: FilterField) => errors.some((e) => e.field === field);
  const fallback = defaultPeriod(ctx.today);
  const latest = isoDateOf(parseIsoDate(ctx.today).year + 1, 12, 31);

  const date = (field: 'od' | 'do', name: string): IsoDate | undefined => {
    if (bad(field)) return undefined;
    const raw = values[field].trim();
    if (raw === '') return field === 'od' ? fallback.from : fallback.to;
    const d = parseDate(raw);
    if (!d) {
      errors.push({ field, message: `Wpisz datę ${name} jako dzień, miesiąc i rok, np. 2026-01-31 albo 31.01.2026` });
      return undefined;
    }
    if (daysBetween(EARLIEST_DATE, d) < 0 || daysBetween(d, latest) < 0) {
      errors.push({ field, message: `Data ${name} musi przypadać między 1 stycznia 2019 r. a 31 grudnia ${parseIsoDate(latest).year} r.` });
      return undefined;
    }
    return d;
  };
  const from = date('od', 'początku okresu');
  const to = date('do', 'końca okresu');
  if (from && to && daysBetween(from, to) < 0) errors.push({ field: 'od', message: 'Początek okresu jest późniejszy niż jego koniec. Zamień daty miejscami' });
  else if (from && to && ctx.maxDays !== undefined && daysBetween(from, to) + 1 > ctx.maxDays) {
    errors.push({ field: 'od', message: `Okres może mieć najwyżej ${ctx.maxDays} dni. Wybierz krótszy okres` });
  }

  const choice = <T extends string>(field: FilterField, allowed: readonly string[], message: string): T | undefined => {
    if (bad(field) || values[field] === '') return undefined;
    if (allowed.includes(values[field])) return values[field] as T;
    errors.push({ field, message });
    return undefined;
  };
  const kind = choice<RequestKind>('rodzaj', requestKindIds, `Nie ma takiego rodzaju. Wybierz jeden z listy: ${Object.values(requestKinds).map((k) => k.label).join('; ')}`);
  const unitId = choice<string>('jednostka', ctx.units.map((u) => u.id), 'Nie ma takiej jednostki. Wybierz jednostkę z listy');
  const state = choice<string>('stan', [...Object.keys(stateGroups), ...Object.keys(registerStates)], 'Nie ma takiego stanu. Wybierz stan z listy');
  const deadline = choice<DeadlineFilter>('termin', Object.keys(deadlineFilters), 'Nie ma takiej wartości. Wybierz z listy, jak sprawdzić termin');
  const sort = choice<SortColumn>('sort', Object.keys(sortColumns), 'Nie można sortować po tej kolumnie. Wybierz kolumnę z listy') ?? 'wplyw';
  const direction = choice<SortDirection>('kierunek', Object.keys(sortDirections), 'Wybierz kierunek sortowania z listy') ?? 'malejaco';
  let page = 1;
  if (!bad('strona') && values.strona !== '') {
    if (!/^\d{1,6}$/.test(values.strona) || Number(values.strona) < 1) errors.push({ field: 'strona', message: 'Numer strony to liczba całkowita od 1, np. 2' });
    else page = Number(values.strona);
  }
  if (errors.length > 0 || !from || !to) return { ok: false, errors: orderErrors(errors), values };
  const filters: RegisterFilters = { from, to, sort, direction, page };
  if (kind) filters.kind = kind;
  if (unitId) filters.unitId = unitId;
  if (state) filters.state = state;
  if (deadline) filters.deadline = deadline;
  return { ok: true, filters, values };
}

function orderErrors(errors: FilterError[]): FilterError[] {
  return [...errors].sort((a, b) => FILTER_FIELDS.indexOf(a.field) - FILTER_FIELDS.indexOf(b.field));
}

/** The query string of `filters` with some fields changed (links to pages and sorts keep the rest). */
export function filterQuery(filters: RegisterFilters, change: Partial<RegisterFilters> = {}): string {
  const f = { ...filters, ...change };
  const q = new URLSearchParams({ od: f.from, do: f.to });
  if (f.kind) q.set('rodzaj', f.kind);
  if (f.unitId) q.set('jednostka', f.unitId);
  if (f.state) q.set('stan', f.state);
  if (f.deadline) q.set('termin', f.deadline);
  if (f.sort !== 'wplyw') q.set('sort', f.sort);
  if (f.direction !== 'malejaco') q.set('kierunek', f.direction);
  if (f.page !== 1) q.set('strona', String(f.page));
  return q.toString();
}
