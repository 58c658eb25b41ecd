/** Starts and stops the test server for the node runners (pa11y, vnu); Playwright uses its own webServer. */
import { spawn } from 'node:child_process';
import { SERVER_ARGS } from '../../src/server/server-command.ts';
import { TEST_BASE_URL, testServerEnv } from './test-env.ts';

/** A running test server. */
export interface TestServer {
  /** Stop the server and wait for it to exit. */
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/** Start the built server (`SERVER_ARGS`) on the test port and wait until it answers (30 s at most). */
export async function startTestServer(): Promise<TestServer> {
  if (await answers(TEST_BASE_URL)) throw new Error(`${TEST_BASE_URL} already answers: stop the other server first`);
  const child = spawn(process.execPath, [...SERVER_ARGS], {
    env: { ...process.env, ...testServerEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let early: number | null | undefined;
  void exited.then((code) => (early = code));
  const deadline = Date.now() + 30_000;
  while (!(await answers(TEST_BASE_URL))) {
    if (early !== undefined) throw new Error(`the test server exited with code ${early} before answering`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the test server did not answer at ${TEST_BASE_URL} within 30 s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    async stop() {
      if (early !== undefined) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
