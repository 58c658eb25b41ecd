/**
 * Characters that can hide or reorder text: control characters (Cc), format
 * characters (Cf: bidi controls, zero-width characters, soft hyphen, tag
 * characters…), lone surrogates, and every other default-ignorable code
 * point (Hangul fillers, variation selectors, Mongolian selectors…). Kept:
 * tab, line feed and carriage return (the callers turn them into spaces or
 * line breaks), and what emoji need to show as meant: a variation selector
 * right after an emoji or a keycap base, a zero-width joiner between two
 * emoji. Pure; used by every free-text field of the form schema.
 */

/** Everything that may be removed (the exceptions are decided per match). */
const HIDDEN = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;
const EMOJI = /^\p{Extended_Pictographic}$/u;
const SKIN_TONE = /^[\u{1F3FB}-\u{1F3FF}]$/u;

/** The code point that ends just before `offset` in `text`. */
function before(text: string, offset: number): string {
  const low = text.charCodeAt(offset - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
  return text.slice(start, offset);
}

/** The code point that starts at `offset` in `text`. */
function at(text: string, offset: number): string {
  return String.fromCodePoint(text.codePointAt(offset) ?? 0);
}

/** Whether the selector or joiner `char` at `offset` belongs to an emoji. */
function partOfEmoji(char: string, offset: number, text: string): boolean {
  const prev = before(text, offset);
  if (char === '\uFE0E' || char === '\uFE0F') {
    // ❤️, ☺︎; keycaps 1️⃣ are a digit, # or *, then U+FE0F and U+20E3.
    return EMOJI.test(prev) || (/^[0-9#*]$/.test(prev) && text[offset + 1] === '\u20E3');
  }
  if (char === '\u200D') {
    // 👩‍💻, 👍🏽‍…, ❤️‍🔥: the joiner sits between two emoji (after a possible skin tone or U+FE0F).
    const base = prev === '\uFE0F' || SKIN_TONE.test(prev) ? before(text, offset - prev.length) : prev;
    return EMOJI.test(base) && EMOJI.test(at(text, offset + 1));
  }
  return false;
}

/** Remove every character that can hide or reorder text, keeping tab, CR, LF and emoji sequences. */
export function removeHiddenCharacters(text: string): string {
  return text.replace(HIDDEN, (char: string, offset: number, whole: string) => (partOfEmoji(char, offset, whole) ? char : ''));
}
