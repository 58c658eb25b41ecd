/**
 * `npm run check:content`: the content checker on its own, for editors.
 * `-- --produkcja` also warns about sample data, as a build for the public site does.
 */
import { formatReport } from '../src/content/check-content.ts';
import { checkOptionsFor, readContentFiles } from '../src/content/read-content-files.ts';
import { checkSiteContent } from '../src/site/content-check.ts';

const root = process.cwd();
const texts = readContentFiles(root);
const report = checkSiteContent(texts, checkOptionsFor(root, texts, process.argv.includes('--produkcja')));
console.log(formatReport(report).join('\n'));
if (report.errors.length > 0) process.exit(1);
