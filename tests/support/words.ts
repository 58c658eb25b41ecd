/** Word sequences of the procedure's text, for comparing the published text with the city's original. */

/**
 * The words of a text: split on whitespace, without list dashes ("-") and
 * without a closing "Ostatnia aktualizacja: …" line.
 */
export function procedureWords(text: string): string[] {
  const lines = text.trim().split(/\r?\n/);
  while (lines.length > 0 && /^\s*$/.test(lines.at(-1) ?? '')) lines.pop();
  if (/^\s*Ostatnia aktualizacja:/.test(lines.at(-1) ?? '')) lines.pop();
  return lines
    .join('\n')
    .split(/\s+/)
    .filter((word) => word !== '' && word !== '-');
}

/** The first place where two word sequences differ, as a readable line; undefined when equal. */
export function firstDifference(expected: string[], actual: string[]): string | undefined {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== actual[i]) {
      const around = (words: string[]) => words.slice(Math.max(0, i - 5), i + 6).join(' ');
      return `word ${i + 1}: expected "${expected[i] ?? '(end)'}", got "${actual[i] ?? '(end)'}"\n  original:  …${around(expected)}…\n  published: …${around(actual)}…`;
    }
  }
  return undefined;
}
