import { readContentFiles } from './src/content/read-content-files.ts';
import { checkSiteContent } from './src/site/content-check.ts';
import { formatReport } from './src/content/check-content.ts';
const real = readContentFiles('.');
const cases: [string, string, string][] = JSON.parse(process.argv[2]!);
for (const [f, a, b] of cases) {
  const t = { ...real, [f]: real[f]!.replace(a, b) };
  if (t[f] === real[f]) { console.log('NO MATCH', a); continue; }
  console.log('---');
  console.log(formatReport(checkSiteContent(t, { today: '2026-12-01' })).join('\n'));
}
