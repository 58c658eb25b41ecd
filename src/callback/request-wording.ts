/**
 * Sentences about a stored request that more than one place shows (the
 * e-mails and the confirmation page), worded once so that they say only
 * what is true and cannot be misread.
 */
import type { CallbackRequest } from './callback-request.ts';

/** A label and its value, e.g. `['Prosi', 'Anna Nowak (córka osoby, której dotyczy sprawa)']`. */
export type LabelledValue = readonly [label: string, value: string];

/**
 * Who asks and for whom. The relation the resident typed ("Kim jesteś dla
 * tej osoby?") describes the resident, so it stays beside the resident's
 * name, never beside the other person's.
 */
export function whoAsks(r: Pick<CallbackRequest, 'name' | 'onBehalfOf'>): LabelledValue[] {
  if (!r.onBehalfOf) return [['Imię i nazwisko', r.name]];
  const role = r.onBehalfOf.relation ? `${r.onBehalfOf.relation} osoby, której dotyczy sprawa` : 'w imieniu innej osoby';
  return [
    ['Prosi', `${r.name} (${role})`],
    ['Sprawa dotyczy osoby', r.onBehalfOf.name],
  ];
}

/** A sentence around the unit's phone number, so a page can make the number a link. */
export interface PhoneSentence {
  before: string;
  phone: string;
  after: string;
}

/**
 * What the resident may expect from the unit's phone: a call when they asked
 * for one, a possible call when they gave a number for something else, and
 * otherwise only the number they can call themselves.
 */
export function unitPhoneSentence(r: Pick<CallbackRequest, 'contact' | 'unit'>): PhoneSentence {
  const phone = r.unit.phone;
  if (r.contact.method === 'telefon') return { before: 'Zadzwonimy z numeru ', phone, after: ` (${r.unit.name}).` };
  if (r.contact.phone) return { before: 'Jeśli będziemy mieć pytania, możemy też zadzwonić z numeru ', phone, after: ` (${r.unit.name}).` };
  return { before: `Jeśli chcesz, zadzwoń do nas: ${r.unit.name}, tel. `, phone, after: '.' };
}

/** {@link unitPhoneSentence} as plain text. */
export function unitPhoneText(r: Pick<CallbackRequest, 'contact' | 'unit'>): string {
  const s = unitPhoneSentence(r);
  return `${s.before}${s.phone}${s.after}`;
}
