/**
 * Reference numbers a person can read over the phone: six characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V), shown
 * as two groups, e.g. `K7M-4PX`.
 */
import { randomInt } from 'node:crypto';

/** Characters used in reference numbers. */
export const REFERENCE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';

/** A new random reference number, e.g. `K7M-4PX`. */
export function newReference(random: (max: number) => number = randomInt): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)];
  return `${s.slice(0, 3)}-${s.slice(3)}`;
}

/** A reference as typed by a person (any case, spaces, no dash) in canonical form, or `undefined`. */
export function parseReference(input: string): string | undefined {
  const s = input.toUpperCase().replace(/[\s-]/g, '');
  if (s.length !== 6 || [...s].some((c) => !REFERENCE_ALPHABET.includes(c))) return undefined;
  return `${s.slice(0, 3)}-${s.slice(3)}`;
}

/** The reference spelled out for reading aloud: "K 7 M – 4 P X". */
export function spellReference(ref: string): string {
  return ref.split('-').map((g) => [...g].join(' ')).join(' – ');
}
