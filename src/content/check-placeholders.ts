/**
 * The content checker's rule for office-fact placeholders (`{{telefon}}`,
 * see `office-facts.ts`): every placeholder must be one the site knows, be
 * written whole, and stand where it is filled in; and the office's phone
 * number and e-mail must not be typed by hand where a placeholder belongs.
 * Pure: a file's text in, problems with file and line out.
 */
import type { ContentProblem } from './check-content.ts';
import { isOfficeFact, OFFICE_FACTS, PLACEHOLDER } from './office-facts.ts';
import type { Office } from './schemas.ts';

/** How to read the file. */
export interface PlaceholderScanOptions {
  /** YAML: lines starting with `#` are comments and are not checked. */
  yamlComments?: boolean;
  /** Markdown page: the number of lines of its front matter (the `---` lines included); placeholders there are not filled in. */
  frontMatterLines?: number;
  /** The office, when valid: its phone number and e-mail typed by hand are reported. */
  office?: Office;
}

const KNOWN = Object.keys(OFFICE_FACTS).map((n) => `{{${n}}}`).join(', ');
const GUIDE = 'content/README.md, rozdział „Dane Urzędu w tekstach stron”';

/** Problems with the placeholders of one file (all are errors: each would print wrong text on the public page). */
export function placeholderProblems(file: string, text: string, options: PlaceholderScanOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const phoneDigits = options.office?.telefon.replace(/\D/g, '');
  const email = options.office?.email.toLowerCase();
  text.split('\n').forEach((line, i) => {
    const lineNo = i + 1;
    const inFrontMatter = options.frontMatterLines !== undefined && lineNo <= options.frontMatterLines;
    if ((options.yamlComments || inFrontMatter) && line.trimStart().startsWith('#')) return;
    const add = (message: string) => problems.push({ file, line: lineNo, message });
    for (const m of line.matchAll(PLACEHOLDER)) {
      const name = m[1] ?? '';
      if (inFrontMatter) add(`„${m[0]}”: w nagłówku strony (między liniami „---”) dane Urzędu nie są wstawiane; wpisz zwykły tekst`);
      else if (!isOfficeFact(name)) add(`nieznane dane Urzędu „${m[0]}”. Dostępne: ${KNOWN} (opis: ${GUIDE})`);
    }
    const rest = line.replace(PLACEHOLDER, '');
    if (rest.includes('{{') || rest.includes('}}')) {
      add(`niedomknięte dane Urzędu: zapisz je jako dwa nawiasy, nazwa i dwa nawiasy, np. {{telefon}}. Dostępne: ${KNOWN}`);
    }
    if (inFrontMatter) return;
    if (phoneDigits) {
      for (const m of rest.matchAll(/\+?\d[\d ()-]{7,}\d/g)) {
        const digits = m[0].replace(/\D/g, '');
        if (digits === phoneDigits || digits === `48${phoneDigits}`) add(`numer ${m[0]} wpisano ręcznie: wpisz {{telefon}}, a strona weźmie numer z content/urzad.yaml (i zrobi z niego link do dzwonienia)`);
      }
    }
    if (email && rest.toLowerCase().includes(email)) add(`adres ${options.office?.email} wpisano ręcznie: wpisz {{email}}, a strona weźmie adres z content/urzad.yaml`);
  });
  return problems;
}
