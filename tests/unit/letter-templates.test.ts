/**
 * The letter templates of content/pisma.yaml: the checker's words for an
 * unknown, misplaced or missing placeholder (pinned), and the rendering.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, type ContentTexts } from '../../src/content/check-content.ts';
import { readContentFiles } from '../../src/content/read-content-files.ts';
import { checkSiteContent } from '../../src/site/content-check.ts';
import { renderLetter } from '../../src/accessibility-requests/letter-templates.ts';

const real: ContentTexts = readContentFiles(process.cwd());
const FILE = 'content/pisma.yaml';
const today = '2026-12-01';

function withChange(from: string | RegExp, to: string): ContentTexts {
  const after = real[FILE]!.replace(from, to);
  if (after === real[FILE]) throw new Error(`no match in ${FILE}`);
  return { ...real, [FILE]: after };
}
const errors = (texts: ContentTexts): string => checkSiteContent(texts, { today }).errors.map(formatProblem).join('\n');

describe('content/pisma.yaml in the content check', () => {
  it('the real templates pass', () => {
    expect(errors(real)).toBe('');
  });

  it('names an unknown placeholder, its line, and what the letter may use', () => {
    expect(errors(withChange('Zapewnimy dostępność najpóźniej {termin}.', 'Zapewnimy dostępność najpóźniej {nowy_termin}.'))).toMatchInlineSnapshot(`
      "content/pisma.yaml, wiersz 20, przedluzenie, pole tresc: nieznane pole „{nowy_termin}”. W piśmie można wstawić: {sygnatura}, {data_pisma}, {data_wniosku}, {wnioskodawca}, {rodzaj_wniosku}, {podstawa}, {bariera}, {termin_ustawowy}, {urzad}, {koordynator}, {kontakt}, {termin}, {powody}, {dalszy_krok} (opis: content/README.md, rozdział „Pisma do wnioskodawców”)
      content/pisma.yaml, wiersz 13, przedluzenie, pole tresc: w piśmie brakuje pola {termin}: pismo o przedłużeniu terminu musi je zawierać, bo tego wymaga ustawa albo bez tego wnioskodawca nie wie, co dalej"
    `);
  });

  it('refuses a letter without a placeholder the law needs', () => {
    expect(errors(withChange('Nie możemy zapewnić dostępności. Powody: {powody}', 'Nie możemy zapewnić dostępności.'))).toMatchInlineSnapshot(`"content/pisma.yaml, wiersz 64, odmowa, pole tresc: w piśmie brakuje pola {powody}: pismo o odmowie musi je zawierać, bo tego wymaga ustawa albo bez tego wnioskodawca nie wie, co dalej"`);
  });

  it('refuses a placeholder that has no value in that letter', () => {
    expect(errors(withChange('Zapewniliśmy dostępność. Co zrobiliśmy: {opis}', 'Zapewniliśmy dostępność. Co zrobiliśmy: {opis}, {powody}'))).toMatchInlineSnapshot(`"content/pisma.yaml, wiersz 37, zalatwienie, pole tresc: pole „{powody}” nie pasuje do tego pisma (pismo o załatwieniu wniosku): w nim nie ma takiej wartości. Można wstawić: {sygnatura}, {data_pisma}, {data_wniosku}, {wnioskodawca}, {rodzaj_wniosku}, {podstawa}, {bariera}, {termin_ustawowy}, {urzad}, {koordynator}, {kontakt}, {opis}"`);
  });

  it('refuses an unclosed brace and a placeholder in the title', () => {
    expect(errors(withChange('tytul: "Odmowa zapewnienia dostępności"', 'tytul: "Odmowa {sygnatura}"'))).toMatchInlineSnapshot(`"content/pisma.yaml, wiersz 63, odmowa, pole tytul: w tytule nie wstawiamy danych (bez nawiasów { }): tytuł trafia też do tematu e-maila, a w nim nie może być danych wnioskodawcy"`);
    expect(errors(withChange('nr {sygnatura} z {data_wniosku}.\n\n    Zapewniliśmy', 'nr {sygnatura z {data_wniosku}.\n\n    Zapewniliśmy'))).toMatchInlineSnapshot(`
      "content/pisma.yaml, wiersz 35, zalatwienie, pole tresc: niedomknięty nawias: pole zapisz jako nazwa w nawiasach klamrowych, np. {sygnatura}
      content/pisma.yaml, wiersz 32, zalatwienie, pole tresc: w piśmie brakuje pola {sygnatura}: pismo o załatwieniu wniosku musi je zawierać, bo tego wymaga ustawa albo bez tego wnioskodawca nie wie, co dalej"
    `);
  });

  it('refuses a missing letter', () => {
    expect(errors({ ...real, [FILE]: real[FILE]!.replace(/\nodmowa:[\s\S]*$/, '\n') })).toMatchInlineSnapshot(`"content/pisma.yaml, wiersz 11, pole odmowa: brakuje tego pola (oczekiwano: grupa pól)"`);
  });
});

describe('renderLetter', () => {
  it('fills every placeholder in one pass and splits paragraphs', () => {
    const letter = renderLetter({ tytul: ' Odmowa ', tresc: 'Nr {sygnatura}.\n\nPowody: {powody}\n' }, { sygnatura: 'ABC-123', powody: 'brak {sygnatura} w budżecie' });
    expect(letter).toEqual({ title: 'Odmowa', paragraphs: ['Nr ABC-123.', 'Powody: brak {sygnatura} w budżecie'] });
  });
});
