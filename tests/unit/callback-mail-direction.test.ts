/**
 * callback/ and mail/ depend one way: the e-mails read the request (mail →
 * callback), the service gets its composer injected by the site glue, and
 * nothing in callback/ imports mail/, directly or through another folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms), ...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => resolve(dirname(file), m[1]!));
}

/** Every source file reachable from `start` through relative imports. */
function reachable(start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (/\.(ts|tsx)$/.test(file)) queue.push(...importsOf(file));
  }
  return seen;
}

const folder = (file: string) => relative(SRC, file).split('/')[0];
const filesIn = (dir: string) => readdirSync(join(SRC, dir)).filter((f) => /\.(ts|tsx)$/.test(f)).map((f) => join(SRC, dir, f));

describe('callback/ and mail/', () => {
  it('nothing in callback/ reaches mail/, site/ or server/', () => {
    const callbackFiles = filesIn('callback');
    expect(callbackFiles.length).toBeGreaterThan(5);
    for (const file of callbackFiles) {
      const above = [...reachable(file)].filter((f) => ['mail', 'site', 'server'].includes(folder(f) ?? ''));
      expect(above.map((f) => relative(SRC, f)), relative(SRC, file)).toEqual([]);
    }
  });

  it('the e-mails read the request, and reach neither site/ nor server/', () => {
    const mailFiles = filesIn('mail');
    expect(mailFiles.some((f) => [...reachable(f)].some((g) => folder(g) === 'callback'))).toBe(true);
    for (const file of mailFiles) {
      const above = [...reachable(file)].filter((f) => ['site', 'server', 'pages'].includes(folder(f) ?? ''));
      expect(above.map((f) => relative(SRC, f)), relative(SRC, file)).toEqual([]);
    }
  });
});
