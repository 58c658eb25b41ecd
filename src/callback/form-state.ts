/** Turning a submitted form back into what the page shows: kept answers and one message per field. */

/** Field names in the order they appear in the form (the error summary follows it). */
export const FORM_FIELD_ORDER = ['sprawa', 'opis', 'imie', 'osoba', 'relacja', 'kontakt', 'telefon', 'email', 'termin', 'pora', 'potrzeby', 'potrzeby_opis'] as const;

const MAX_KEPT_CHARS = 5000;

/** The submitted answers as strings (files and the honeypot are dropped), to fill the form again. */
export function formValues(data: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const name of FORM_FIELD_ORDER) {
    const all = data.getAll(name).filter((v): v is string => typeof v === 'string');
    if (all.length > 0) values[name] = all.slice(0, 20).map((v) => v.slice(0, MAX_KEPT_CHARS));
  }
  return values;
}

/** The first message for each field from a list of validation issues. */
export function firstErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !(field in errors)) errors[field] = issue.message;
  }
  return errors;
}
