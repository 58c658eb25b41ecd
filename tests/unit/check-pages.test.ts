import { describe, expect, it } from 'vitest';
import { officePictureProblem, pagePictureProblems, pageTitleProblems } from '../../src/content/check-pages.ts';
import { checkContent, type ContentTexts } from '../../src/content/check-content.ts';
import { listContentFiles, readContentFiles } from '../../src/content/read-content-files.ts';
import { officeSchema, type PageMeta } from '../../src/content/schemas.ts';
import { office } from './helpers/real-content.ts';

const PAGE = 'content/strony/latwy-tekst.md';
const real: ContentTexts = readContentFiles(process.cwd());
const files = new Set(listContentFiles(process.cwd()));
const locate = (path: readonly PropertyKey[], message: string) => ({ file: 'x', field: path.join('.'), message });
const meta = (tytul: string, wideo = false): PageMeta => ({ tytul, opis: 'Opis strony.', aktualizacja: '2026-12-01', ...(wideo ? { wideo: { plik: 'a.mp4', napisy: 'a.vtt', opis: 'Film.', transkrypcja: ['Tekst filmu.'] } } : {}) });

describe('pictures of the pages', () => {
  it('finds every picture of the real easy-to-read page, each with a description', () => {
    expect((real[PAGE]!.match(/!\[/g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect(pagePictureProblems(PAGE, real[PAGE]!, files)).toEqual([]);
  });

  it('reports a missing file, a missing description and an address outside content/, each on its line', () => {
    const text = 'a\n![Telefon.](./obrazki/telefonn.svg)\n![](./obrazki/telefon.svg)\n![Logo.](https://example.org/logo.png)';
    expect(pagePictureProblems(PAGE, text, files).map((p) => [p.line, p.message.slice(0, 28)])).toEqual([
      [2, 'brakuje pliku obrazka conten'],
      [3, 'obrazek „./obrazki/telefon.s'],
      [4, 'obrazek „https://example.org'],
    ]);
  });

  it('are checked by checkContent when it has the list of files', () => {
    const texts = { ...real, [PAGE]: real[PAGE]!.replace('./obrazki/zegar.svg', './obrazki/zegarek.svg') };
    expect(checkContent(texts, { today: '2026-12-01', files: [...files] }).errors.map((e) => e.message)).toEqual(['brakuje pliku obrazka content/strony/obrazki/zegarek.svg: dodaj go albo popraw nazwę']);
    expect(checkContent(texts, { today: '2026-12-01' }).errors).toEqual([]);
  });
});

describe('the crest or logo', () => {
  it('must be a file in content/ with a description', () => {
    const withCrest = officeSchema.parse({ ...office, herb: { plik: 'strony/obrazki/urzad.svg', opis: 'Herb Łomży' } });
    expect(officePictureProblem(withCrest, files, locate)).toBeUndefined();
    expect(officePictureProblem({ ...withCrest, herb: { plik: 'obrazki/herb.svg', opis: 'Herb Łomży' } }, files, locate)?.field).toBe('herb.plik');
    expect(officeSchema.safeParse({ ...office, herb: { plik: 'https://example.org/herb.png', opis: 'Herb' } }).success).toBe(false);
    expect(officeSchema.safeParse({ ...office, herb: { plik: 'obrazki/herb.svg' } }).success).toBe(false);
  });
});

describe('page titles', () => {
  it('do not repeat the office, which the tab title adds, and use no dash', () => {
    expect(pageTitleProblems(PAGE, meta('Tekst łatwy do czytania'), office, locate)).toEqual([]);
    expect(pageTitleProblems(PAGE, meta('Urząd Miejski w Łomży — tekst łatwy do czytania'), office, locate).map((p) => p.message.slice(0, 20))).toEqual(['tytuł nie powtarza n', 'w tytule nie używaj ']);
  });

  it('do not promise sign language on the sign-language page until its video is there', () => {
    const file = 'content/strony/jezyk-migowy.md';
    expect(pageTitleProblems(file, meta('Informacje w polskim języku migowym (PJM)'), office, locate)).toHaveLength(1);
    expect(pageTitleProblems(file, meta('Informacje w polskim języku migowym (PJM)', true), office, locate)).toEqual([]);
    expect(pageTitleProblems(file, meta('Kontakt z urzędem dla osób Głuchych i słabosłyszących'), office, locate)).toEqual([]);
  });
});

describe('the BIP address', () => {
  it('must be https', () => {
    expect(officeSchema.safeParse({ ...office, bip: 'http://www.lomza.pl/bip/' }).success).toBe(false);
    expect(officeSchema.safeParse(office).success).toBe(true);
  });
});
