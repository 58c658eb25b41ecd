/** The README's folder table names every folder of the project, so a new one gets its line. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

/** Folders that hold committed files (not build output, data or what a running test leaves behind). */
function committedFolders(): Set<string> {
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    if (parts.length > 1) folders.add(`${parts[0]}/`);
    if (parts.length > 2 && (parts[0] === 'src' || parts[0] === 'tests')) folders.add(`${parts[0]}/${parts[1]}/`);
  }
  folders.delete('src/');
  folders.delete('tests/');
  return folders;
}

it('lists every top-level folder and every folder of src/ and tests/ in the README folder table', () => {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('| Folder | One idea |'));
  const cells = new Set([...table.matchAll(/`([^`]+\/)`/g)].map((m) => m[1]));
  expect([...committedFolders()].filter((f) => !cells.has(f))).toEqual([]);
});
