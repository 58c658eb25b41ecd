/** Runs the built server (`node src/server/start.ts`) as a child process on a free port, for integration tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/bench-lib.ts';
import { SERVER_NODE_FLAGS } from '../../src/server/server-node-flags.ts';
import { TEST_BASE } from '../support/test-env.ts';

export { freePort };

/** A running server process with its output. */
export interface ServerProcess {
  child: ChildProcess;
  origin: string;
  baseUrl: string;
  dataDir: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Start the server built with the test base path (run `astro build` with tests/support/test-env first). */
export async function startServerProcess(env: Record<string, string> = {}, dataDir = join(mkdtempSync(join(tmpdir(), 'oddzwonimy-srv-')), 'data')): Promise<ServerProcess> {
  if (!existsSync('dist/server/entry.mjs')) throw new Error('Brak dist/: zbuduj stronę z ustawieniami testów (npm test robi to sam)');
  const port = await freePort();
  let out = '';
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'src/server/start.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SITE_BASE: TEST_BASE, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const origin = `http://127.0.0.1:${port}`;
  const until = Date.now() + 15_000;
  while (!out.includes('Strona działa')) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`Serwer nie wystartował:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, origin, baseUrl: `${origin}${TEST_BASE}`, dataDir, output: () => out, exited };
}

/** POST answers to the form as a browser without JavaScript does. */
export async function postForm(server: ServerProcess, answers: Record<string, string | string[]>): Promise<Response> {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(answers)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return fetch(`${server.baseUrl}oddzwonimy/?_action=callback`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin },
  });
}
