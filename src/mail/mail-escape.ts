/** Header values built from text that may hold what residents type. */

/** One line for a header: no CR/LF or other control characters, limited length. */
export function headerSafe(text: string, max = 200): string {
  return text.replace(/[\u0000-\u001F\u007F]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}
