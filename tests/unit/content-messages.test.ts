/**
 * The exact words an editor reads for the usual mistakes, pinned with inline
 * snapshots so that a change of wording shows in review (as Starlight pins
 * its error map). Each fixture is the real content with one mistake.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, type ContentTexts } from '../../src/content/check-content.ts';
import { readContentFiles } from '../../src/content/read-content-files.ts';
import { checkSiteContent } from '../../src/site/content-check.ts';

const real: ContentTexts = readContentFiles(process.cwd());
const today = '2026-11-25';

/** The real content with `from` replaced by `to` in `file` (the replacement must match). */
function withChange(file: string, from: string | RegExp, to: string): ContentTexts {
  const after = real[file]!.replace(from, to);
  if (after === real[file]) throw new Error(`no match in ${file}`);
  return { ...real, [file]: after };
}

/** Every error as the editor sees it, one per line. */
const errors = (texts: ContentTexts, options: { production?: boolean } = {}): string =>
  checkSiteContent(texts, { today, ...options })
    .errors.map(formatProblem)
    .join('\n');

describe('indentation and quoting', () => {
  it('names the line indented by 3 spaces instead of 2, not the line above, and once', () => {
    expect(errors(withChange('content/sprawy.yaml', '  przykladowe: true\n\n- id: odpady', '   przykladowe: true\n\n- id: odpady'))).toMatchInlineSnapshot(`"content/sprawy.yaml, wiersz 22: złe wcięcie: ten wiersz ma 3 spacje, pola obok mają 2. Ustaw go równo z nimi"`);
  });

  it('names a field with 1 space instead of 2', () => {
    expect(errors(withChange('content/jednostki.yaml', '  telefon: "86 215 67 00"', ' telefon: "86 215 67 00"'))).toMatchInlineSnapshot(`"content/jednostki.yaml, wiersz 27: złe wcięcie: ten wiersz ma 1 spację, pola obok mają 2. Ustaw go równo z nimi"`);
  });

  it('names the first field of a group when it is the odd one', () => {
    expect(errors(withChange('content/urzad.yaml', '  ulica:', '   ulica:'))).toMatchInlineSnapshot(`"content/urzad.yaml, wiersz 10: złe wcięcie: ten wiersz ma 3 spacje, pola obok mają 2. Ustaw go równo z nimi"`);
  });

  it('lines a list item up with the other items', () => {
    expect(errors(withChange('content/procedura.yaml', '          - litera: c', '           - litera: c'))).toMatchInlineSnapshot(`"content/procedura.yaml, wiersz 57: złe wcięcie: ten wiersz ma 11 spacji, pozycje listy obok mają 10. Ustaw go równo z nimi"`);
  });

  it('names a weekday indented like the hours under it', () => {
    expect(errors(withChange('content/urzad.yaml', '  piatek:', '   piatek:'))).toMatchInlineSnapshot(`"content/urzad.yaml, wiersz 36: złe wcięcie: ten wiersz ma 3 spacje, pola obok mają 2. Ustaw go równo z nimi"`);
  });

  it('says a straight quote inside a quoted text is the problem', () => {
    expect(errors(withChange('content/jednostki.yaml', 'nazwa: "Wydział Finansowy"', 'nazwa: "Wydział "Finansowy" Urzędu"'))).toMatchInlineSnapshot(`"content/jednostki.yaml, wiersz 31: w tekście w cudzysłowie jest prosty cudzysłów ": wewnątrz tekstu pisz polskie cudzysłowy „…” (albo weź cały tekst w apostrofy '…')"`);
  });

  it('says a text with a colon needs quotes', () => {
    expect(errors(withChange('content/sprawy.yaml', 'opis: "Wywóz śmieci, harmonogram odbioru, worki i pojemniki oraz deklaracja o opłacie za odpady."', 'opis: Uwaga: wywóz śmieci, harmonogram odbioru.'))).toMatchInlineSnapshot(`"content/sprawy.yaml, wiersz 26: tekst pola opis zawiera dwukropek: weź cały tekst w cudzysłów "…""`);
  });

  it('says a space is missing after the colon', () => {
    expect(errors(withChange('content/jednostki.yaml', 'telefon: "86 215 67 00"', 'telefon:"86 215 67 00"'))).toMatchInlineSnapshot(`"content/jednostki.yaml, wiersz 27: po dwukropku brakuje spacji: wpisz „telefon: "86 215 67 00"”"`);
  });

  it('names the real line of a mistake in the front matter of a Markdown page', () => {
    expect(errors(withChange('content/strony/latwy-tekst.md', 'aktualizacja: 2026-11-25', '  aktualizacja: 2026-11-25'))).toMatchInlineSnapshot(`"content/strony/latwy-tekst.md, wiersz 7: złe wcięcie: ten wiersz ma 2 spacje, pola obok nie mają żadnej. Ustaw go równo z nimi"`);
    expect(errors(withChange('content/strony/latwy-tekst.md', 'opis: "Czym', 'opis: "Czym "dokładnie"'))).toMatchInlineSnapshot(`"content/strony/latwy-tekst.md, wiersz 6: w tekście w cudzysłowie jest prosty cudzysłów ": wewnątrz tekstu pisz polskie cudzysłowy „…” (albo weź cały tekst w apostrofy '…')"`);
  });
});
