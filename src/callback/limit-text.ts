/** What the form says when a client is over its limit of stored requests. Pure. */
import { formatCount, type PluralForms } from '../calendar/format-pl.ts';

/** "za 1 minutę", "za 2 minuty", "za 5 minut". */
const MINUTES_AFTER_ZA: PluralForms = { one: 'minutę', few: 'minuty', many: 'minut', other: 'minuty' };

/** Whole minutes to wait, rounded up (never 0): what `Retry-After` says, in minutes. */
export const waitMinutes = (retryAfterSeconds: number): number => Math.max(1, Math.ceil(retryAfterSeconds / 60));

/** The message above the form, with the real wait. */
export function limitMessage(retryAfterSeconds: number): string {
  return (
    'Z tego połączenia przyszło w krótkim czasie dużo próśb, więc na chwilę wstrzymaliśmy przyjmowanie kolejnych. ' +
    'Ta prośba nie została wysłana, ale Twoje odpowiedzi są w formularzu poniżej. ' +
    `Wyślij go ponownie za ${formatCount(waitMinutes(retryAfterSeconds), MINUTES_AFTER_ZA)}. ` +
    'Prośby, dla których zobaczyłeś(-aś) numer, już mamy: nie wysyłaj ich drugi raz.'
  );
}

/** The same for the accessibility request form ("wniosek"). */
export function requestLimitMessage(retryAfterSeconds: number): string {
  return (
    'Z tego połączenia przyszło w krótkim czasie dużo wniosków i próśb, więc na chwilę wstrzymaliśmy przyjmowanie kolejnych. ' +
    'Ten wniosek nie został wysłany, ale Twoje odpowiedzi są w formularzu poniżej. ' +
    `Wyślij go ponownie za ${formatCount(waitMinutes(retryAfterSeconds), MINUTES_AFTER_ZA)}. ` +
    'Wnioski, dla których zobaczyłeś(-aś) numer, już mamy: nie wysyłaj ich drugi raz.'
  );
}
