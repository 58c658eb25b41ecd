import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../src/content/schemas.ts';
import { procedureToText } from '../../src/procedure/procedure-text.ts';
import { procedure } from './helpers/real-content.ts';

/** Words in order, ignoring whitespace and lone "-" list markers. */
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '' && w !== '-');

describe('procedureToText', () => {
  it('publishes the city’s original procedure word for word', () => {
    const seed = readFileSync('tests/fixtures/procedura-seed.txt', 'utf8');
    const lines = procedureToText(procedure).trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^Ostatnia aktualizacja: \d{4}-\d{2}-\d{2}$/);
    expect(words(lines.slice(0, -1).join('\n'))).toEqual(words(seed));
  });

  it('ends with the date of the last change of the procedure', () => {
    expect(procedureToText(procedure).endsWith(`\nOstatnia aktualizacja: ${procedure.aktualizacja}\n`)).toBe(true);
  });

  it('lays out headings in capitals, "§ N." paragraphs, numbered points and indented "a)" standards', () => {
    const small: Procedure = {
      zarzadzenie: { numer: '1/2026', data: '2026-11-25', przykladowe: false },
      tytul: 'Procedura próbna',
      aktualizacja: '2026-01-02',
      paragrafy: [
        { numer: 1, tytul: 'Wstęp', ustepy: [{ numer: 1, tekst: 'Pierwszy ustęp.' }] },
        {
          numer: 2,
          tytul: 'Standardy obsługi',
          ustepy: [{ numer: 1, tekst: 'Standardy:', litery: [{ litera: 'a', tekst: 'odbierać telefon,' }, { litera: 'b', tekst: 'funkcja *hold*.' }] }],
        },
      ],
    };
    expect(procedureToText(small)).toBe(
      [
        'PROCEDURA PRÓBNA',
        '',
        '§ 1. WSTĘP',
        '',
        '1. Pierwszy ustęp.',
        '',
        '§ 2. STANDARDY OBSŁUGI',
        '',
        '1. Standardy:',
        '   a) odbierać telefon,',
        '   b) funkcja *hold*.',
        '',
        'Ostatnia aktualizacja: 2026-01-02',
        '',
      ].join('\n'),
    );
  });
});
