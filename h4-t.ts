import { readContentFiles } from './src/content/read-content-files.ts';
import { checkSiteContent } from './src/site/content-check.ts';
import { formatProblem } from './src/content/check-content.ts';
const real = readContentFiles('.');
const cases: [string, string, string][] = JSON.parse(process.argv[2]!);
for (const [f, a, b] of cases) {
  const t = { ...real, [f]: real[f]!.replace(a, b) };
  if (t[f] === real[f]) { console.log('NO MATCH', a); continue; }
  const lines = t[f]!.split('\n');
  console.log('---', JSON.stringify(b));
  for (const e of checkSiteContent(t, { today: '2026-11-25' }).errors) console.log(formatProblem(e), '| line:', JSON.stringify(lines[(e.line ?? 1) - 1]));
}
