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
const today = '2026-12-01';

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
    expect(errors(withChange('content/procedura.yaml', '          - litera: c', '           - litera: c'))).toMatchInlineSnapshot(`"content/procedura.yaml, wiersz 63: złe wcięcie: ten wiersz ma 11 spacji, pozycje listy obok mają 10. Ustaw go równo z nimi"`);
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
    expect(errors(withChange('content/strony/latwy-tekst.md', 'aktualizacja: 2026-12-01', '  aktualizacja: 2026-12-01'))).toMatchInlineSnapshot(`"content/strony/latwy-tekst.md, wiersz 13: złe wcięcie: ten wiersz ma 2 spacje, pola obok nie mają żadnej. Ustaw go równo z nimi"`);
    expect(errors(withChange('content/strony/latwy-tekst.md', 'opis: "Czym', 'opis: "Czym "dokładnie"'))).toMatchInlineSnapshot(`"content/strony/latwy-tekst.md, wiersz 12: w tekście w cudzysłowie jest prosty cudzysłów ": wewnątrz tekstu pisz polskie cudzysłowy „…” (albo weź cały tekst w apostrofy '…')"`);
  });
});

/** Every warning as the editor sees it, one per line. */
const warnings = (texts: ContentTexts): string =>
  checkSiteContent(texts, { today })
    .warnings.map(formatProblem)
    .join('\n');

describe('a page saved with a byte-order mark', () => {
  it('says what the invisible character is instead of "no front matter"', () => {
    const file = 'content/strony/latwy-tekst.md';
    expect(errors({ ...real, [file]: `\uFEFF${real[file]}` })).toMatchInlineSnapshot(`"content/strony/latwy-tekst.md, wiersz 1: plik zaczyna się niewidocznym znakiem BOM (tak zapisuje np. stary Notatnik): zapisz go w kodowaniu „UTF-8” bez BOM"`);
  });
});

describe('words an editor uses', () => {
  const newUnit = '\n- id: wydzial-oswiaty\n  nazwa: "Wydział Oświaty"\n  email: [oswiata.lomza.example]\n  telefon: "86 215 67 51"\n  przykladowe: true\n';

  it('names a unit by its number from 1 and its id, and says the "@" is missing', () => {
    expect(errors({ ...real, 'content/jednostki.yaml': `${real['content/jednostki.yaml']}${newUnit}` })).toMatchInlineSnapshot(`"content/jednostki.yaml, wiersz 62, jednostka nr 7 (wydzial-oswiaty), pole email: w adresie „oswiata.lomza.example” brakuje znaku „@” (adres wygląda tak: kontakt@lomza.example)"`);
  });

  it('repeats an address that has an "@" but is still not an address', () => {
    expect(errors(withChange('content/urzad.yaml', 'email: "kontakt@lomza.example"', 'email: "kontakt@lomza"'))).toMatchInlineSnapshot(`"content/urzad.yaml, wiersz 19, pole email: „kontakt@lomza” to nie jest poprawny adres e-mail (np. kontakt@lomza.example)"`);
  });

  it('offers [] for a list left empty', () => {
    expect(errors(withChange('content/deklaracja.yaml', /niezgodnosci:\n(  .*\n|\s*#.*\n)+/, 'niezgodnosci:\n\n'))).toMatchInlineSnapshot(`"content/deklaracja.yaml, wiersz 28, pole niezgodnosci: pole jest puste: wpisz listę (każda pozycja w nowym wierszu od „- ”) albo [] gdy lista jest pusta"`);
  });

  it('suggests the nearest existing unit for a mistyped id', () => {
    const texts = { ...real, 'content/jednostki.yaml': `${real['content/jednostki.yaml']}${newUnit.replace('oswiata.lomza.example', 'oswiata@lomza.example')}` };
    const topic = '\n- id: zapisy-do-przedszkoli\n  nazwa: "Zapisy do przedszkoli i szkół"\n  opis: "Rekrutacja do przedszkoli i szkół podstawowych."\n  jednostka: wydzial-oswiata\n  przykladowe: true\n';
    expect(errors({ ...texts, 'content/sprawy.yaml': `${real['content/sprawy.yaml']}${topic}` })).toMatchInlineSnapshot(`"content/sprawy.yaml, wiersz 69, sprawa nr 9 (zapisy-do-przedszkoli), pole jednostka: jednostki „wydzial-oswiata” nie ma w content/jednostki.yaml. Czy chodziło o „wydzial-oswiaty”? Dostępne: pom, finanse, sprawy-obywatelskie, usc, gospodarka-komunalna, sprawy-spoleczne, wydzial-oswiaty"`);
  });

  it('does not suggest an id that is nothing like the one typed', () => {
    expect(errors(withChange('content/sprawy.yaml', 'jednostka: usc\n', 'jednostka: biblioteka\n'))).toMatchInlineSnapshot(`"content/sprawy.yaml, wiersz 45, sprawa nr 5 (akty-stanu-cywilnego), pole jednostka: jednostki „biblioteka” nie ma w content/jednostki.yaml. Dostępne: pom, finanse, sprawy-obywatelskie, usc, gospodarka-komunalna, sprawy-spoleczne"`);
  });

  it('repeats the hours typed: a dot instead of a colon, and an interval the wrong way round', () => {
    expect(errors(withChange('content/urzad.yaml', 'piatek:\n    - { od: "7:30", do: "15:30" }', 'piatek:\n    - { od: 7.30, do: "15:30" }'))).toMatchInlineSnapshot(`"content/urzad.yaml, wiersz 37, godziny, piatek, przedział nr 1, pole od: „7.30” to nie godzina: wpisz godzinę w cudzysłowie w formacie GG:MM, np. "7:30" albo "15:30""`);
    expect(errors(withChange('content/urzad.yaml', 'piatek:\n    - { od: "7:30", do: "15:30" }', 'piatek:\n    - { od: "14:00", do: "7:30" }'))).toMatchInlineSnapshot(`"content/urzad.yaml, wiersz 37, godziny, piatek, przedział nr 1, pole do: przedział od 14:00 do 7:30: godzina zakończenia (do) musi być późniejsza niż godzina rozpoczęcia (od)"`);
  });

  it('gives one message for a point put into the middle of the procedure, saying new points go at the end', () => {
    // The new standard copied below lit. g keeps the letter g: every letter after it was "oczekiwano h, jest g" and so on.
    const inserted = withChange('content/procedura.yaml', '          - litera: h\n', '          - litera: g\n            tekst: "nowy standard wstawiony w środek listy,"\n          - litera: h\n');
    expect(errors(inserted)).toMatchInlineSnapshot(`"content/procedura.yaml, wiersz 73, § 4 ust. 1 lit. g, pole litera: nowy punkt wstawiono w § 4 ust. 1 między lit. g a lit. h. Nowe punkty dopisuj tylko na końcu: każdy punkt ma stały adres (np. #par-4-ust-1-lit-l), na który prowadzą linki w wysłanych e-mailach. Jeśli Urząd zmienił numerację, zapytaj zespół techniczny"`);
  });

  it('names the place in the procedure by §, ust. and lit.', () => {
    expect(errors(withChange('content/procedura.yaml', '- litera: l\n            tekst:', '- tekst:'))).toMatchInlineSnapshot(`"content/procedura.yaml, wiersz 81, § 4 ust. 1, litera nr 12, pole litera: brakuje tego pola: każdy standard musi mieć swoją literę, np. litera: a"`);
  });

  it('says why an extra closed day changes nothing, without brackets inside brackets', () => {
    const texts = withChange('content/urzad.yaml', 'dni_wolne: []', 'dni_wolne:\n  - data: 2026-12-26\n    powod: "test"\n  - data: 2026-11-29\n    powod: "test"');
    expect(warnings(texts)).toMatchInlineSnapshot(`
      "content/urzad.yaml, wiersz 51, dni_wolne, dzień nr 1, pole data: dzień 2026-12-26 i tak jest wolny, bo to święto ustawowe: Drugi dzień Bożego Narodzenia. Ten wpis nic nie zmienia: usuń go albo popraw datę
      content/urzad.yaml, wiersz 53, dni_wolne, dzień nr 2, pole data: dzień 2026-11-29 i tak jest wolny, bo to niedziela. Ten wpis nic nie zmienia: usuń go albo popraw datę"
    `);
  });
});

describe('the PJM video', () => {
  const page = 'content/strony/jezyk-migowy.md';
  const video = (plik: string, napisy: string, transkrypcja = '\n  transkrypcja:\n    - "Dzień dobry. Urząd Miejski w Łomży załatwia sprawy mieszkańców."') =>
    withChange(page, 'aktualizacja: 2026-12-01\n', `aktualizacja: 2026-12-01\nwideo:\n  plik: "${plik}"\n  napisy: "${napisy}"\n  opis: "Film w PJM z napisami."${transkrypcja}\n`);
  const publicFiles = new Map([
    ['favicon.svg', '<svg xmlns="http:'],
    ['wideo/urzad-pjm.mp4', '\u0000\u0000\u0000\u0018ftypmp42'],
    ['wideo/urzad-pjm.vtt', 'WEBVTT\n\n00:00.0'],
    ['wideo/napisy.srt', '1\n00:00:00,000 -'],
  ]);
  const check = (texts: ContentTexts) => checkSiteContent(texts, { today, publicFiles }).errors.map(formatProblem).join('\n');

  it('accepts files that are in public/, written without "public/", and a full address', () => {
    expect(check(video('wideo/urzad-pjm.mp4', 'wideo/urzad-pjm.vtt'))).toBe('');
    expect(check(video('https://wideo.lomza.example/urzad-pjm.mp4', '/wideo/urzad-pjm.vtt'))).toBe('');
  });

  it('rejects a path that starts with public/, showing the right form', () => {
    expect(check(video('public/wideo/urzad-pjm.mp4', 'wideo/urzad-pjm.vtt'))).toMatchInlineSnapshot(`"content/strony/jezyk-migowy.md, wiersz 13, wideo, pole plik: adres wpisz bez „public/” na początku: "wideo/urzad-pjm.mp4" (plik leży w public/, strona sama doda początek adresu)"`);
  });

  it('rejects a video file that is not in public/', () => {
    expect(check(video('wideo/urzad.mp4', 'wideo/urzad-pjm.vtt'))).toMatchInlineSnapshot(`"content/strony/jezyk-migowy.md, wiersz 13, wideo, pole plik: nie ma pliku public/wideo/urzad.mp4: skopiuj film do folderu public/wideo/ w folderze projektu (obok folderu content) albo popraw nazwę"`);
  });

  it('rejects captions that are not WebVTT', () => {
    expect(check(video('wideo/urzad-pjm.mp4', 'wideo/napisy.srt'))).toMatchInlineSnapshot(`"content/strony/jezyk-migowy.md, wiersz 14, wideo, pole napisy: plik public/wideo/napisy.srt nie zaczyna się od słowa WEBVTT, więc to nie są napisy w formacie WebVTT: zapisz napisy w tym formacie (pierwszy wiersz pliku to WEBVTT)"`);
  });

  it('asks for the transcript the page shows under the video', () => {
    expect(check(video('wideo/urzad-pjm.mp4', 'wideo/urzad-pjm.vtt', ''))).toMatchInlineSnapshot(`"content/strony/jezyk-migowy.md, wiersz 13, wideo, pole transkrypcja: brakuje tego pola: wpisz transkrypcję filmu: każdy akapit w nowym wierszu od „- ”, tekst w cudzysłowie"`);
  });
});

describe('the adopting act of the procedure', () => {
  const file = 'content/procedura.yaml';

  it('asks for the order when it is missing', () => {
    expect(errors(withChange(file, /\n# Zarządzenie[^\n]*\nzarzadzenie:\n(  .*\n)+/, '\n'))).toMatchInlineSnapshot(`"content/procedura.yaml, wiersz 13, pole zarzadzenie: brakuje tego pola: wpisz zarządzenie, którym wprowadzono procedurę: wiersz „zarzadzenie:”, a pod nim, wcięte o 2 spacje, numer: "…" i data: RRRR-MM-DD"`);
  });

  it('refuses an order dated in the future or after the last update', () => {
    expect(errors(withChange(file, '  data: 2026-11-25', '  data: 2026-12-24'))).toMatchInlineSnapshot(`
      "content/procedura.yaml, wiersz 19, zarzadzenie, pole data: data 2026-12-24 jest w przyszłości; wpisz datę zarządzenia z jego tytułu (dziś jest 2026-12-01)
      content/procedura.yaml, wiersz 14, pole aktualizacja: data aktualizacji (2026-12-01) jest wcześniejsza niż data zarządzenia (2026-12-24): po przepisaniu tekstu z nowego zarządzenia ustaw aktualizacja na dzień tej zmiany"
    `);
  });

  it('warns before publication while its number is a placeholder', () => {
    const messages = checkSiteContent(real, { today, production: true }).warnings.filter((w) => w.file === file).map(formatProblem);
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/procedura.yaml, wiersz 18, zarzadzenie, pole numer: numer i data zarządzenia są przykładowe (przykladowe: true): wpisz je z dokumentu Urzędu i zmień na false przed publikacją",
      ]
    `);
  });
});
