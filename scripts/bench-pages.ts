/**
 * `npm run bench`: page weight, not a test. Builds the site with default
 * settings, weighs every page of the sitemap and the 404 page (HTML, CSS,
 * JS, raw and gzip) and checks the goals: document pages ship no JS, and
 * every page's HTML + CSS stays under 25 KB gzipped. Server-rendered pages
 * (the form) are fetched from a server this script starts on port 4401.
 */
import { spawn, spawnSync } from 'node:child_process';
import { SERVER_ARGS } from '../src/server/server-command.ts';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuiltSitemap } from '../tests/support/sitemap.ts';
import { weighPage, type PageWeight } from './page-weight.ts';

const clientDir = 'dist/client';
const budget = 25 * 1024;
const port = 4401;

const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
delete env['SITE_BASE'];
delete env['SITE_URL'];
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env });
if (build.status !== 0) {
  console.error('bench: astro build failed');
  process.exit(1);
}

const { root, paths } = readBuiltSitemap(clientDir);
const basePath = new URL(root).pathname;

interface Row {
  page: string;
  kind: 'document' | 'server';
  weight: PageWeight;
}
const rows: Row[] = [];
const serverPaths: string[] = [];
for (const path of paths) {
  const file = join(clientDir, path, 'index.html');
  if (existsSync(file)) rows.push({ page: path || '/', kind: 'document', weight: weighPage(readFileSync(file, 'utf8'), root + path, basePath, clientDir) });
  else serverPaths.push(path);
}
rows.push({ page: '404', kind: 'document', weight: weighPage(readFileSync(join(clientDir, '404.html'), 'utf8'), `${root}404/`, basePath, clientDir) });

if (serverPaths.length > 0) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
  const server = spawnServer(dataDir);
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitFor(origin + basePath);
    for (const path of serverPaths) {
      const response = await fetch(origin + basePath + path);
      if (response.status !== 200) {
        console.log(`note: ${path} answers HTTP ${response.status} to a plain GET; not weighed`);
        continue;
      }
      rows.push({ page: path, kind: 'server', weight: weighPage(await response.text(), origin + basePath + path, basePath, clientDir) });
    }
  } finally {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const kb = (n: number) => (n / 1024).toFixed(1);
const header = ['page', 'kind', 'HTML raw', 'HTML gz', 'CSS raw', 'CSS gz', 'JS raw', 'JS gz', 'HTML+CSS gz'];
const table = rows.map((r) => [r.page, r.kind, kb(r.weight.html.raw), kb(r.weight.html.gzip), kb(r.weight.css.raw), kb(r.weight.css.gzip), kb(r.weight.js.raw), kb(r.weight.js.gzip), kb(r.weight.html.gzip + r.weight.css.gzip)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log('Sizes in KB (1 KB = 1024 bytes); inline <style>/<script> count in CSS/JS and in the HTML that carries them.');
console.log(line(header));
for (const row of table) console.log(line(row));
for (const r of rows) for (const ref of r.weight.missing) console.log(`note: ${r.page} references ${ref}, not found in ${clientDir}`);

const goals = [
  { name: 'document pages ship 0 bytes of JS', bad: rows.filter((r) => r.kind === 'document' && r.weight.js.raw > 0) },
  { name: `every page's HTML+CSS < 25 KB gzip`, bad: rows.filter((r) => r.weight.html.gzip + r.weight.css.gzip >= budget) },
];
let failed = false;
for (const goal of goals) {
  failed ||= goal.bad.length > 0;
  console.log(`${goal.bad.length === 0 ? 'PASS' : 'FAIL'}  ${goal.name}${goal.bad.length ? `: ${goal.bad.map((r) => r.page).join(', ')}` : ''}`);
}
process.exit(failed ? 1 : 0);

function spawnServer(dataDir: string) {
  return spawn(process.execPath, [...SERVER_ARGS], {
    stdio: 'ignore',
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
  });
}

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`bench: no server at ${url}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
