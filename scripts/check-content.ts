/**
 * `npm run check:content`: the content checker on its own, for editors.
 * `-- --produkcja` also warns about sample data, as a build for the public site does.
 */
import { formatProblem } from '../src/content/check-content.ts';
import { checkSiteContent } from '../src/site/content-check.ts';
import { checkOptionsFor, readContentFiles } from '../src/content/read-content-files.ts';

const root = process.cwd();
const texts = readContentFiles(root);
const report = checkSiteContent(texts, checkOptionsFor(root, texts, process.argv.includes('--produkcja')));
for (const w of report.warnings) console.log(`UWAGA  ${formatProblem(w)}`);
for (const e of report.errors) console.log(`BŁĄD   ${formatProblem(e)}`);
if (report.errors.length > 0) {
  console.log(`\nTreści mają błędy: ${report.errors.length}. Strona nie zostanie zbudowana, dopóki ich nie poprawisz.`);
  process.exit(1);
}
console.log(`Treści są poprawne${report.warnings.length ? ` (uwag: ${report.warnings.length})` : ''}.`);
