import { describe, expect, it } from 'vitest';
import { placeholderProblems } from '../../src/content/check-placeholders.ts';
import { checkContent, type ContentTexts } from '../../src/content/check-content.ts';
import { readContentFiles } from '../../src/content/read-content-files.ts';
import { office } from './helpers/real-content.ts';

const PAGE = 'content/strony/latwy-tekst.md';
const real: ContentTexts = readContentFiles(process.cwd());
const page = (body: string) => `---\ntytul: "Strona"\nopis: "Opis strony do testu."\naktualizacja: 2026-12-01\n---\n\n${body}\n`;

describe('placeholderProblems', () => {
  it('accepts every placeholder the site knows', () => {
    expect(placeholderProblems(PAGE, page('{{telefon}} {{email}} {{adres}} {{godziny}} {{nazwa}} {{ telefon }}'), { frontMatterLines: 5, office })).toEqual([]);
  });

  it('reports an unknown placeholder in Polish with file and line, listing the known ones', () => {
    expect(placeholderProblems(PAGE, page('Zadzwoń:\n{{telfon}}.'), { frontMatterLines: 5 })).toEqual([
      {
        file: PAGE,
        line: 8,
        message: 'nieznane dane Urzędu „{{telfon}}”. Dostępne: {{nazwa}}, {{adres}}, {{telefon}}, {{email}}, {{godziny}} (opis: content/README.md, rozdział „Dane Urzędu w tekstach stron”)',
      },
    ]);
  });

  it('reports a placeholder that is not closed', () => {
    const [problem] = placeholderProblems(PAGE, page('Numer: {{telefon}.'), { frontMatterLines: 5 });
    expect(problem).toMatchObject({ file: PAGE, line: 7 });
    expect(problem?.message).toMatch(/^niedomknięte dane Urzędu: zapisz je jako .*\{\{telefon\}\}/);
  });

  it('reports a placeholder in the front matter, where nothing is filled in, but not in its comments', () => {
    const text = '---\n# wpisz {{telefon}} w tekście\ntytul: "Tel. {{telefon}}"\nopis: "Opis strony do testu."\naktualizacja: 2026-12-01\n---\n\nTekst.\n';
    expect(placeholderProblems(PAGE, text, { frontMatterLines: 6 }).map((p) => p.line)).toEqual([3]);
  });

  it('reports the office phone and e-mail typed by hand, in any spacing', () => {
    const problems = placeholderProblems(PAGE, page(`Zadzwoń: 86 215 67 00 albo +48 862 156 700.\nNapisz: ${office.email.toUpperCase()}.\nInny numer: 86 215 67 41.`), { frontMatterLines: 5, office });
    expect(problems.map((p) => [p.line, p.message.slice(0, 40)])).toEqual([
      [7, 'numer 86 215 67 00 wpisano ręcznie: wpis'],
      [7, 'numer +48 862 156 700 wpisano ręcznie: w'],
      [8, `adres ${office.email} wpisano ręcznie`.slice(0, 40)],
    ]);
  });

  it('skips YAML comments in deklaracja.yaml', () => {
    expect(placeholderProblems('content/deklaracja.yaml', '# {{zle}}\nopis: "{{zle}}"\n', { yamlComments: true }).map((p) => p.line)).toEqual([2]);
  });
});

describe('checkContent runs the placeholder rule', () => {
  it('on Markdown pages, with the line in the file', () => {
    const texts = { ...real, [PAGE]: real[PAGE]!.replace('Numer telefonu to: {{telefon}}.', 'Numer telefonu to: {{numer}}.') };
    const errors = checkContent(texts, { today: '2026-12-01' }).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: PAGE });
    expect(texts[PAGE]!.split('\n')[errors[0]!.line! - 1]).toContain('{{numer}}');
  });

  it('on the statement texts', () => {
    const file = 'content/deklaracja.yaml';
    const texts = { ...real, [file]: real[file]!.replace('pod numer {{telefon}} i zapytać', 'pod numer {{tel}} i zapytać') };
    expect(checkContent(texts, { today: '2026-12-01' }).errors.map((e) => [e.file, e.message.slice(0, 30)])).toEqual([[file, 'nieznane dane Urzędu „{{tel}}”']]);
  });

  it('rejects the office phone typed by hand in a page', () => {
    const texts = { ...real, [PAGE]: real[PAGE]!.replace('Numer telefonu to: {{telefon}}.', 'Numer telefonu to: 86 215 67 00.') };
    expect(checkContent(texts, { today: '2026-12-01' }).errors.map((e) => e.message)).toEqual([
      'numer 86 215 67 00 wpisano ręcznie: wpisz {{telefon}}, a strona weźmie numer z content/urzad.yaml (i zrobi z niego link do dzwonienia)',
    ]);
  });
});

describe('the editor guide', () => {
  it('explains every placeholder in its own section', async () => {
    const { readFileSync } = await import('node:fs');
    const { OFFICE_FACTS } = await import('../../src/content/office-facts.ts');
    const guide = readFileSync('content/README.md', 'utf8');
    const section = guide.slice(guide.indexOf('## 7. Dane Urzędu w tekstach stron'));
    expect(section.length).toBeGreaterThan(100);
    for (const name of Object.keys(OFFICE_FACTS)) expect(section, name).toContain(`| \`{{${name}}}\` |`);
  });
});
