/** The README's folder table names every folder of the project, so a new one gets its line. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const IGNORED = new Set(['.git', 'node_modules', 'dist', 'data', '.astro', 'test-results', 'playwright-report']);
const dirs = (dir: string): string[] => readdirSync(dir).filter((n) => !IGNORED.has(n) && statSync(join(dir, n)).isDirectory());

it('lists every top-level folder and every folder of src/ and tests/ in the README folder table', () => {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('| Folder | One idea |'));
  const cells = new Set([...table.matchAll(/`([^`]+\/)`/g)].map((m) => m[1]));
  const folders = [...dirs('.').map((d) => `${d}/`), ...dirs('src').map((d) => `src/${d}/`), ...dirs('tests').map((d) => `tests/${d}/`)];
  expect(folders.filter((f) => !cells.has(f) && !['src/', 'tests/'].includes(f))).toEqual([]);
});
