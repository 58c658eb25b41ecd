/**
 * The standards of § 4 ust. 1 of the procedure that a member of staff ticks
 * off for one request, chosen by how the resident is to be contacted and
 * quoted from `content/procedura.yaml`.
 */
import type { ContactMethod } from '../callback/callback-options.ts';
import type { Procedure } from '../content/schemas.ts';
import { anchorId, citation } from '../procedure/citations.ts';

/** For a conversation (phone, video, a meeting with an interpreter or a person of the resident's choice): every standard of a call the unit makes, in the order of a call. */
const CALL_LETTERS = ['h', 'l', 'd', 'm', 'i', 'j', 'o', 'k'] as const;
/** For an answer by SMS or e-mail: only what makes sense without a conversation. */
const WRITTEN_LETTERS = ['h', 'l', 'i', 'j'] as const;

/** The letters each contact method's checklist quotes. */
export const checklistLetters: Record<ContactMethod, readonly string[]> = {
  telefon: CALL_LETTERS,
  'wideo-pjm': CALL_LETTERS,
  'wideo-sjm': CALL_LETTERS,
  skogn: CALL_LETTERS,
  'osoba-przybrana': CALL_LETTERS,
  sms: WRITTEN_LETTERS,
  email: WRITTEN_LETTERS,
};

/** Every letter some e-mail quotes; the content check refuses a procedure without one of them. */
export const CHECKLIST_LETTERS: readonly string[] = [...new Set(Object.values(checklistLetters).flat())];

/** Whether the contact is a conversation (a call, a video call, a meeting) rather than a written answer. */
export function isCall(method: ContactMethod): boolean {
  return method !== 'sms' && method !== 'email';
}

/** One standard to tick off. */
export interface ChecklistItem {
  /** "§ 4 ust. 1 lit. l" */
  cite: string;
  /** The standard's words, without the trailing comma or emphasis marks. */
  text: string;
  /** Link to the standard on the procedure page. */
  url: string;
}

/** The checklist for a contact method, with links under `procedureUrl`. */
export function checklistFor(method: ContactMethod, procedure: Procedure, procedureUrl: string): ChecklistItem[] {
  const standards = procedure.paragrafy.find((p) => p.numer === 4)?.ustepy.find((u) => u.numer === 1)?.litery ?? [];
  return checklistLetters[method].flatMap((letter) => {
    const lit = standards.find((l) => l.litera === letter);
    if (!lit) return [];
    const ref = { par: 4, ust: 1, lit: letter };
    return [{ cite: citation(ref), text: lit.tekst.replace(/[*]/g, '').replace(/[,.;]\s*$/, ''), url: `${procedureUrl}#${anchorId(ref)}` }];
  });
}
