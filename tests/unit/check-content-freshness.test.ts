import { describe, expect, it } from 'vitest';
import { lastReviewDeadline, type ContentTexts } from '../../src/content/check-content.ts';
import { checkSiteContent } from '../../src/site/content-check.ts';
import { readContentFiles } from '../../src/content/read-content-files.ts';

const real: ContentTexts = readContentFiles(process.cwd());
const today = '2026-12-01';

/** Errors and warnings without the place in words (pinned in content-messages.test.ts). */
function check(texts: ContentTexts, options: Parameters<typeof checkSiteContent>[1]) {
  const { errors, warnings } = checkSiteContent(texts, options);
  const plain = (ps: typeof errors) => ps.map(({ where: _where, ...p }) => p);
  return { errors: plain(errors), warnings: plain(warnings) };
}

function change(file: string, from: string | RegExp, to: string): ContentTexts {
  const after = real[file]!.replace(from, to);
  if (after === real[file]) throw new Error(`no match in ${file}`);
  return { ...real, [file]: after };
}

describe('content dates', () => {
  it('rejects a date in the future', () => {
    const { errors } = check(change('content/procedura.yaml', 'aktualizacja: 2026-12-01', 'aktualizacja: 2027-01-10'), { today });
    expect(errors).toEqual([
      { file: 'content/procedura.yaml', line: 14, field: 'aktualizacja', message: 'data 2027-01-10 jest w przyszłości; wpisz datę, która już nastąpiła (dziś jest 2026-12-01)' },
    ]);
  });

  it('rejects an "updated" date older than the last change of the file', () => {
    const { errors } = check(real, { today: '2026-12-20', changedOn: { 'content/procedura.yaml': '2026-12-18' } });
    expect(errors).toEqual([
      {
        file: 'content/procedura.yaml',
        line: 14,
        field: 'aktualizacja',
        message: 'plik zmieniono 2026-12-18, a najnowsza data w nim to 2026-12-01: ustaw aktualizacja na dzień tej zmiany, żeby strona podawała prawdziwą datę aktualizacji',
      },
    ]);
  });

  it('accepts a statement change covered by a newer review date', () => {
    const texts = change('content/deklaracja.yaml', 'data_przegladu: 2026-12-01', 'data_przegladu: 2026-12-18');
    expect(check(texts, { today: '2026-12-20', changedOn: { 'content/deklaracja.yaml': '2026-12-18' } }).errors).toEqual([]);
  });

  it('checks the front matter date of a Markdown page on its line in the file', () => {
    const { errors } = check(real, { today: '2026-12-20', changedOn: { 'content/strony/latwy-tekst.md': '2026-12-18' } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/strony/latwy-tekst.md', field: 'aktualizacja' });
    expect(real['content/strony/latwy-tekst.md']!.split('\n')[errors[0]!.line! - 1]).toMatch(/^aktualizacja:/);
  });
});

describe('yearly review of the statement', () => {
  it('finds the last 31 March on or before a day', () => {
    expect(lastReviewDeadline('2026-11-25')).toBe('2026-03-31');
    expect(lastReviewDeadline('2027-03-30')).toBe('2026-03-31');
    expect(lastReviewDeadline('2027-03-31')).toBe('2027-03-31');
  });

  it('counts a review made before 31 March of the same year as on time', () => {
    const texts = change('content/deklaracja.yaml', 'data_przegladu: 2026-12-01', 'data_przegladu: 2027-03-15');
    expect(check(texts, { today: '2027-11-20' }).warnings).toEqual([]);
    expect(check(texts, { today: '2028-03-30' }).warnings).toEqual([]);
    expect(check(texts, { today: '2028-03-31' }).warnings.map((w) => w.field)).toEqual(['data_przegladu']);
  });

  it('warns when the statement was not reviewed in the year of the last 31 March', () => {
    const { errors, warnings } = check(real, { today: '2027-04-02' });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      {
        file: 'content/deklaracja.yaml',
        line: 36,
        field: 'data_przegladu',
        message: 'deklaracji dostępności nie przejrzano w 2027 roku, a termin minął 2027-03-31 (przegląd trzeba robić co roku do 31 marca): przejrzyj ją i wpisz datę przeglądu w data_przegladu',
      },
    ]);
  });
});

describe('warnings for the public build', () => {
  it('lists sample units and example-domain addresses only when building for production', () => {
    expect(check(real, { today }).warnings).toEqual([]);
    const warnings = check(real, { today, production: true }).warnings.map((w) => w.message);
    expect(warnings).toContain('jednostka „pom” ma dane przykładowe (przykladowe: true): sprawdź je i zmień na false przed publikacją');
    expect(warnings).toContain('adres pom@lomza.example jest przykładowy (domena zarezerwowana, poczta tam nie dochodzi): wpisz prawdziwy adres');
  });

  it('warns about a unit that no topic routes to', () => {
    const texts = change('content/sprawy.yaml', /jednostka: usc/g, 'jednostka: pom');
    expect(check(texts, { today }).warnings).toEqual([
      { file: 'content/jednostki.yaml', line: 42, field: '3.id', message: 'żadna sprawa w content/sprawy.yaml nie wskazuje jednostki „usc”: formularz nie skieruje do niej żadnej prośby' },
    ]);
  });
});

describe('internal links in Markdown pages', () => {
  it('accepts links to existing pages and rejects others', () => {
    const file = 'content/strony/latwy-tekst.md';
    const ok = { ...real, [file]: `${real[file]}\n\n[Poproś o telefon](oddzwonimy/) i [deklaracja](/deklaracja-dostepnosci/#a11y-status).\n` };
    expect(check(ok, { today }).errors).toEqual([]);
    const bad = { ...real, [file]: `${real[file]}\n\n[Formularz](formularz/)\n` };
    const { errors } = check(bad, { today });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file, line: bad[file]!.split('\n').length - 1 });
    expect(errors[0]!.message).toMatch(/^link „formularz\/” nie prowadzi do żadnej strony tego serwisu\. Istniejące strony: procedura-obslugi-telefonicznej\//);
  });
});

describe('rules across content and code', () => {
  it('rejects a topic with the id reserved for "Inna sprawa"', () => {
    const { errors } = check(change('content/sprawy.yaml', '- id: odpady', '- id: inna'), { today });
    expect(errors.map((e) => e.message)).toContain('identyfikator „inna” jest zajęty przez wbudowaną odpowiedź „Inna sprawa albo nie wiem”: wybierz inny');
  });

  it('warns about an extra closed day that is a weekend or a public holiday anyway', () => {
    const texts = change('content/urzad.yaml', 'dni_wolne: []', 'dni_wolne:\n  - data: 2026-12-26\n    powod: test\n  - data: 2026-11-28\n    powod: test\n  - data: 2026-11-27\n    powod: dzień wolny');
    expect(check(texts, { today }).warnings.map((w) => w.message)).toEqual([
      'dzień 2026-12-26 i tak jest wolny, bo to święto ustawowe: Drugi dzień Bożego Narodzenia. Ten wpis nic nie zmienia: usuń go albo popraw datę',
      'dzień 2026-11-28 i tak jest wolny, bo to sobota. Ten wpis nic nie zmienia: usuń go albo popraw datę',
    ]);
  });

  it('rejects a procedure that lost a standard the staff e-mails quote', () => {
    const texts = change('content/procedura.yaml', /- litera: o\n\s+tekst: .*\n/, '');
    expect(check(texts, { today }).errors.map((e) => e.message)).toEqual([
      'e-maile do pracowników cytują § 4 ust. 1 lit. h, l, d, m, i, j, o, k; brakuje lit. o. Nie usuwaj tych standardów ani nie zmieniaj ich liter (poproś zespół techniczny o zmianę listy)',
    ]);
  });

  it('keeps the statement status and the list of inaccessible content consistent', () => {
    const compliant = change('content/deklaracja.yaml', 'status: "częściowo zgodna"', 'status: "zgodna"');
    expect(check(compliant, { today }).errors.map((e) => e.message)).toEqual([
      'status „zgodna”, a listy niezgodnosci, wylaczenia albo nadmierne_koszty nie są puste: zmień status na „częściowo zgodna” albo usuń rozwiązane pozycje',
    ]);
  });
});
