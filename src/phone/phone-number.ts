/**
 * Phone numbers as residents and editors type them ("86 215 67 00",
 * "0048 600-100-200", "(+48) 600 100 200"), checked with libphonenumber-js
 * (its `mobile` metadata, so a mobile number can be told from a landline)
 * and normalised to E.164 (+48…). No input mask anywhere. Pure: the form
 * schema and the content schemas both check numbers here.
 */
import { parsePhoneNumberWithError } from 'libphonenumber-js/mobile';

/** Why a text is not a phone number. */
export type PhoneProblem =
  /** Letters or other signs besides digits, spaces, `+ ( ) . - /`. */
  | 'not-digits'
  /** Too few digits (a Polish number has 9). */
  | 'too-short'
  /** Too many digits. */
  | 'too-long'
  /** The right length, but no such number (e.g. a country code that does not exist). */
  | 'invalid';

/** A phone number that can be called. */
export interface PhoneNumber {
  /** E.164: `+48600100200`. */
  readonly e164: string;
  /** True when the number can receive SMS (a mobile number). */
  readonly mobile: boolean;
}

/** The number, or why it is not one. */
export type PhoneCheck = ({ ok: true } & PhoneNumber) | { ok: false; problem: PhoneProblem };

const POLISH_DIGITS = 9;

/** Check a phone text: a Polish number (9 digits, with or without +48/0048) or a foreign one with its country code. */
export function checkPhone(input: string): PhoneCheck {
  const trimmed = input.trim();
  if (!/^[+\d\s().\-/]+$/.test(trimmed) || !/\d/.test(trimmed)) return { ok: false, problem: 'not-digits' };
  let text = trimmed.replace(/^[\s(]*00/, '+');
  const international = /^[\s(]*\+/.test(text);
  let digits = text.replace(/\D/g, '');
  if (!international) {
    // The old trunk prefix ("0 86 215 67 00") and a country code written without "+" ("48 600 100 200").
    if (digits.length === POLISH_DIGITS + 1 && digits.startsWith('0')) digits = digits.slice(1);
    if (digits.length === POLISH_DIGITS + 2 && digits.startsWith('48')) digits = digits.slice(2);
    text = `+48${digits}`;
  }
  let parsed;
  try {
    parsed = parsePhoneNumberWithError(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : '';
    if (reason === 'TOO_SHORT') return { ok: false, problem: 'too-short' };
    if (reason === 'TOO_LONG') return { ok: false, problem: 'too-long' };
    return { ok: false, problem: 'invalid' };
  }
  if (parsed.countryCallingCode === '48') {
    // Polish numbers have exactly 9 digits (the metadata also allows longer service numbers).
    const n = parsed.nationalNumber.length;
    if (n < POLISH_DIGITS) return { ok: false, problem: 'too-short' };
    if (n > POLISH_DIGITS) return { ok: false, problem: 'too-long' };
    if (parsed.nationalNumber.startsWith('0')) return { ok: false, problem: 'invalid' };
  } else {
    // E.164 allows up to 15 digits; fewer than 8 with the country code is no number residents are called on.
    const n = parsed.number.length - 1;
    const length = n < 8 ? 'too-short' : n > 15 ? 'too-long' : parsed.isPossible() ? undefined : 'invalid';
    if (length) return { ok: false, problem: length };
  }
  return { ok: true, e164: parsed.number, mobile: parsed.getType() === 'MOBILE' };
}

/** The number in E.164 form (`+48600100200`), or `undefined` when it cannot be a phone number. */
export function normalisePhone(input: string): string | undefined {
  const checked = checkPhone(input);
  return checked.ok ? checked.e164 : undefined;
}

/** A normalised number grouped for reading aloud: `+48 600 100 200`, or `+48 86 215 67 00` for landlines. */
export function formatPhone(e164: string): string {
  if (!e164.startsWith('+48') || e164.length !== 12) return e164;
  const n = e164.slice(3);
  // Mobile ranges and 70x/80x service numbers are read 3-3-3, landlines by area code.
  const threeByThree = /^(45|50|51|53|57|60|66|69|72|73|78|79|88|70|80)/.test(n);
  return threeByThree ? `+48 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : `+48 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
}

/** A `tel:` URI with the country code (`tel:+48862156700`); short numbers such as 112 stay as digits. */
export function telUri(phone: string): string {
  return `tel:${normalisePhone(phone) ?? phone.replace(/[^\d+]/g, '')}`;
}

/** What to tell a person about each problem, in Polish (the form shows it as is; content messages start it lower-case). */
export const phoneProblemMessages: Readonly<Record<PhoneProblem, string>> = {
  'not-digits': 'Wpisz numer telefonu cyframi, np. 600 100 200 albo 86 215 67 00',
  'too-short': 'Numer telefonu jest za krótki: numer w Polsce ma 9 cyfr, np. 600 100 200 albo 86 215 67 00',
  'too-long': 'Numer telefonu ma za dużo cyfr: numer w Polsce ma 9 cyfr, np. 600 100 200',
  invalid: 'Nie ma takiego numeru telefonu. Sprawdź go; numer z innego kraju wpisz z jego kierunkowym, np. +44 20 7946 0958',
};
