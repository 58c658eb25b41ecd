import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { statementProblems, type Locate } from '../../src/content/check-statement.ts';
import { checkContent, type ContentTexts } from '../../src/content/check-content.ts';
import { readContentFiles } from '../../src/content/read-content-files.ts';
import { statementSchema, type Statement } from '../../src/content/schemas.ts';
import { office } from './helpers/real-content.ts';

const real: ContentTexts = readContentFiles(process.cwd());
const FILE = 'content/deklaracja.yaml';
const statement: Statement = statementSchema.parse(parse(real[FILE]!));
const locate: Locate = (path, message) => ({ file: FILE, field: path.join('.'), message });
const officeAt = { value: office, locate: ((path, message) => ({ file: 'content/urzad.yaml', field: path.join('.'), message })) as Locate };
const gap = { opis: 'Opis treści.', alternatywa: 'Zadzwoń do nas.' };
const problems = (changes: Partial<Statement>, production = false) => statementProblems({ ...statement, ...changes }, locate, { production, office: officeAt });

describe('statement rules', () => {
  it('accept the real statement when not building for production', () => {
    expect(problems({})).toEqual({ errors: [], warnings: [] });
  });

  it('reject "zgodna" with inaccessible content in any of the three groups', () => {
    for (const group of ['niezgodnosci', 'wylaczenia', 'nadmierne_koszty'] as const) {
      const value = group === 'wylaczenia' ? [{ ...gap, podstawa: 'art. 3 ust. 2 pkt 3' }] : [gap];
      const base = { niezgodnosci: [], wylaczenia: [], nadmierne_koszty: [], ocena_nadmiernych_kosztow_url: 'https://www.lomza.pl/ocena/' };
      const { errors } = problems({ ...base, status: 'zgodna', [group]: value });
      expect(errors.map((e) => e.field), group).toContain('status');
    }
  });

  it('reject "częściowo zgodna" with nothing listed', () => {
    expect(problems({ niezgodnosci: [] }).errors).toEqual([
      { file: FILE, field: 'status', message: 'status „częściowo zgodna” wymaga opisu w niezgodnosci, wylaczenia albo nadmierne_koszty (co jest niedostępne i jak to uzyskać inaczej)' },
    ]);
  });

  it('require the assessment (a11y-ocena) when content is left out for disproportionate burden, and only then', () => {
    expect(problems({ nadmierne_koszty: [gap] }).errors.map((e) => e.field)).toEqual(['nadmierne_koszty']);
    expect(problems({ nadmierne_koszty: [gap], ocena_nadmiernych_kosztow_url: 'https://www.lomza.pl/ocena/' }).errors).toEqual([]);
    expect(problems({ ocena_nadmiernych_kosztow_url: 'https://www.lomza.pl/ocena/' }).errors.map((e) => e.field)).toEqual(['ocena_nadmiernych_kosztow_url']);
  });

  it('reject a role title where the coordinator must be a person or a unit', () => {
    const named = { value: { ...office, koordynator: { ...office.koordynator, nazwa: 'Koordynator do spraw dostępności' } }, locate: officeAt.locate };
    expect(statementProblems(statement, locate, { office: named }).errors.map((e) => [e.file, e.field])).toEqual([['content/urzad.yaml', 'koordynator.nazwa']]);
  });

  it('warn in production while the building and communication texts are samples or miss what the template expects', () => {
    const { warnings } = problems({}, true);
    expect(warnings.map((w) => w.field)).toEqual(['przykladowe', 'architektura', 'komunikacja', 'koordynator.przykladowe']);
    expect(warnings[1]?.message).toMatch(/nie mówi o: pochylnie, windy lub platformy; toaleta dla osób z niepełnosprawnościami; miejsca parkingowe/);
    expect(warnings[2]?.message).toMatch(/nie mówi o: pętla indukcyjna/);
  });

  it('stop warning once the texts are checked and cover entrances, lifts, toilets, parking, dogs and the induction loop', () => {
    const checked = {
      przykladowe: false,
      architektura: ['Wejście główne jest od strony Starego Rynku, bez schodów.', 'W budynku jest winda na wszystkie piętra.', 'Toaleta dla osób z niepełnosprawnościami jest na parterze.', 'Przed budynkiem są 2 miejsca parkingowe dla osób z niepełnosprawnościami.', 'Można wejść z psem asystującym.'],
      komunikacja: ['W Punkcie Obsługi Mieszkańców jest pętla indukcyjna.', 'Można skorzystać z pomocy tłumacza PJM.'],
    };
    const realOffice = { value: { ...office, koordynator: { ...office.koordynator, przykladowe: false } }, locate: officeAt.locate };
    expect(statementProblems({ ...statement, ...checked }, locate, { production: true, office: realOffice }).warnings).toEqual([]);
  });
});

describe('the statement schema', () => {
  it('asks for the exclusion of content outside the act', () => {
    const texts = { ...real, [FILE]: real[FILE]!.replace('wylaczenia: []', 'wylaczenia:\n  - opis: "Mapa."\n    alternatywa: "Opis słowny."') };
    expect(checkContent(texts, { today: '2026-12-01' }).errors.map((e) => e.field)).toEqual(['wylaczenia.0.podstawa']);
  });

  it('reports through checkContent with the line of the field', () => {
    const texts = { ...real, [FILE]: real[FILE]!.replace('status: "częściowo zgodna"', 'status: "zgodna"') };
    const [error] = checkContent(texts, { today: '2026-12-01' }).errors;
    expect(texts[FILE]!.split('\n')[error!.line! - 1]).toBe('status: "zgodna"');
  });
});
