/**
 * Phone numbers as residents type them ("86 215 67 00", "0048 600-100-200",
 * "(+48) 600 100 200") normalised to E.164 (+48…). No input mask anywhere.
 */

/** The number in E.164 form (`+48600100200`), or `undefined` when it cannot be a phone number. */
export function normalisePhone(input: string): string | undefined {
  const trimmed = input.trim();
  if (!/^[+\d\s().\-/]+$/.test(trimmed)) return undefined;
  const lead = trimmed.replace(/^[\s(]+/, '');
  const international = lead.startsWith('+') || lead.startsWith('00');
  let digits = trimmed.replace(/\D/g, '');
  if (lead.startsWith('00')) digits = digits.slice(2);
  if (!international) {
    if (digits.length === 11 && digits.startsWith('48')) return `+${digits}`;
    if (digits.length === 10 && digits.startsWith('0')) digits = digits.slice(1);
    return digits.length === 9 ? `+48${digits}` : undefined;
  }
  if (digits.startsWith('48')) return digits.length === 11 ? `+${digits}` : undefined;
  return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0') ? `+${digits}` : undefined;
}

/** A normalised number grouped for reading aloud: `+48 600 100 200`, or `+48 86 215 67 00` for landlines. */
export function formatPhone(e164: string): string {
  if (!e164.startsWith('+48') || e164.length !== 12) return e164;
  const n = e164.slice(3);
  const threeByThree = /^(45|50|51|53|57|60|66|69|72|73|78|79|88|70|80)/.test(n);
  return threeByThree ? `+48 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : `+48 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
}

/** A `tel:` URI for any phone text. */
export function telUri(phone: string): string {
  return `tel:${normalisePhone(phone) ?? phone.replace(/[^\d+]/g, '')}`;
}
