/**
 * The editor guide (`content/README.md`) says what the checker does. Its
 * table "Co sprawdzenie pilnuje, a czego nie" is tied to the checker both
 * ways: every row has a fixture here that breaks that rule, and the checker
 * answers exactly as the row says (an error, a warning, a warning only for
 * the public build, or nothing at all); every rule here has its row. A
 * sentence elsewhere in the guide that says the check does not do something
 * must be one of the known ones below and name a rule the table marks
 * "nie sprawdza".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckOptions, ContentTexts } from '../../src/content/check-content.ts';
import { listContentFiles, readContentFiles } from '../../src/content/read-content-files.ts';
import { checkSiteContent } from '../../src/site/content-check.ts';

const guide = readFileSync('content/README.md', 'utf8');
const real: ContentTexts = readContentFiles(process.cwd());
const today = '2026-12-01';

type Verdict = 'błąd' | 'uwaga' | 'uwaga przy `--produkcja`' | 'nie sprawdza';

interface Fixture {
  texts: ContentTexts;
  options?: Partial<CheckOptions>;
  /** The same content without the mistake, when the real content is not that (default: the real content). */
  good?: ContentTexts;
}

function change(file: string, from: string | RegExp, to: string, texts: ContentTexts = real): ContentTexts {
  const after = texts[file]!.replace(from, to);
  if (after === texts[file]) throw new Error(`no match in ${file}: ${String(from)}`);
  return { ...texts, [file]: after };
}

const publicFiles = new Map([['wideo/urzad-pjm.mp4', 'ftypmp42'], ['wideo/urzad-pjm.vtt', 'WEBVTT\n']]);
const withVideo = (napisy: string) =>
  change('content/strony/jezyk-migowy.md', 'aktualizacja: 2026-12-01\n', `aktualizacja: 2026-12-01\nwideo:\n  plik: "wideo/urzad-pjm.mp4"\n  napisy: "${napisy}"\n  opis: "Film w PJM."\n  transkrypcja:\n    - "Dzień dobry."\n`);
const reviewed = change('content/deklaracja.yaml', 'data_przegladu: 2026-12-01', 'data_przegladu: 2027-03-31');
const newUnit = (email: string, sample: boolean) =>
  change(
    'content/sprawy.yaml',
    /$/,
    `\n- id: zapisy\n  nazwa: "Zapisy do szkół"\n  opis: "Rekrutacja do szkół."\n  jednostka: edukacja\n  przykladowe: ${sample}\n`,
    change('content/jednostki.yaml', /$/, `\n- id: edukacja\n  nazwa: "Wydział Edukacji"\n  email: [${email}]\n  telefon: "86 215 67 51"\n  przykladowe: ${sample}\n`),
  );

/** Each rule of the guide's table, with content that breaks it. */
const RULES: Record<string, () => Fixture> = {
  'Zapis YAML: wcięcia spacjami, dwukropki, cudzysłowy': () => ({ texts: change('content/urzad.yaml', '  ulica:', '\tulica:') }),
  'Wymagane pola i ich zapis: daty, godziny, telefony, adresy e-mail, kody pocztowe': () => ({ texts: change('content/deklaracja.yaml', 'data_publikacji: 2026-11-25', 'data_publikacji: 25.11.2026') }),
  'Sprawa wskazuje jednostkę, która jest w `jednostki.yaml`': () => ({ texts: change('content/sprawy.yaml', 'jednostka: usc\n', 'jednostka: ucs\n') }),
  'Jest jednostka `pom` (Punkt Obsługi Mieszkańców)': () => ({ texts: change('content/jednostki.yaml', '- id: pom\n', '- id: punkt\n') }),
  'Żadna jednostka nie ma `id: koordynator` (tak zapisane są wnioski o dostępność)': () => ({
    texts: change('content/jednostki.yaml', /przykladowe: true\n$/, 'przykladowe: true\n\n- id: koordynator\n  nazwa: "Koordynator"\n  email: [dostepnosc@lomza.example]\n  telefon: "86 215 67 42"\n'),
  }),
  'Każda jednostka i każda sprawa ma inny `id`': () => ({ texts: change('content/sprawy.yaml', '- id: odpady', '- id: podatki-lokalne') }),
  'Żadna sprawa nie ma `id: inna`': () => ({ texts: change('content/sprawy.yaml', '- id: odpady', '- id: inna') }),
  'Procedura ma kolejne numery i litery, nowe punkty tylko na końcu': () => ({ texts: change('content/procedura.yaml', '- litera: h\n', '- litera: g\n            tekst: "nowy punkt,"\n          - litera: h\n') }),
  'Procedura ma standardy cytowane w e-mailach (§ 4 ust. 1 lit. d, h, i, j, k, l, m, o)': () => ({ texts: change('content/procedura.yaml', /\n\s+- litera: o\n\s+tekst: .*/, '') }),
  'Status deklaracji pasuje do list `niezgodnosci`, `wylaczenia` i `nadmierne_koszty`': () => ({ texts: change('content/deklaracja.yaml', 'status: "częściowo zgodna"', 'status: "zgodna"') }),
  'Żadna data nie jest w przyszłości': () => ({ texts: change('content/strony/latwy-tekst.md', 'aktualizacja: 2026-12-01', 'aktualizacja: 2027-01-10') }),
  'Data aktualizacji nie jest starsza niż ostatnia zmiana pliku': () => ({
    texts: real,
    good: change('content/strony/latwy-tekst.md', 'aktualizacja: 2026-12-01', 'aktualizacja: 2026-12-02'),
    options: { today: '2026-12-02', changedOn: { 'content/strony/latwy-tekst.md': '2026-12-02' } },
  }),
  'Linki w stronach `.md` do stron tego serwisu prowadzą do istniejących stron': () => ({ texts: change('content/strony/latwy-tekst.md', /$/, '\n[Formularz](formularz/)\n') }),
  'Dane Urzędu w tekstach (`{{telefon}}`, `{{email}}` …) mają znaną nazwę i są domknięte; telefonu i e-maila Urzędu nie wpisano ręcznie': () => ({
    texts: change('content/strony/latwy-tekst.md', /$/, '\nZadzwoń: {{telefn}}.\n'),
  }),
  'Obrazki w stronach `.md` mają opis i leżą w folderze `content`, herb z `urzad.yaml` też': () => ({
    texts: change('content/strony/latwy-tekst.md', /$/, '\n![Telefon.](./obrazki/nie-ma-takiego.svg)\n'),
    options: { files: listContentFiles(process.cwd()) },
  }),
  'Tytuł strony nie powtarza nazwy Urzędu i nie ma myślnika': () => ({ texts: change('content/strony/latwy-tekst.md', 'tytul: "Tekst łatwy do czytania"', 'tytul: "Tekst łatwy do czytania, Urząd Miejski w Łomży"') }),
  'Tytuł strony o PJM nie obiecuje filmu, którego jeszcze nie ma': () => ({
    texts: change('content/strony/jezyk-migowy.md', 'tytul: "Kontakt z urzędem dla osób Głuchych i słabosłyszących"', 'tytul: "Informacje w polskim języku migowym (PJM)"'),
  }),
  'Koordynator dostępności to osoba albo komórka Urzędu, nie nazwa funkcji': () => ({
    texts: change('content/urzad.yaml', 'nazwa: "Punkt Obsługi Mieszkańców"\n  nazwa_dopelniacz', 'nazwa: "Koordynator do spraw dostępności"\n  nazwa_dopelniacz'),
  }),
  'Opisy dostępności w deklaracji mówią o wejściach, windach, toalecie, parkingu, psie asystującym, pętli indukcyjnej i tłumaczu': () => ({
    texts: real,
    good: change(
      'content/deklaracja.yaml',
      'komunikacja:\n',
      'komunikacja:\n  - "W Punkcie Obsługi Mieszkańców jest pętla indukcyjna."\n',
      change('content/deklaracja.yaml', 'architektura:\n', 'architektura:\n  - "W budynku jest winda. Toaleta dla osób z niepełnosprawnościami jest na parterze. Miejsca parkingowe są przy wejściu."\n'),
    ),
  }),
  'Pisma do wnioskodawców (`pisma.yaml`) mają tylko znane pola w nawiasach `{…}` i wszystkie pola obowiązkowe danego pisma': () => ({
    texts: change('content/pisma.yaml', 'Zapewnimy dostępność najpóźniej {termin}.', 'Zapewnimy dostępność najpóźniej {nowy_termin}.'),
  }),
  'Film PJM i napisy leżą w folderze `public`, napisy są w formacie WebVTT': () => ({ texts: withVideo('wideo/brak.vtt'), good: withVideo('wideo/urzad-pjm.vtt'), options: { publicFiles } }),
  'Link do tłumacza online (`jezyk_migowy.tlumacz_online`) ma nazwę i adres zaczynający się od `https://`': () => ({
    texts: change('content/urzad.yaml', '  wybory:\n', '  tlumacz_online:\n    nazwa: "Tłumacz online PZG"\n    adres: "http://tlumacz.pzg.example/lomza"\n  wybory:\n'),
    good: change('content/urzad.yaml', '  wybory:\n', '  tlumacz_online:\n    nazwa: "Tłumacz online PZG"\n    adres: "https://tlumacz.pzg.example/lomza"\n  wybory:\n'),
  }),
  'Każdy wybór języka migowego (`wideo-pjm`, `wideo-sjm`, `skogn`, `osoba-przybrana`) ma `nazwa`, `opis` i `dla_pracownika`, i nie ma innych': () => ({
    texts: change('content/urzad.yaml', /      dla_pracownika: "umówić spotkanie.*\n/, ''),
  }),
  'Deklarację przejrzano w roku ostatniego 31 marca, przed nim albo po nim': () => ({ texts: real, good: reviewed, options: { today: '2027-04-02' } }),
  'Do każdej jednostki kieruje jakaś sprawa': () => ({ texts: change('content/sprawy.yaml', /jednostka: usc/g, 'jednostka: pom') }),
  'Dzień wolny nie wypada w sobotę, niedzielę ani w święto': () => ({ texts: change('content/urzad.yaml', 'dni_wolne: []', 'dni_wolne:\n  - data: 2026-12-26\n    powod: "test"') }),
  'Dane przykładowe: `przykladowe: true`, adresy w domenie `lomza.example`': () => ({ texts: newUnit('edukacja@lomza.example', true), good: newUnit('edukacja@lomza.pl', false) }),
  'Czy skrzynka e-mail naprawdę istnieje': () => ({ texts: newUnit('nie.ma.takiej.skrzynki@lomza.pl', false), good: newUnit('edukacja@lomza.pl', false) }),
  'Czy pod numerem telefonu ktoś odbiera': () => ({ texts: change('content/jednostki.yaml', 'telefon: "86 215 67 21"', 'telefon: "86 215 99 99"') }),
  'Czy tekst procedury jest słowo w słowo taki jak w zarządzeniu': () => ({ texts: change('content/procedura.yaml', 'należy zawsze oddzwonić', 'można oddzwonić') }),
  'Czy tekst łatwy do czytania jest naprawdę łatwy': () => ({ texts: change('content/strony/latwy-tekst.md', /$/, '\nW celu uzyskania informacji zgodnych z właściwością Urzędu należy kontaktować się z Punktem Obsługi Mieszkańców.\n') }),
  'Czy działają linki do innych serwisów (`https://…`)': () => ({ texts: change('content/strony/latwy-tekst.md', /$/, '\n[Strona](https://nie-ma-takiej-strony.lomza.pl/)\n') }),
};

/**
 * Sentences outside the table that say what the check does not do, each with
 * the table row it repeats. A new such sentence fails the test until it is
 * listed here, and it may only repeat a row marked "nie sprawdza".
 */
const NEGATIVE_SENTENCES: Record<string, string> = {
  'Nie sprawdzi jednak, czy skrzynka naprawdę istnieje.': 'Czy skrzynka e-mail naprawdę istnieje',
  'Sprawdzenie pilnuje, żeby plik był w folderze `public` (pełnych adresów `https://…` nie sprawdza).': 'Czy działają linki do innych serwisów (`https://…`)',
};

/** What the checker does about the fixture, in the table's words. */
function verdict({ texts, options = {}, good = real }: Fixture): Verdict {
  const run = (t: ContentTexts, production: boolean) => checkSiteContent(t, { today, ...options, production });
  const bad = run(texts, false);
  if (bad.errors.length > run(good, false).errors.length) return 'błąd';
  if (bad.warnings.length > run(good, false).warnings.length) return 'uwaga';
  if (run(texts, true).warnings.length > run(good, true).warnings.length) return 'uwaga przy `--produkcja`';
  return 'nie sprawdza';
}

/** The rows of the guide's table: rule → what the guide says the check does. */
function guideTable(): Map<string, string> {
  const start = guide.indexOf('### Co sprawdzenie pilnuje, a czego nie');
  expect(start, 'the guide has the section "Co sprawdzenie pilnuje, a czego nie"').toBeGreaterThan(-1);
  const section = guide.slice(start, guide.indexOf('\n#', start + 5));
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| Zasada |'));
  return new Map(rows.map((r) => r.split(' | ').map((c) => c.replace(/^\| /, '').replace(/ \|$/, '').trim()) as [string, string]));
}

describe('the guide says what the checker does', () => {
  const table = guideTable();

  it('has a fixture for every rule in the guide’s table, and a row for every rule here', () => {
    expect([...table.keys()].sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(Object.keys(RULES))('%s: the checker does what the table says', (rule) => {
    expect(verdict(RULES[rule]!())).toBe(table.get(rule));
  });

  it('says the check does not do something only where the table says "nie sprawdza"', () => {
    const prose = guide.replace(/^\|.*$/gm, '').replace(/```[\s\S]*?```/g, '').replace(/\s+/g, ' ');
    const sentences = prose.split(/(?<=[.!?])\s+/).filter((s) => /\b[Nn]ie (sprawdza|sprawdzi|przypomina|pilnuje|powie|zgłasza|wskaże|pokaże|bada)\b/.test(s));
    expect(sentences.filter((s) => !(s in NEGATIVE_SENTENCES))).toEqual([]);
    for (const [sentence, rule] of Object.entries(NEGATIVE_SENTENCES)) {
      expect(prose, `the guide no longer says: ${sentence}`).toContain(sentence);
      expect(table.get(rule), `"${sentence}" repeats the row "${rule}"`).toBe('nie sprawdza');
    }
  });
});
