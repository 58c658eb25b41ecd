/**
 * The figures of a period, from the register's counts: requests per month
 * by kind and by channel, the share answered on time and the time to the
 * first contact per unit, what is overdue now. Each figure is one table
 * (rows × columns of numbers) that feeds its chart, its data table and the
 * CSV alike, so the three never disagree. Pure.
 */
import { barChartSvg, type BarChartSpec } from '../charts/bar-chart.ts';
import { formatMinutes, formatMonth, formatMonthShort, formatShare, monthsBetween } from './register-format.ts';
import type { RegisterLabels } from './register-labels.ts';
import { channelIds, channelOf, channels, requestKindIds, requestKinds, type Channel } from './request-outcome.ts';

/** The longest period the figures cover at once, in days (five years: the report covers four). */
export const FIGURES_MAX_DAYS = 5 * 366;

/** The counts the database gives for a period. */
export interface FigureCounts {
  from: string;
  to: string;
  monthlyKinds: readonly { month: string; key: string; n: number }[];
  monthlyChannels: readonly { month: string; key: string; n: number }[];
  onTime: readonly { unit_id: string; total: number; on_time: number; late: number }[];
  firstContact: readonly { unit_id: string; n: number; median: number; p90: number }[];
  overdue: readonly { unit_id: string; n: number }[];
}

/** One figure: a titled table of numbers with a chart of it. */
export interface Figure {
  id: string;
  title: string;
  /** What the chart shows, in one or two sentences (the SVG's description). */
  description: string;
  /** Heading of the rows' column ("Miesiąc", "Jednostka"). */
  rowHeading: string;
  rows: readonly { key: string; label: string }[];
  columns: readonly { key: string; label: string; short?: string; unit: string }[];
  /** values[row][column]; `null` when there is no figure. */
  values: readonly (readonly (number | null)[])[];
  /** How a value reads in the table and on its bar. */
  format: (value: number, column: number) => string;
  /** The value of a full bar (100 for per cent). */
  max?: number;
}

/** All figures of a period. */
export interface PeriodFigures {
  from: string;
  to: string;
  total: number;
  byKind: Figure;
  byChannel: Figure;
  onTime: Figure;
  firstContact: Figure;
  overdueNow: { total: number; byUnit: readonly { unitId: string; label: string; n: number }[] };
}

const plain = (v: number) => String(v);

function monthly(id: string, title: string, months: readonly string[], keys: readonly { key: string; label: string; short?: string }[], counts: readonly { month: string; key: string; n: number }[]): Figure {
  const index = new Map<string, number>();
  for (const c of counts) index.set(`${c.month}|${c.key}`, (index.get(`${c.month}|${c.key}`) ?? 0) + c.n);
  const values = months.map((m) => keys.map((k) => index.get(`${m}|${k.key}`) ?? 0));
  const sums = keys.map((k, i) => `${k.label}: ${values.reduce((s, row) => s + row[i]!, 0)}`).join(', ');
  return {
    id,
    title,
    description: `Liczba spraw w każdym miesiącu okresu. Razem w okresie: ${sums}. Te same liczby są w tabeli pod wykresem.`,
    rowHeading: 'Miesiąc',
    rows: months.map((m) => ({ key: m, label: formatMonth(m) })),
    columns: keys.map((k) => ({ ...k, unit: 'liczba' })),
    values,
    format: plain,
  };
}

/** Median minutes may be a half (the mean of two middle values): round to a minute for reading. */
const minutes = (v: number) => formatMinutes(Math.round(v));

/** The figures of a period from its counts. */
export function periodFigures(c: FigureCounts, labels: RegisterLabels): PeriodFigures {
  const months = monthsBetween(c.from, c.to);
  const kinds = requestKindIds.map((k) => ({ key: k as string, label: requestKinds[k].label, short: shortKind[k] }));
  const channelCounts = c.monthlyChannels.map((r) => ({ ...r, key: channelOf(r.key) as string }));
  const used = new Set(channelCounts.filter((r) => r.n > 0).map((r) => r.key));
  const channelKeys = channelIds.filter((ch) => used.has(ch)).map((ch: Channel) => ({ key: ch as string, label: channels[ch].label }));
  const total = c.monthlyKinds.reduce((s, r) => s + r.n, 0);

  const units = [...new Set([...c.onTime.map((r) => r.unit_id), ...c.firstContact.map((r) => r.unit_id)])].sort((a, b) => labels.unitName(a).localeCompare(labels.unitName(b), 'pl'));
  const onTimeRows = units.map((u) => c.onTime.find((r) => r.unit_id === u) ?? { unit_id: u, total: 0, on_time: 0, late: 0 });
  const decided = onTimeRows.reduce((s, r) => s + r.on_time + r.late, 0);
  const kept = onTimeRows.reduce((s, r) => s + r.on_time, 0);
  const firstRows = units.map((u) => c.firstContact.find((r) => r.unit_id === u));
  const overdueTotal = c.overdue.reduce((s, r) => s + r.n, 0);

  return {
    from: c.from,
    to: c.to,
    total,
    byKind: monthly('wplyw-rodzaj', 'Wpływ w miesiącach według rodzaju sprawy', months, kinds, c.monthlyKinds),
    byChannel: monthly('wplyw-kanal', 'Wpływ w miesiącach według wybranego sposobu kontaktu', months, channelKeys, channelCounts),
    onTime: {
      id: 'w-terminie',
      title: 'Odsetek spraw, w których urząd zdążył w terminie, według jednostek',
      description: `Wśród spraw, których termin już minął albo w których urząd już odpowiedział. W całym urzędzie: ${formatShare(kept, decided)} (${kept} z ${decided}).`,
      rowHeading: 'Jednostka',
      rows: units.map((u) => ({ key: u, label: labels.unitName(u) })),
      columns: [
        { key: 'udzial', label: 'W terminie (%)', short: 'w terminie', unit: '%' },
        { key: 'w-terminie', label: 'W terminie (liczba)', unit: 'liczba' },
        { key: 'po-terminie', label: 'Po terminie lub bez odpowiedzi po terminie (liczba)', unit: 'liczba' },
      ],
      values: onTimeRows.map((r) => [r.on_time + r.late === 0 ? null : Math.round((1000 * r.on_time) / (r.on_time + r.late)) / 10, r.on_time, r.late]),
      format: (v, col) => (col === 0 ? `${String(v).replace('.', ',')}%` : String(v)),
      max: 100,
    },
    firstContact: {
      id: 'pierwszy-kontakt',
      title: 'Czas do pierwszego kontaktu według jednostek: mediana i 90. percentyl',
      description:
        'Czas kalendarzowy od wpływu do pierwszej próby kontaktu albo pierwszej odpowiedzi urzędu. Mediana: połowa spraw szybciej. 90. percentyl: 9 na 10 spraw w tym czasie lub szybciej.',
      rowHeading: 'Jednostka',
      rows: units.map((u) => ({ key: u, label: labels.unitName(u) })),
      columns: [
        { key: 'mediana', label: 'Mediana', short: 'mediana', unit: 'minuty' },
        { key: 'p90', label: '90. percentyl', short: '90. percentyl', unit: 'minuty' },
        { key: 'n', label: 'Spraw z kontaktem (liczba)', unit: 'liczba' },
      ],
      values: firstRows.map((r) => (r ? [r.median, r.p90, r.n] : [null, null, 0])),
      format: (v, col) => (col === 2 ? String(v) : minutes(v)),
    },
    overdueNow: { total: overdueTotal, byUnit: c.overdue.map((r) => ({ unitId: r.unit_id, label: labels.unitName(r.unit_id), n: r.n })) },
  };
}

const shortKind: Record<(typeof requestKindIds)[number], string> = {
  oddzwonienie: 'prośby o kontakt',
  'dostepnosc-cyfrowa': 'dostępność cyfrowa',
  'dostepnosc-architektoniczna': 'dostępność architektoniczna i inf.-kom.',
};

/** The chart of a figure: one bar group per row; the figures whose extra columns are counts chart only their first columns. */
export function figureChart(f: Figure, chartColumns = f.columns.length, options: { standalone?: boolean } = {}): string {
  const spec: BarChartSpec = {
    id: f.id,
    title: f.title,
    description: f.description,
    series: f.columns.slice(0, chartColumns).map((c) => ({ label: c.label, short: c.short ?? c.label })),
    groups: f.rows.map((r, i) => ({ label: f.id.startsWith('wplyw') ? formatMonthShort(r.key) : r.label, values: f.values[i]!.slice(0, chartColumns) })),
    format: (v) => f.format(v, 0),
  };
  if (f.max !== undefined) spec.max = f.max;
  return barChartSvg(spec, options);
}
