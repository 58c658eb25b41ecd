/** Runs the built server (`node src/server/start.ts`) as a child process on a free port, for integration tests. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServer, type RunningServer } from '../../scripts/bench-lib.ts';
import { TEST_BASE } from '../support/test-env.ts';

export { freePort };

/** Longest wait for the server to say it works (seconds on an idle machine; much more on a busy one). */
export const STARTUP_BOUND_MS = 90_000;
/** Longest wait for a condition in a fault test: a bound on a hang, not a speed goal. */
export const CONDITION_BOUND_MS = 180_000;

/** A running server process with its output. */
export interface ServerProcess extends RunningServer {
  baseUrl: string;
  dataDir: string;
}

/** Start the server built with the test base path (run `astro build` with tests/support/test-env first). */
export async function startServerProcess(env: Record<string, string> = {}, dataDir = join(mkdtempSync(join(tmpdir(), 'oddzwonimy-srv-')), 'data')): Promise<ServerProcess> {
  if (!existsSync('dist/server/entry.mjs')) throw new Error('Brak dist/: zbuduj stronę z ustawieniami testów (npm test robi to sam)');
  const server = await startServer({ DATA_DIR: dataDir, SITE_BASE: TEST_BASE, ...env }, STARTUP_BOUND_MS);
  return { ...server, baseUrl: `${server.origin}${TEST_BASE}`, dataDir };
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
