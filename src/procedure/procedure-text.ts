/** The procedure as plain text, laid out like the city's original document. */
import type { Procedure } from '../content/schemas.ts';

/** Plain-text rendering: upper-case headings, "§ N." paragraphs, numbered points and "a)" standards. */
export function procedureToText(proc: Procedure): string {
  const upper = (s: string) => s.toLocaleUpperCase('pl');
  const lines: string[] = [upper(proc.tytul), ''];
  for (const par of proc.paragrafy) {
    lines.push(`§ ${par.numer}. ${upper(par.tytul)}`, '');
    for (const ust of par.ustepy) {
      lines.push(`${ust.numer}. ${ust.tekst}`);
      for (const lit of ust.litery ?? []) lines.push(`   ${lit.litera}) ${lit.tekst}`);
      lines.push('');
    }
  }
  lines.push(`Ostatnia aktualizacja: ${proc.aktualizacja}`);
  return `${lines.join('\n')}\n`;
}
