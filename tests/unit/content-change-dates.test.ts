/**
 * The date rule needs to know which content files changed. `git status`
 * output is parsed NUL-separated (a trimmed first line once lost its leading
 * space, so the first changed file was never compared), and without git the
 * checker says so once instead of dropping the rule silently.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedPaths, checkOptionsFor, contentChangeDates, NO_GIT_HISTORY, readContentFiles, warsawToday } from '../../src/content/read-content-files.ts';
import { checkSiteContent } from '../../src/site/content-check.ts';
import { formatProblem } from '../../src/content/check-content.ts';

describe('changedPaths (git status --porcelain -z)', () => {
  it('keeps the whole path of a single changed file (the first entry starts with a space)', () => {
    expect(changedPaths(' M content/procedura.yaml\0')).toEqual(['content/procedura.yaml']);
  });

  it('reads two changed files, staged and not, and a new one', () => {
    expect(changedPaths(' M content/procedura.yaml\0M  content/deklaracja.yaml\0?? content/strony/nowa.md\0')).toEqual([
      'content/procedura.yaml',
      'content/deklaracja.yaml',
      'content/strony/nowa.md',
    ]);
  });

  it('takes the new path of a renamed file and skips its old path', () => {
    expect(changedPaths('R  content/strony/nowa.md\0content/strony/stara.md\0 M content/urzad.yaml\0')).toEqual(['content/strony/nowa.md', 'content/urzad.yaml']);
  });

  it('makes paths relative to the project when it sits in a folder of the repository', () => {
    expect(changedPaths(' M strona/content/urzad.yaml\0 M inne/plik.txt\0', 'strona/')).toEqual(['content/urzad.yaml']);
  });

  it('keeps spaces and quotes in names as they are', () => {
    expect(changedPaths('?? content/strony/moja "nowa" strona.md\0')).toEqual(['content/strony/moja "nowa" strona.md']);
  });
});

describe('change dates of a real checkout', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  function copyOfContent(): string {
    const dir = mkdtempSync(join(tmpdir(), 'tresci-'));
    dirs.push(dir);
    cpSync('content', join(dir, 'content'), { recursive: true });
    return dir;
  }

  function commitAll(dir: string): void {
    // Every date in the copy is that of the commit, so only a later change can make one stale.
    const procedure = join(dir, 'content/procedura.yaml');
    writeFileSync(procedure, readFileSync(procedure, 'utf8').replace(/^aktualizacja: .*$/m, 'aktualizacja: 2026-11-25'));
    const env = { ...process.env, GIT_AUTHOR_DATE: '2026-11-25T12:00:00+01:00', GIT_COMMITTER_DATE: '2026-11-25T12:00:00+01:00' };
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, env, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'treści');
  }

  const dateErrors = (dir: string) => {
    const texts = readContentFiles(dir);
    const report = checkSiteContent(texts, checkOptionsFor(dir, texts, false));
    return { errors: report.errors.filter((e) => e.message.startsWith('plik zmieniono')).map(formatProblem), warnings: report.warnings.map(formatProblem) };
  };

  it('rejects a stale date when the only changed file is the procedure', () => {
    const dir = copyOfContent();
    commitAll(dir);
    const file = join(dir, 'content/procedura.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('mają obowiązek zapoznania się z niniejszą procedurą.', 'mają obowiązek zapoznania się z niniejszą procedurą i jej zmianami.'));
    expect(dateErrors(dir).errors).toEqual([
      `content/procedura.yaml, wiersz 14, pole aktualizacja: plik zmieniono ${warsawToday()}, a najnowsza data w nim to 2026-11-25: ustaw aktualizacja na dzień tej zmiany, żeby strona podawała prawdziwą datę aktualizacji`,
    ]);
  });

  it('rejects both of two changed files and a renamed one, and nothing unchanged', () => {
    const dir = copyOfContent();
    commitAll(dir);
    for (const f of ['content/urzad.yaml', 'content/strony/latwy-tekst.md']) writeFileSync(join(dir, f), `${readFileSync(join(dir, f), 'utf8')}\n`);
    const dates = contentChangeDates(dir, Object.keys(readContentFiles(dir)), '2026-12-01');
    expect(dates.dates).toMatchObject({ 'content/urzad.yaml': '2026-12-01', 'content/strony/latwy-tekst.md': '2026-12-01', 'content/procedura.yaml': '2026-11-25', 'content/jednostki.yaml': '2026-11-25' });
    execFileSync('git', ['mv', 'content/strony/ochrona-danych.md', 'content/strony/rodo.md'], { cwd: dir });
    const after = contentChangeDates(dir, ['content/strony/rodo.md', 'content/procedura.yaml'], '2026-12-01');
    expect(after).toEqual({ dates: { 'content/strony/rodo.md': '2026-12-01', 'content/procedura.yaml': '2026-11-25' } });
  });

  it('says once that dates cannot be checked when the folder is not a git checkout', () => {
    const dir = copyOfContent();
    const { errors, warnings } = dateErrors(dir);
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.includes('dat zmian'))).toEqual([`content/: ${NO_GIT_HISTORY}`]);
    expect(NO_GIT_HISTORY).toMatchInlineSnapshot(`"nie mogę sprawdzić dat zmian: brak historii git"`);
  });
});
