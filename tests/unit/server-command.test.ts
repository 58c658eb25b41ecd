import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_ARGS, SERVER_BUNDLE, SERVER_ENTRY } from '../../src/server/server-command.ts';

describe('how the server process is started', () => {
  it('is what `npm run serve` and `npm start` run, so that an office runs what was measured', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['serve']).toBe(`node ${SERVER_ARGS.join(' ')}`);
    expect(scripts['start']).toBe(`node scripts/astro.ts build && node ${SERVER_ARGS.join(' ')}`);
  });

  it('loads no TypeScript: the entry is JavaScript and imports the built bundle', () => {
    expect(SERVER_ENTRY).toMatch(/\.mjs$/);
    expect(SERVER_BUNDLE).toMatch(/\.mjs$/);
    const launcher = readFileSync(SERVER_ENTRY, 'utf8');
    expect(launcher).not.toMatch(/from '[^']+\.tsx?'/);
    // The launcher finds the bundle from its own address: the same file as SERVER_BUNDLE.
    const bundleUrl = /new URL\('([^']+)', import\.meta\.url\)/.exec(launcher)?.[1];
    expect(new URL(bundleUrl!, new URL(SERVER_ENTRY, 'file:///project/')).href).toBe(new URL(SERVER_BUNDLE, 'file:///project/').href);
  });

  it('puts the bundle as deep below the project as start.ts, so the paths start.ts resolves from its own address stay the same', () => {
    expect(SERVER_BUNDLE.split('/').length).toBe('src/server/start.ts'.split('/').length);
    expect(readFileSync('src/server/start.ts', 'utf8')).toContain("new URL('../../dist/server/entry.mjs', import.meta.url)");
  });

  it('says in Polish to build first when there is no build, or half of one, and exits with 1', () => {
    const project = mkdtempSync(join(tmpdir(), 'no-build-'));
    const launcher = join(project, SERVER_ENTRY);
    mkdirSync(dirname(launcher), { recursive: true });
    copyFileSync(SERVER_ENTRY, launcher);
    const run = () => spawnSync(process.execPath, [launcher], { encoding: 'utf8', timeout: 20_000 });
    const buildFirst = 'Nie ma zbudowanej strony (dist/). Uruchom najpierw: npm run build';
    expect(run()).toMatchObject({ status: 1, stderr: `${buildFirst}\n` });
    // The server bundle without Astro's entry beside it.
    mkdirSync(join(project, dirname(SERVER_BUNDLE)), { recursive: true });
    writeFileSync(join(project, SERVER_BUNDLE), "console.log('started');\n");
    expect(run()).toMatchObject({ status: 1, stderr: `${buildFirst}\n` });
    writeFileSync(join(project, dirname(SERVER_BUNDLE), 'entry.mjs'), '');
    expect(run()).toMatchObject({ status: 0, stdout: 'started\n' });
  });
});
