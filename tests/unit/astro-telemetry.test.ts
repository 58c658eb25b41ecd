/**
 * A public office's server and its tools never call home: every npm script
 * that can start the Astro command line does so with
 * ASTRO_TELEMETRY_DISABLED=1, directly or through the files it runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

type Scripts = Record<string, string>;
type ReadFile = (path: string) => string | undefined;

/** A TypeScript/JavaScript file that starts Astro: its bin, `npx astro …`, or the programmatic API. */
const STARTS_ASTRO_TS = /astro\/bin\/astro\.mjs|\[\s*['"]astro['"]|\bfrom\s+['"]astro['"]|import\(\s*['"]astro['"]\s*\)/;
/** A TypeScript/JavaScript file that gives Astro the switch. */
const SETS_SWITCH_TS = /ASTRO_TELEMETRY_DISABLED['"]?\]?\s*[:=]\s*['"]1['"]|scripts\/astro\.ts/;
/** Programs whose arguments lead to more commands or files. */
const FOLLOWED = new Set(['npm', 'node', 'bash', 'sh', 'playwright', 'vitest', 'npx']);
/** A shell line that starts Astro. */
const STARTS_ASTRO_SH = /(^|[\s;&|(])(npx\s+)?astro\s/;

/**
 * Every way the npm scripts can start Astro without ASTRO_TELEMETRY_DISABLED=1,
 * as "script → file" chains. Follows `npm run`, `node file`, `bash file` and a
 * file's relative imports; `playwright`/`vitest` are followed into their
 * configs and every file under tests/.
 */
function telemetryLeaks(scripts: Scripts, read: ReadFile, testFiles: string[]): { leaks: string[]; visited: Set<string> } {
  const leaks: string[] = [];
  const seen = new Set<string>();

  const checkFile = (path: string, chain: string): void => {
    const file = normalize(path);
    if (seen.has(file)) return;
    seen.add(file);
    const text = read(file);
    if (text === undefined) return;
    if (file.endsWith('.sh')) {
      checkShell(text, `${chain} → ${file}`);
      return;
    }
    // A type-only import is erased before the code runs: it starts nothing.
    const code = text.replace(/^import\s+type\s[^;]*;$/gm, '');
    if (STARTS_ASTRO_TS.test(code) && !SETS_SWITCH_TS.test(code)) leaks.push(`${chain} → ${file}`);
    for (const [, script] of text.matchAll(/['"]npm['"]\s*,\s*\[\s*['"]run['"]\s*,\s*['"]([^'"]+)['"]/g)) checkScript(script!, `${chain} → ${file}`);
    for (const [, spec] of text.matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) checkFile(join(dirname(file), spec!), `${chain} → ${file}`);
  };

  const checkShell = (text: string, chain: string): void => {
    for (const line of text.split('\n').map((l) => l.trim())) {
      if (line.startsWith('#')) continue;
      if (/^export\s+ASTRO_TELEMETRY_DISABLED=1\b/.test(line)) return; // everything after it inherits the switch
      if (STARTS_ASTRO_SH.test(` ${line} `)) {
        leaks.push(`${chain}: ${line}`);
        continue;
      }
      // A command may sit behind a wrapper (`step "name" node x.ts`): follow every program named on the line.
      const words = line.split(/\s+/);
      words.forEach((word, i) => {
        if (FOLLOWED.has(word)) checkCommand(words.slice(i).join(' '), chain);
      });
    }
  };

  const checkCommand = (command: string, chain: string): void => {
    for (const part of command.split(/&&|\|\||;|\|/)) {
      const words = part.trim().split(/\s+/).filter(Boolean);
      while (words[0]?.includes('=')) {
        if (words[0] === 'ASTRO_TELEMETRY_DISABLED=1') return;
        words.shift();
      }
      const [program, ...args] = words;
      if (program === undefined) continue;
      if (program === 'astro' || (program === 'npx' && args[0] === 'astro')) {
        leaks.push(`${chain}: ${part.trim()}`);
      } else if (program === 'npm' && (args[0] === 'run' || args[0] === 'run-script') && args[1]) {
        checkScript(args[1], chain);
      } else if (program === 'npm' && (args[0] === 'start' || args[0] === 'test')) {
        checkScript(args[0], chain);
      } else if (program === 'node' || program === 'bash' || program === 'sh') {
        const file = args.find((a) => !a.startsWith('-'));
        if (file) checkFile(file, chain);
      } else if (program === 'playwright' || program === 'vitest' || (program === 'npx' && (args[0] === 'playwright' || args[0] === 'vitest'))) {
        for (const file of testFiles) checkFile(file, chain);
      }
    }
  };

  const checkScript = (name: string, chain: string): void => {
    const command = scripts[name];
    if (command === undefined || seen.has(`script:${name}`)) return;
    seen.add(`script:${name}`);
    checkCommand(command, chain === '' ? name : `${chain} → npm run ${name}`);
  };

  for (const name of Object.keys(scripts)) checkScript(name, '');
  return { leaks, visited: seen };
}

const readRepoFile: ReadFile = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
const testRunnerFiles = [
  'playwright.config.ts',
  'vitest.config.ts',
  'vitest.integration.config.ts',
  ...readdirSync('tests', { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs|js)$/.test(f) && !f.startsWith('.tmp'))
    .map((f) => join('tests', f)),
];

describe('Astro telemetry', () => {
  it('no npm script can start Astro without ASTRO_TELEMETRY_DISABLED=1', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Scripts };
    const { leaks, visited } = telemetryLeaks(scripts, readRepoFile, testRunnerFiles);
    expect(leaks).toEqual([]);
    // The check reached the files that start Astro today, so it is not passing by missing them.
    for (const file of ['scripts/astro.ts', 'scripts/build-test-site.ts', 'scripts/bench-pages.ts', 'scripts/bench-load.ts', 'scripts/bench-submit.ts', 'scripts/test-all.sh']) {
      expect(visited).toContain(normalize(file));
    }
  });

  it('the check finds every way a script could start Astro with telemetry on', () => {
    const files: Record<string, string> = {
      'scripts/spawns.ts': "spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });",
      'scripts/spawns-off.ts': "spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });",
      'scripts/imports.ts': "import { helper } from './lib.ts';",
      'scripts/lib.ts': "import { build } from 'astro'; await build({});",
      'scripts/types-only.ts': "import type { AstroIntegration } from 'astro';",
      'scripts/runs-build.ts': "spawnSync('npm', ['run', 'build']);",
      'scripts/all.sh': 'set -e\nastro check\n',
      'scripts/all-off.sh': 'export ASTRO_TELEMETRY_DISABLED=1\nastro check\n',
      'tests/support/builds.ts': "spawnSync('npx', ['astro', 'build']);",
    };
    const leaks = (scripts: Scripts) => telemetryLeaks(scripts, (p) => files[p], ['tests/support/builds.ts']).leaks;
    expect(leaks({ build: 'astro build' })).toEqual(['build: astro build']);
    expect(leaks({ check: 'npx astro check --minimumSeverity warning' })).toEqual(['check: npx astro check --minimumSeverity warning']);
    expect(leaks({ start: 'astro build && node src/server/start.ts' })).toEqual(['start: astro build']);
    expect(leaks({ b: 'astro build', start: 'npm run b && node x.ts' })).toEqual(['b: astro build']);
    expect(leaks({ start: 'npm run b', b: 'astro build' })).toEqual(['start → npm run b: astro build']);
    expect(leaks({ bench: 'node scripts/spawns.ts' })).toEqual(['bench → scripts/spawns.ts']);
    expect(leaks({ bench: 'node --flag scripts/imports.ts' })).toEqual(['bench → scripts/imports.ts → scripts/lib.ts']);
    expect(leaks({ bench: 'node scripts/runs-build.ts', build: 'astro build' })).toEqual(['bench → scripts/runs-build.ts → npm run build: astro build']);
    expect(leaks({ test: 'bash scripts/all.sh' })).toEqual(['test → scripts/all.sh: astro check']);
    expect(leaks({ e2e: 'playwright test' })).toEqual(['e2e → tests/support/builds.ts']);
    expect(leaks({ build: 'ASTRO_TELEMETRY_DISABLED=1 astro build' })).toEqual([]);
    expect(leaks({ types: 'node scripts/types-only.ts' })).toEqual([]);
    expect(leaks({ build: 'node scripts/astro.ts build', test: 'bash scripts/all-off.sh', bench: 'node scripts/spawns-off.ts' })).toEqual([]);
  });

  it('astro.config.mjs turns telemetry off before anything else, for a bare `npx astro …`', () => {
    const config = readFileSync('astro.config.mjs', 'utf8');
    expect(/^import\s.*$/m.exec(config)?.[0]).toBe("import './src/config/astro-telemetry-off.ts';");
    expect(readFileSync('src/config/astro-telemetry-off.ts', 'utf8')).toMatch(/^process\.env\['ASTRO_TELEMETRY_DISABLED'\] = '1';$/m);
  });

  // Astro shows its telemetry notice, and records that it did in the user's
  // config folder, only while telemetry is on: run both entries in a clean,
  // non-CI environment and compare.
  const runAstro = (entry: string) => {
    const home = mkdtempSync(join(tmpdir(), 'astro-home-'));
    try {
      const run = spawnSync(process.execPath, [entry, 'add', '--help'], {
        encoding: 'utf8',
        env: { PATH: process.env['PATH'], HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
        timeout: 60_000,
      });
      return { output: run.stdout + run.stderr, status: run.status, remembered: existsSync(join(home, '.config', 'astro', 'config.json')) };
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  };

  it('scripts/astro.ts runs Astro with telemetry off', () => {
    const launched = runAstro('scripts/astro.ts');
    expect(launched.status).toBe(0);
    expect(launched.output).toContain('astro add');
    expect(launched.output).not.toContain('anonymous usage data');
    expect(launched.remembered).toBe(false);
    const bare = runAstro('node_modules/astro/bin/astro.mjs');
    expect(bare.output).toContain('anonymous usage data');
    expect(bare.remembered).toBe(true);
  }, 120_000);
});
