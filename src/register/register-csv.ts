/**
 * The register's and the figures' CSV lines: header and one line per row,
 * with the same labels the pages show. Pure.
 */
import { csvLine } from './csv.ts';
import { channelLabel, kindLabel, outcomeLabel, stateLabel, type RegisterLabels } from './register-labels.ts';
import { formatInstant } from './register-format.ts';
import type { RegisterRow } from './register-row.ts';
import type { PeriodFigures } from './figures.ts';
import { laws, type LawId } from './request-outcome.ts';

/** The header line of the register's CSV. */
export const REGISTER_CSV_HEADER = csvLine([
  'Numer (do usunięcia danych)',
  'Rodzaj',
  'Podstawa prawna',
  'Data wpływu',
  'Termin ustawowy lub obiecany',
  'Termin przedłużony do',
  'Pierwszy kontakt',
  'Minuty do pierwszego kontaktu',
  'Zakończona',
  'Stan',
  'Wynik',
  'W terminie',
  'Jednostka',
  'Sprawa',
  'Kanał wybrany',
  'Kanał użyty',
  'Nieudane próby kontaktu',
]);

/** Whether the office kept the deadline, in words: "tak", "nie", or empty while not decided and not late. */
export function onTimeWord(row: Pick<RegisterRow, 'on_time' | 'due_at'>, now: Date): string {
  if (row.on_time === 1) return 'tak';
  if (row.on_time === 0 || Date.parse(row.due_at) <= now.getTime()) return 'nie';
  return '';
}

/** One register row as a CSV line. */
export function registerCsvLine(r: RegisterRow, labels: RegisterLabels, now: Date): string {
  return csvLine([
    r.reference,
    kindLabel(r.kind),
    laws[r.law as LawId]?.label ?? r.law,
    formatInstant(r.received_at),
    formatInstant(r.deadline_at),
    r.extended_to,
    r.first_contact_at ? formatInstant(r.first_contact_at) : null,
    r.first_contact_minutes,
    r.closed_at ? formatInstant(r.closed_at) : null,
    stateLabel(r.state),
    outcomeLabel(r.outcome),
    onTimeWord(r, now),
    labels.unitName(r.unit_id),
    labels.topicName(r.topic_id),
    channelLabel(r.channel_asked),
    channelLabel(r.channel_used),
    r.attempts,
  ]);
}

/** The header line of the figures' CSV (one number per line, for a pivot table). */
export const FIGURES_CSV_HEADER = csvLine(['Zestawienie', 'Okres od', 'Okres do', 'Wiersz', 'Kolumna', 'Wartość', 'Miara']);

/** Every number of the figures of a period, one per line, as the tables show them (minutes as numbers). */
export function* figuresCsvLines(f: PeriodFigures): Generator<string> {
  for (const fig of [f.byKind, f.byChannel, f.onTime, f.firstContact]) {
    for (const [i, row] of fig.rows.entries()) {
      for (const [j, col] of fig.columns.entries()) {
        const v = fig.values[i]![j] ?? null;
        yield csvLine([fig.title, f.from, f.to, row.label, col.label, v === null ? null : Math.round(v * 10) / 10, col.unit]);
      }
    }
  }
  for (const u of f.overdueNow.byUnit) yield csvLine(['Po terminie teraz (cały rejestr)', f.from, f.to, u.label, 'Otwarte po terminie', u.n, 'liczba']);
  yield csvLine(['Po terminie teraz (cały rejestr)', f.from, f.to, 'Razem', 'Otwarte po terminie', f.overdueNow.total, 'liczba']);
}
