/** Shared pieces of the load benchmarks: ports, the server process, a closed-loop HTTP load, percentiles. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { SERVER_ENTRY, SERVER_NODE_FLAGS } from '../src/server/server-command.ts';

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** Resolve when the child prints `text` (fail after 20 s). */
export async function waitForOutput(child: ChildProcess, text: string): Promise<void> {
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${text}" in: ${out}`)), 20_000);
    const on = (d: Buffer) => {
      out += d.toString();
      if (out.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', on);
    child.stderr?.on('data', on);
  });
}

/** A server process started by {@link startServer}. */
export interface RunningServer {
  child: ChildProcess;
  origin: string;
  /** Everything it printed so far. */
  output: () => string;
  /** Resolves with its exit code. */
  exited: Promise<number | null>;
}

/** Start the built server (`SERVER_ARGS`) on a free loopback port with `env` (and extra Node flags); resolves when it says it works. */
export async function startServer(env: Record<string, string>, timeoutMs = 20_000, nodeFlags: readonly string[] = []): Promise<RunningServer> {
  const port = await freePort();
  let out = '';
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeFlags, SERVER_ENTRY], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const until = Date.now() + timeoutMs;
  while (!out.includes('Strona działa')) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`Serwer nie wystartował:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, origin: `http://127.0.0.1:${port}`, output: () => out, exited };
}

/**
 * CPU time (user + system, all threads) a process has used so far, in ms,
 * from Linux's /proc (undefined elsewhere). Unlike wall time it hardly
 * grows when other work on the machine takes the cores.
 */
export function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** One request the load sends (through node:http: a string body and plain headers only). */
export interface LoadRequest {
  url: string;
  init?: { method?: string; headers?: Record<string, string>; body?: string };
  expectStatus: number;
}

/** What a load run measured. */
export interface LoadResult {
  seconds: number;
  /** Every latency (ms), sorted. */
  latencies: number[];
  /** Each request's latency by its index, in the order they finished. */
  timings: { i: number; ms: number }[];
  errors: number;
  statuses: Map<number, number>;
}

/** Send `total` requests from `clients` concurrent loops; `pick(i)` says what request i is. */
export async function runLoad(total: number, clients: number, pick: (i: number) => LoadRequest, onResponse?: (i: number, res: { status: number }) => void): Promise<LoadResult> {
  const latencies: number[] = [];
  const timings: { i: number; ms: number }[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  let errors = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const i = next++;
        const req = pick(i);
        const t0 = performance.now();
        try {
          const res = await httpRequest(agent, req);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status !== req.expectStatus) errors++;
          else onResponse?.(i, res);
        } catch {
          errors++;
        }
        const ms = performance.now() - t0;
        latencies.push(ms);
        timings.push({ i, ms });
      }
    }),
  );
  agent.destroy();
  return { seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b), timings, errors, statuses };
}

/** The p-th percentile of sorted values. */
export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** One line: throughput, p50, p99, errors, statuses. */
export function describeLoad(name: string, total: number, r: LoadResult): string {
  return `${name.padEnd(34)} ${(total / r.seconds).toFixed(0).padStart(7)} req/s   p50 ${percentile(r.latencies, 50).toFixed(2).padStart(6)} ms   p99 ${percentile(r.latencies, 99).toFixed(2).padStart(6)} ms   errors ${r.errors}   statuses ${[...r.statuses].map(([s, n]) => `${s}×${n}`).join(' ')}`;
}

/**
 * One request through node:http on a keep-alive agent (it never follows a
 * redirect), its body read and dropped. The load's client shares the two
 * cores with the server: with `fetch` (undici, WHATWG streams) it took
 * 0.9–1.3 ms of CPU per staff request, with node:http 0.6–0.85 ms, its
 * bookkeeping included (1 December 2026), so less of the machine goes to
 * measuring.
 */
function httpRequest(agent: Agent, req: LoadRequest): Promise<{ status: number }> {
  const { method = 'GET', body, headers: given } = req.init ?? {};
  const headers = { ...given, ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }) };
  return new Promise((resolve, reject) => {
    const r = request(req.url, { method, headers, agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      res.on('error', reject);
    });
    r.on('error', reject);
    r.end(body);
  });
}
