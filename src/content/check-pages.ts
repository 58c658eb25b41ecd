/**
 * The content checker's rules for the Markdown pages of `content/strony/`
 * that are about what a reader sees: every picture exists in `content/` and
 * has a text alternative; a title names the page only (the tab title adds
 * the service and the office); the sign-language page does not promise PJM
 * until its video is there. Pure: texts and the list of files in, problems out.
 */
import { posix } from 'node:path';
import type { ContentProblem } from './check-content.ts';
import type { Office, PageMeta } from './schemas.ts';

/** `![opis](plik)` in Markdown. */
const PICTURE = /!\[([^\]]*)\]\(([^)\s]*)\)/g;

/** Problems with the pictures of one page; `files` lists every file under `content/` (project-relative paths). */
export function pagePictureProblems(file: string, text: string, files: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(PICTURE)) {
      const [, alt = '', target = ''] = m;
      const add = (message: string) => problems.push({ file, line: i + 1, message });
      if (alt.trim().length < 3) add(`obrazek „${target}” nie ma opisu: wpisz w nawiasie [ ] krótko, co pokazuje, np. ![Telefon.](./obrazki/telefon.svg)`);
      if (/^[a-z]+:|^\//i.test(target)) {
        add(`obrazek „${target}”: wstaw plik z folderu content/, np. ./obrazki/telefon.svg (adresy z innych stron i ścieżki od „/” nie działają pod adresem serwisu)`);
        continue;
      }
      const path = posix.normalize(posix.join(posix.dirname(file), target));
      if (!files.has(path)) add(`brakuje pliku obrazka ${path}: dodaj go albo popraw nazwę`);
    }
  });
  return problems;
}

/** The file of a picture named in `content/urzad.yaml` (`herb.plik`) must exist. */
export function officePictureProblem(office: Office, files: ReadonlySet<string>, locate: (path: readonly PropertyKey[], message: string) => ContentProblem): ContentProblem | undefined {
  if (!office.herb) return undefined;
  const path = `content/${office.herb.plik}`;
  return files.has(path) ? undefined : locate(['herb', 'plik'], `brakuje pliku ${path}: połóż herb albo logo w folderze content/ i wpisz tu jego ścieżkę`);
}

/** Problems with a page's title. */
export function pageTitleProblems(file: string, meta: PageMeta, office: Office | undefined, locate: (path: readonly PropertyKey[], message: string) => ContentProblem): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (office && meta.tytul.includes(office.nazwa)) {
    problems.push(locate(['tytul'], `tytuł nie powtarza nazwy „${office.nazwa}”: karta przeglądarki dodaje ją sama („${meta.tytul.replace(office.nazwa, '').replace(/^[\s—–-]+|[\s—–-]+$/g, '')} – ${office.serwis} – ${office.nazwa}”)`));
  }
  if (/[—-]/.test(meta.tytul.replace(/\w-\w/g, ''))) problems.push(locate(['tytul'], 'w tytule nie używaj myślnika: karta przeglądarki oddziela części tytułu półpauzą „–”'));
  if (file.endsWith('/jezyk-migowy.md') && !meta.wideo && /migow|PJM/i.test(meta.tytul) && !/tłumacz/i.test(meta.tytul)) {
    problems.push(locate(['tytul'], 'na stronie nie ma jeszcze filmu w polskim języku migowym (pole „wideo”): tytuł nie może go obiecywać. Nazwij stronę tym, co zawiera, np. „Kontakt z urzędem dla osób Głuchych i słabosłyszących”'));
  }
  return problems;
}
