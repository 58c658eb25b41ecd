/**
 * Reading a posted form into what the callback schema takes: one value per
 * field (an empty answer counts as not given), every value for list fields.
 * The Astro action and the server's direct path both read forms with this,
 * so a form means the same whichever way it arrives.
 */
import { FORM_FIELD_ORDER } from './form-state.ts';

/** The honeypot field: hidden from people, filled in by bots. */
export const HONEYPOT_FIELD = 'strona_www';

/** Every field the schema reads, in form order, the honeypot last. */
export const POSTED_FIELDS = [...FORM_FIELD_ORDER, HONEYPOT_FIELD] as const;

/** Fields that may hold several values (checkboxes). */
const LIST_FIELDS: ReadonlySet<string> = new Set(['potrzeby']);

/** `FormData` or `URLSearchParams`. */
export interface PostedForm {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

/** The schema's input from a posted form. Values that are not text (files) are kept, so the schema rejects them. */
export function answersFromForm(data: PostedForm): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const name of POSTED_FIELDS) {
    if (LIST_FIELDS.has(name)) {
      answers[name] = data.getAll(name);
    } else {
      const value = data.get(name);
      if (value !== null && value !== '') answers[name] = value;
    }
  }
  return answers;
}
