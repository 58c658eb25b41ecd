/**
 * Phone numbers and postcodes never break across lines: "86 215 67 / 00"
 * or "18- / 400" at 320 px is unreadable. Pure: a text in, segments out,
 * the numbers marked `nowrap` (rendered as `<span class="nowrap">`).
 */

/** A run of text; `nowrap` runs must stay on one line. */
export type TextRun = { kind: 'text'; text: string } | { kind: 'nowrap'; text: string };

/** "86 215 67 00", "+48 600 100 200", "600-100-200"; "18-400 Łomża", "00-014 Warszawa". */
const TOGETHER = /(?<![\d-])(?:\+48 ?)?\d{2,3}(?:[ -]\d{2,3}){2,3}(?![\d-])|(?<![\d-])\d{2}-\d{3}(?![\d-])(?: \p{Lu}[\p{L}-]*)?/gu;

/** Split a text so that every phone number and postcode (with its town) is one `nowrap` run. */
export function keepTogether(text: string): TextRun[] {
  const out: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(TOGETHER)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({ kind: 'nowrap', text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}
