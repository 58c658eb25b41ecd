/**
 * A content mistake stops `astro build` with the editor's Polish list only:
 * no "An unhandled error occurred while running the astro:config:setup hook",
 * no stack trace, and a failing exit code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const project = mkdtempSync(join(tmpdir(), 'budowa-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

it('prints only the Polish list of mistakes and exits with 1', () => {
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) cpSync(entry, join(project, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
  const topics = join(project, 'content/sprawy.yaml');
  writeFileSync(topics, readFileSync(topics, 'utf8').replace('  jednostka: usc\n', '   jednostka: usc\n'));
  const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    timeout: 120_000,
  });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status).toBe(1);
  expect(run.stderr.trim().split('\n')).toEqual([
    // The copy is not a git checkout: said once, as a warning.
    'UWAGA  content/: nie mogę sprawdzić dat zmian: brak historii git',
    'BŁĄD   content/sprawy.yaml, wiersz 45: złe wcięcie: ten wiersz ma 3 spacje, pola obok mają 2. Ustaw go równo z nimi',
    '',
    'Treści mają błędy: 1. Strona nie zostanie zbudowana, dopóki ich nie poprawisz.',
  ]);
  expect(output).not.toMatch(/unhandled error|astro:config:setup|\bat .*\.(ts|js|mjs):\d+/);
});
