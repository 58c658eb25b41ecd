/**
 * The content check inside `astro build`, on a copy of the project: a
 * content mistake stops the build with the editor's Polish list only (no
 * "An unhandled error occurred while running the astro:config:setup hook",
 * no stack trace, a failing exit code); a PJM video that is in `public/`
 * is built into the page with its captions and its transcript.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project (node_modules linked) that `astro build` can run in. */
function copyOfProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'budowa-'));
  copies.push(project);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) cpSync(entry, join(project, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

const build = (project: string) =>
  spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    timeout: 240_000,
  });

it('prints only the Polish list of mistakes and exits with 1', { timeout: 180_000 }, () => {
  const project = copyOfProject();
  const topics = join(project, 'content/sprawy.yaml');
  writeFileSync(topics, readFileSync(topics, 'utf8').replace('  jednostka: usc\n', '   jednostka: usc\n'));
  const run = build(project);
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

it('builds the PJM video with its captions and shows the transcript under it', { timeout: 300_000 }, () => {
  const project = copyOfProject();
  mkdirSync(join(project, 'public/wideo'));
  writeFileSync(join(project, 'public/wideo/urzad-pjm.vtt'), 'WEBVTT\n\n00:00.000 --> 00:02.000\nDzień dobry.\n');
  writeFileSync(join(project, 'public/wideo/urzad-pjm.mp4'), Buffer.from('000000186674797069736f6d', 'hex'));
  const page = join(project, 'content/strony/jezyk-migowy.md');
  const video = 'wideo:\n  plik: "wideo/urzad-pjm.mp4"\n  napisy: "wideo/urzad-pjm.vtt"\n  opis: "Film w PJM z napisami."\n  transkrypcja:\n    - "Dzień dobry. Jestem pracownikiem Urzędu."\n    - "Drugi akapit."\n';
  writeFileSync(page, readFileSync(page, 'utf8').replace(/^aktualizacja: (.*)\n---/m, `aktualizacja: $1\n${video}---`));
  const run = build(project);
  expect(run.status, run.stderr).toBe(0);
  const html = readFileSync(join(project, 'dist/client/jezyk-migowy/index.html'), 'utf8');
  expect(html).toContain('<video controls preload="metadata" src="/wideo/urzad-pjm.mp4"><track kind="captions" src="/wideo/urzad-pjm.vtt" srclang="pl" label="Polski" default>');
  expect(html).toContain('<section aria-labelledby="transkrypcja"><h2 id="transkrypcja">Co mówi film (transkrypcja)</h2><p>Dzień dobry. Jestem pracownikiem Urzędu.</p><p>Drugi akapit.</p></section>');
});
