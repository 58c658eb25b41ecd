/**
 * The register's and the figures' CSV lines: header and one line per row,
 * with the same labels the pages show. Pure.
 */
import { csvLine } from './csv.ts';
import { channelLabel, kindLabel, outcomeLabel, stateLabel, type RegisterLabels } from './register-labels.ts';
import { formatInstant } from './register-format.ts';
import type { RegisterRow } from './register-row.ts';
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
