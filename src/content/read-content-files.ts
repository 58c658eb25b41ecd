/** Reads the real `content/` folder, and when each file last changed, into the shape the checker takes. */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CheckOptions, ContentTexts } from './check-content.ts';

/** Every file under `content/`, keyed by path relative to `root` (with `/`). */
export function readContentFiles(root: string): ContentTexts {
  const texts: ContentTexts = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ya?ml|md)$/.test(name) && name !== 'README.md') texts[relative(root, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(join(root, 'content'));
  return texts;
}

/** Every file under `content/` (pictures included), as project-relative paths with `/`. */
export function listContentFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full).split('\\').join('/'));
    }
  };
  walk(join(root, 'content'));
  return out;
}

/** The first characters of every file under `public/`, keyed by path below it (with `/`): enough to tell what a file is. */
export function readPublicFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const base = join(root, 'public');
  if (!existsSync(base)) return files;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      const head = Buffer.alloc(16);
      const fd = openSync(full, 'r');
      try {
        files.set(relative(base, full).split('\\').join('/'), head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8'));
      } finally {
        closeSync(fd);
      }
    }
  };
  walk(base);
  return files;
}

/** Today's date in Warsaw, `RRRR-MM-DD`. */
export function warsawToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(now);
}

/**
 * Paths with uncommitted changes in the output of `git status --porcelain -z`
 * (each entry `XY path`, NUL-terminated; a rename or copy is followed by its
 * old path, which has no changes of its own left). Paths are relative to the
 * top of the repository; `prefix` (from `git rev-parse --show-prefix`) makes
 * them relative to the project again.
 */
export function changedPaths(porcelainZ: string, prefix = ''): string[] {
  const entries = porcelainZ.split('\0');
  const paths: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    const status = entry.slice(0, 2);
    paths.push(entry.slice(3));
    if (status.includes('R') || status.includes('C')) i++;
  }
  return paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
}

/** What the checker is told when git cannot say when files changed. */
export const NO_GIT_HISTORY = 'nie mogę sprawdzić dat zmian: brak historii git';

/** When each content file last changed, or why that cannot be known. */
export interface ContentChangeDates {
  /** `RRRR-MM-DD` (Warsaw) per project-relative path: today for uncommitted changes, else the last commit's date. */
  dates: Record<string, string>;
  /** Set when git or its history is not there: the date rule cannot run. */
  unavailable?: string;
}

/**
 * When each content file last changed: the date of its last commit, or today
 * when it has uncommitted changes (new files included).
 */
export function contentChangeDates(root: string, files: readonly string[], today = warsawToday()): ContentChangeDates {
  // Commit dates as days in Warsaw, whatever the machine's time zone.
  const env = { ...process.env, TZ: 'Europe/Warsaw' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const prefix = git('rev-parse', '--show-prefix').trim();
    const dirty = new Set(changedPaths(git('status', '--porcelain=v1', '-z', '--untracked-files=all', '--', 'content'), prefix));
    const dates: Record<string, string> = {};
    for (const file of files) {
      if (dirty.has(file)) dates[file] = today;
      else {
        const last = git('log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%d', '--', file).trim();
        if (last) dates[file] = last;
      }
    }
    return { dates };
  } catch {
    return { dates: {}, unavailable: NO_GIT_HISTORY };
  }
}

/** The checker's options for the real project folder. */
export function checkOptionsFor(root: string, texts: ContentTexts, production: boolean): CheckOptions {
  const today = warsawToday();
  const changes = contentChangeDates(root, Object.keys(texts), today);
  const options: CheckOptions = { today, production, changedOn: changes.dates, publicFiles: readPublicFiles(root), files: listContentFiles(root) };
  if (changes.unavailable) options.changeDatesUnavailable = changes.unavailable;
  return options;
}
