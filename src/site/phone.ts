/** A phone number as a `tel:` URI in international form (+48…). */
export function telUri(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+')) return `tel:+${digits}`;
  if (digits.length === 9) return `tel:+48${digits}`;
  return `tel:${digits}`;
}
