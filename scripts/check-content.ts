/** `npm run check:content`: the content checker on its own, for editors. */
import { checkContent, formatProblem } from '../src/content/check-content.ts';
import { readContentFiles } from '../src/content/read-content-files.ts';

const report = checkContent(readContentFiles(process.cwd()));
for (const w of report.warnings) console.log(`UWAGA  ${formatProblem(w)}`);
for (const e of report.errors) console.log(`BŁĄD   ${formatProblem(e)}`);
if (report.errors.length > 0) {
  console.log(`\nTreści mają błędy: ${report.errors.length}. Strona nie zostanie zbudowana, dopóki ich nie poprawisz.`);
  process.exit(1);
}
console.log(`Treści są poprawne${report.warnings.length ? ` (uwag: ${report.warnings.length})` : ''}.`);
