import { describe, expect, it } from 'vitest';
import { formatProblem, type ContentProblem, type ContentTexts } from '../../src/content/check-content.ts';
import { checkSiteContent } from '../../src/site/content-check.ts';
import { readContentFiles } from '../../src/content/read-content-files.ts';

const real: ContentTexts = readContentFiles(process.cwd());
const OPTS = { today: '2026-12-01' };

const OFFICE = 'content/urzad.yaml';
const PROCEDURE = 'content/procedura.yaml';
const STATEMENT = 'content/deklaracja.yaml';
const UNITS = 'content/jednostki.yaml';
const TOPICS = 'content/sprawy.yaml';

const YAML_HINT = 'Sprawdź wcięcia (spacje, nie tabulatory), dwukropki i cudzysłowy';

/** The real content with one file changed by a text replacement (which must match). */
function withChange(file: string, from: string | RegExp, to: string): ContentTexts {
  const before = real[file];
  if (before === undefined) throw new Error(`no ${file} in the real content`);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`the replacement does not match anything in ${file}`);
  return { ...real, [file]: after };
}

/** The errors, without the place in words (pinned in content-messages.test.ts): file, line, field and message. */
const errorsOf = (texts: ContentTexts): ContentProblem[] => checkSiteContent(texts, OPTS).errors.map(({ where: _where, ...p }) => p);

describe('checkContent on the real content', () => {
  it('reads every content file, the pages included', () => {
    expect(Object.keys(real).sort()).toEqual([
      'content/deklaracja.yaml',
      'content/jednostki.yaml',
      'content/pisma.yaml',
      'content/procedura.yaml',
      'content/sprawy.yaml',
      'content/strony/jezyk-migowy.md',
      'content/strony/latwy-tekst.md',
      'content/strony/ochrona-danych.md',
      'content/urzad.yaml',
    ]);
  });

  it('finds no errors and no warnings', () => {
    expect(checkSiteContent(real, OPTS)).toEqual({ errors: [], warnings: [] });
  });
});

describe('checkContent: units and topics', () => {
  const badEmail: ContentProblem = { file: UNITS, line: 26, field: '0.email.0', message: 'w adresie „pom(at)lomza” brakuje znaku „@” (adres wygląda tak: kontakt@lomza.example)' };

  it('reports a unit e-mail that is not an address, with its line and field', () => {
    const errors = errorsOf(withChange(UNITS, 'email: [pom@lomza.example]', 'email: [pom(at)lomza]'));
    expect(errors).toContainEqual(badEmail);
    expect(checkSiteContent(withChange(UNITS, 'email: [pom@lomza.example]', 'email: [pom(at)lomza]'), OPTS).errors.map(formatProblem)).toContain(
      'content/jednostki.yaml, wiersz 26, jednostka nr 1 (pom), pole email: w adresie „pom(at)lomza” brakuje znaku „@” (adres wygląda tak: kontakt@lomza.example)',
    );
  });

  it('does not also claim that the fallback unit "pom" is missing when only its e-mail is wrong', () => {
    expect(errorsOf(withChange(UNITS, 'email: [pom@lomza.example]', 'email: [pom(at)lomza]'))).toEqual([badEmail]);
  });

  it('does not also claim that topics point to a missing unit when the unit is only invalid', () => {
    expect(errorsOf(withChange(UNITS, 'email: [podatki@lomza.example]', 'email: [podatki(at)lomza]'))).toEqual([
      { file: UNITS, line: 32, field: '1.email.0', message: 'w adresie „podatki(at)lomza” brakuje znaku „@” (adres wygląda tak: kontakt@lomza.example)' },
    ]);
  });

  it('reports a topic whose unit does not exist, listing the units that do', () => {
    expect(errorsOf(withChange(TOPICS, 'jednostka: usc\n', 'jednostka: usc-lomza\n'))).toEqual([
      {
        file: TOPICS,
        line: 45,
        field: '4.jednostka',
        message:
          'jednostki „usc-lomza” nie ma w content/jednostki.yaml. Czy chodziło o „usc”? Dostępne: pom, finanse, sprawy-obywatelskie, usc, gospodarka-komunalna, sprawy-spoleczne',
      },
    ]);
  });

  it('reports a unit id used twice, on the line of the second one', () => {
    const duplicate = 'przykladowe: true\n\n- id: usc\n  nazwa: "Urząd Stanu Cywilnego – filia"\n  email: [usc.filia@lomza.example]\n  telefon: "86 215 67 42"\n';
    expect(errorsOf(withChange(UNITS, /przykladowe: true\n$/, duplicate))).toEqual([
      { file: UNITS, line: 60, field: '6.id', message: 'identyfikator „usc” jest już użyty (pozycja 4); każdy identyfikator musi być inny' },
    ]);
  });

  it('refuses the unit id "koordynator", kept for the accessibility requests', () => {
    const coordinator = 'przykladowe: true\n\n- id: koordynator\n  nazwa: "Koordynator"\n  email: [dostepnosc@lomza.example]\n  telefon: "86 215 67 42"\n';
    expect(errorsOf(withChange(UNITS, /przykladowe: true\n$/, coordinator))).toEqual([
      expect.objectContaining({ file: UNITS, field: '6.id', message: 'identyfikator „koordynator” jest zarezerwowany dla wniosków o dostępność (trafiają do koordynatora z pliku content/urzad.yaml): wybierz dla jednostki inny' }),
    ]);
  });

  it('reports the missing fallback unit "pom"', () => {
    expect(errorsOf(withChange(UNITS, '- id: pom\n', '- id: punkt-obslugi\n'))).toEqual([
      { file: UNITS, message: 'brakuje jednostki „pom” (Punkt Obsługi Mieszkańców): do niej trafiają sprawy, których nie da się przypisać' },
    ]);
  });
});

describe('checkContent: text length', () => {
  it('says how many characters a too short or too long text may have, in Polish plural forms', () => {
    const short = errorsOf(withChange(TOPICS, 'nazwa: "Podatki i opłaty lokalne"', 'nazwa: "Po"')).map((p) => p.message);
    expect(short.some((m) => m.includes('za krótki tekst: wpisz co najmniej 3 znaki'))).toBe(true);
    const long = errorsOf(withChange(TOPICS, 'nazwa: "Podatki i opłaty lokalne"', `nazwa: "${'x'.repeat(81)}"`)).map((p) => p.message);
    expect(long.some((m) => m.includes('za długi tekst: najwyżej 80 znaków'))).toBe(true);
  });
});

describe('checkContent: the sign-language choices and the remote interpreter (urzad.yaml, jezyk_migowy)', () => {
  const link = (adres: string) => withChange(OFFICE, '  wybory:\n', `  tlumacz_online:\n    nazwa: "Tłumacz online PZG"\n    adres: "${adres}"\n  wybory:\n`);

  it('accepts an https link to the remote interpreter, and none at all', () => {
    expect(errorsOf(link('https://tlumacz.pzg.example/lomza'))).toEqual([]);
    expect(errorsOf(real)).toEqual([]);
  });

  it.each(['http://tlumacz.pzg.example/lomza', 'tlumacz.pzg.example/lomza', 'javascript:alert(1)'])('refuses %s as the link: only https', (adres) => {
    expect(errorsOf(link(adres))).toEqual([expect.objectContaining({ file: OFFICE, field: 'jezyk_migowy.tlumacz_online.adres', message: 'wpisz pełny adres strony zaczynający się od https://' })]);
  });

  it('refuses a link without its name', () => {
    const texts = withChange(OFFICE, '  wybory:\n', '  tlumacz_online:\n    adres: "https://tlumacz.pzg.example/lomza"\n  wybory:\n');
    expect(errorsOf(texts).map((e) => e.field)).toEqual(['jezyk_migowy.tlumacz_online.nazwa']);
  });

  it('needs the wording of every choice, and no unknown choice', () => {
    expect(errorsOf(withChange(OFFICE, /    skogn:\n(      .*\n){3}/, '')).map((e) => e.field)).toEqual(['jezyk_migowy.wybory.skogn']);
    expect(errorsOf(withChange(OFFICE, '    wideo-sjm:\n', '    wideo-sjn:\n')).map((e) => e.field).sort()).toEqual(['jezyk_migowy.wybory.wideo-sjm', 'jezyk_migowy.wybory.wideo-sjn'].sort());
  });
});

describe('checkContent: the office (urzad.yaml)', () => {
  it('reports a missing required field at the start of the document', () => {
    expect(errorsOf(withChange(OFFICE, 'nazwa: "Urząd Miejski w Łomży"\n', ''))).toEqual([
      { file: OFFICE, line: 6, field: 'nazwa', message: 'brakuje tego pola (oczekiwano: tekst)' },
    ]);
  });

  it('reports opening hours that end before they start', () => {
    expect(errorsOf(withChange(OFFICE, 'wtorek:\n    - { od: "7:30", do: "15:30" }', 'wtorek:\n    - { od: "15:30", do: "7:30" }'))).toEqual([
      { file: OFFICE, line: 31, field: 'godziny.wtorek.0.do', message: 'przedział od 15:30 do 7:30: godzina zakończenia (do) musi być późniejsza niż godzina rozpoczęcia (od)' },
    ]);
  });

  it('reports two opening intervals on one day that overlap', () => {
    const texts = withChange(OFFICE, 'sroda:\n    - { od: "7:30", do: "15:30" }', 'sroda:\n    - { od: "7:30", do: "12:00" }\n    - { od: "11:00", do: "15:30" }');
    expect(errorsOf(texts)).toEqual([{ file: OFFICE, line: 33, field: 'godziny.sroda', message: 'godziny 7:30–12:00 i 11:00–15:30 nakładają się' }]);
  });

  it('reports a misspelt key on the line where it is written', () => {
    const errors = errorsOf(withChange(OFFICE, 'telefon: "86 215 67 00"', 'telefonn: "86 215 67 00"'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toEqual({ file: OFFICE, line: 5, field: 'telefon', message: 'brakuje tego pola: wpisz numer telefonu, np. 86 215 67 00' });
    expect(errors[1]).toMatchObject({
      file: OFFICE,
      line: 15,
      message: 'nieznane pole: telefonn. Sprawdź pisownię (pola piszemy małymi literami bez polskich znaków)',
    });
  });

  it('reports a too-short phone number once, saying what is wrong', () => {
    expect(errorsOf(withChange(OFFICE, 'telefon: "86 215 67 00"', 'telefon: "86 215"'))).toEqual([
      { file: OFFICE, line: 15, field: 'telefon', message: 'numer telefonu jest za krótki: numer w Polsce ma 9 cyfr, np. 600 100 200 albo 86 215 67 00' },
    ]);
  });

  it('checks phone numbers in content as the form does (libphonenumber-js), in Polish', () => {
    expect(errorsOf(withChange(OFFICE, 'telefon: "86 215 67 00"', 'telefon: "12 34"'))).toEqual([
      { file: OFFICE, line: 15, field: 'telefon', message: 'numer telefonu jest za krótki: numer w Polsce ma 9 cyfr, np. 600 100 200 albo 86 215 67 00' },
    ]);
    expect(errorsOf(withChange(OFFICE, 'telefon: "86 215 67 00"', 'telefon: "86 215 67 00 1"'))[0]?.message).toMatch(/^numer telefonu ma za dużo cyfr/);
    expect(errorsOf(withChange(OFFICE, 'telefon: "86 215 67 00"', 'telefon: "86 215 67 OO"'))[0]?.message).toMatch(/^wpisz numer telefonu cyframi/);
    expect(errorsOf(withChange(OFFICE, 'telefon: "86 215 67 00"', 'telefon: "+48 86 215 67 00"'))).toEqual([]);
  });

  it('explains a too-short name in words an editor understands (no "string", no ">=")', () => {
    const errors = errorsOf(withChange(OFFICE, 'nazwa: "Urząd Miejski w Łomży"', 'nazwa: "UM"'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: OFFICE, line: 5, field: 'nazwa' });
    expect(errors[0]!.message).not.toMatch(/string|>=/);
  });
});

describe('checkContent: dates', () => {
  it('reports a date that does not exist in procedura.yaml', () => {
    expect(errorsOf(withChange(PROCEDURE, 'aktualizacja: 2026-12-01', 'aktualizacja: 2026-13-45'))).toEqual([
      { file: PROCEDURE, line: 14, field: 'aktualizacja', message: 'taka data nie istnieje w kalendarzu' },
    ]);
  });

  const wrongFormat: ContentProblem = { file: STATEMENT, line: 13, field: 'data_publikacji', message: 'wpisz datę w formacie RRRR-MM-DD, np. 2026-03-31' };

  it('reports a date written as DD.MM.RRRR in deklaracja.yaml, asking for RRRR-MM-DD', () => {
    expect(errorsOf(withChange(STATEMENT, 'data_publikacji: 2026-11-25', 'data_publikacji: 25.11.2026'))).toContainEqual(wrongFormat);
  });

  it('does not also call a wrongly written date one that "does not exist in the calendar"', () => {
    expect(errorsOf(withChange(STATEMENT, 'data_publikacji: 2026-11-25', 'data_publikacji: 25.11.2026'))).toEqual([wrongFormat]);
  });
});

describe('checkContent: YAML syntax', () => {
  it('reports a tab indent on its line without crashing', () => {
    let errors: ContentProblem[] = [];
    expect(() => (errors = errorsOf(withChange(OFFICE, '  ulica: "Stary Rynek 14"', '\tulica: "Stary Rynek 14"')))).not.toThrow();
    expect(errors[0]).toEqual({ file: OFFICE, line: 10, message: `błąd zapisu YAML: wcięcie tabulatorem zamiast spacji. ${YAML_HINT}` });
    for (const e of errors) expect(e).toMatchObject({ file: OFFICE, line: expect.any(Number) });
  });

  it('reports an unclosed quote on its line, and nothing about files that depend on it', () => {
    expect(errorsOf(withChange(UNITS, 'nazwa: "Wydział Finansowy"', 'nazwa: "Wydział Finansowy'))).toEqual([
      { file: UNITS, line: 31, message: `błąd zapisu YAML: brakuje znaku (np. zamykającego cudzysłowu lub nawiasu). ${YAML_HINT}` },
    ]);
  });
});

describe('checkContent: the procedure (procedura.yaml)', () => {
  it('reports a deleted "litera:" line as a field written twice, on the orphaned text', () => {
    // Without its "- litera: l" line, the text of lit. l joins lit. k, which already has a text.
    expect(errorsOf(withChange(PROCEDURE, '          - litera: l\n', ''))).toEqual([
      { file: PROCEDURE, line: 81, message: `błąd zapisu YAML: to samo pole wpisano dwa razy. ${YAML_HINT}` },
    ]);
  });

  it('reports a standard that lost its letter with the schema’s own message', () => {
    expect(errorsOf(withChange(PROCEDURE, '- litera: l\n            tekst:', '- tekst:'))).toEqual([
      { file: PROCEDURE, line: 81, field: 'paragrafy.3.ustepy.0.litery.11.litera', message: 'brakuje tego pola: każdy standard musi mieć swoją literę, np. litera: a' },
    ]);
  });

  it('reports letters out of order, each on its line', () => {
    const swapped = real[PROCEDURE]!.replace('litera: k\n', 'litera: @\n').replace('litera: l\n', 'litera: k\n').replace('litera: @\n', 'litera: l\n');
    expect(errorsOf({ ...real, [PROCEDURE]: swapped })).toEqual([
      { file: PROCEDURE, line: 79, field: 'paragrafy.3.ustepy.0.litery.10.litera', message: 'litery w § 4 ust. 1 muszą iść po kolei: oczekiwano k, jest l' },
      { file: PROCEDURE, line: 81, field: 'paragrafy.3.ustepy.0.litery.11.litera', message: 'litery w § 4 ust. 1 muszą iść po kolei: oczekiwano l, jest k' },
    ]);
  });

  it('does not report a value of the wrong type as a missing field', () => {
    const errors = errorsOf(withChange(PROCEDURE, '  - numer: 2\n    tytul', '  - numer: "2"\n    tytul'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: PROCEDURE, line: 31, field: 'paragrafy.1.numer' });
    expect(errors[0]!.message).not.toMatch(/^brakuje tego pola/);
  });
});

describe('checkContent: pages', () => {
  it('reports a Markdown page without its front matter', () => {
    expect(errorsOf(withChange('content/strony/ochrona-danych.md', /^---\n[\s\S]*?\n---\n/, ''))).toEqual([
      {
        file: 'content/strony/ochrona-danych.md',
        line: 1,
        message: 'brakuje nagłówka strony: plik ma zaczynać się od linii „---”, potem pola tytul, opis, aktualizacja, i znów „---”',
      },
    ]);
  });

  it('reports a bad field in the front matter on its line in the file', () => {
    expect(errorsOf(withChange('content/strony/latwy-tekst.md', 'aktualizacja: 2026-12-01', 'aktualizacja: 2026-11-31'))).toEqual([
      { file: 'content/strony/latwy-tekst.md', line: 13, field: 'aktualizacja', message: 'taka data nie istnieje w kalendarzu' },
    ]);
  });

  it('reports a required page that is missing', () => {
    const texts = { ...real };
    delete texts['content/strony/jezyk-migowy.md'];
    expect(errorsOf(texts)).toEqual([{ file: 'content/strony/jezyk-migowy.md', message: 'brakuje tej strony' }]);
  });
});

describe('formatProblem', () => {
  it('names the file, the line and the field before the message', () => {
    expect(formatProblem({ file: OFFICE, line: 31, field: 'godziny.wtorek.0.do', message: 'godzina zakończenia musi być późniejsza niż godzina rozpoczęcia' })).toBe(
      'content/urzad.yaml, wiersz 31, pole „godziny.wtorek.0.do”: godzina zakończenia musi być późniejsza niż godzina rozpoczęcia',
    );
  });

  it('leaves out the line and the field when they are not known', () => {
    expect(formatProblem({ file: 'content/strony/jezyk-migowy.md', message: 'brakuje tej strony' })).toBe('content/strony/jezyk-migowy.md: brakuje tej strony');
    expect(formatProblem({ file: UNITS, line: 31, message: 'x' })).toBe('content/jednostki.yaml, wiersz 31: x');
  });
});
