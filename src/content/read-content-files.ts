/** Reads the real `content/` folder, and when each file last changed, into the shape the checker takes. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Today's date in Warsaw, `RRRR-MM-DD`. */
export function warsawToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(now);
}

/**
 * When each content file last changed: the date of its last commit, or today
 * when it has uncommitted changes. Empty when git or its history is not there.
 */
export function contentChangeDates(root: string, files: readonly string[], today = warsawToday()): Record<string, string> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const dates: Record<string, string> = {};
  try {
    const dirty = new Set(git('status', '--porcelain', '--', 'content').split('\n').filter(Boolean).map((l) => l.slice(3).trim()));
    for (const file of files) {
      if (dirty.has(file)) dates[file] = today;
      else {
        const last = git('log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%d', '--', file);
        if (last) dates[file] = last;
      }
    }
  } catch {
    return {};
  }
  return dates;
}

/** The checker's options for the real project folder. */
export function checkOptionsFor(root: string, texts: ContentTexts, production: boolean): CheckOptions {
  const today = warsawToday();
  return { today, production, changedOn: contentChangeDates(root, Object.keys(texts), today), files: listContentFiles(root) };
}
