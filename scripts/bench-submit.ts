/**
 * `npm run bench:submit`: N callback form submissions (JS-off POSTs) against
 * the built server on loopback with C concurrent clients, and the same load
 * against a bare node:http + node:sqlite handler that only inserts a row with
 * the same SQLite settings. Prints requests/s, p50/p99, the ratio, and checks
 * that every accepted submission is stored. Not a test: a measurement.
 *
 *   npm run bench:submit -- --requests 3000 --clients 8 [--no-build]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { callbackExamples } from '../src/callback/callback-examples.ts';
import { DATABASE_FILE } from '../src/db/database.ts';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '3000' },
    clients: { type: 'string', default: '8' },
    'no-build': { type: 'boolean', default: false },
  },
});
const N = Number(args.requests);
const C = Number(args.clients);

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function waitForOutput(child: ChildProcess, text: string): Promise<void> {
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

interface LoadResult {
  seconds: number;
  latencies: number[];
  errors: number;
  statuses: Map<number, number>;
}

async function load(url: string, body: string, headers: Record<string, string>, expectStatus: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: C }, async () => {
      while (next < N) {
        next++;
        const t0 = performance.now();
        try {
          const res = await fetch(url, { method: 'POST', body, headers, redirect: 'manual' });
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status !== expectStatus) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b), errors, statuses };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function report(name: string, r: LoadResult): number {
  const rps = N / r.seconds;
  console.log(
    `${name.padEnd(34)} ${rps.toFixed(0).padStart(7)} req/s   p50 ${pct(r.latencies, 50).toFixed(2).padStart(6)} ms   p99 ${pct(r.latencies, 99).toFixed(2).padStart(6)} ms   errors ${r.errors}   statuses ${[...r.statuses].map(([s, n]) => `${s}×${n}`).join(' ')}`,
  );
  return rps;
}

/** The bare baseline: node:http + node:sqlite insert, same pragmas, 303 like the form. */
const BARE_SERVER = `
import { createServer } from 'node:http';
import { DatabaseSync } from 'node:sqlite';
const db = new DatabaseSync(process.env.DB, { timeout: 5000 });
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE IF NOT EXISTS r (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO r (payload) VALUES (?)');
createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    insert.run(Buffer.concat(chunks).toString());
    res.writeHead(303, { location: '/ok' });
    res.end();
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
`;

async function main(): Promise<void> {
  if (!args['no-build']) {
    console.log('Budowanie (astro build)…');
    const b = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (b.status !== 0) throw new Error('astro build nie powiódł się');
  }
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(callbackExamples.validMinimal.answers)) body.append(k, v);
  const work = mkdtempSync(join(tmpdir(), 'bench-submit-'));
  console.log(`\n${N} zgłoszeń, ${C} równoległych klientów, loopback\n`);

  // The real server.
  const port = await freePort();
  const dataDir = join(work, 'data');
  const app = spawn(process.execPath, ['src/server/start.ts'], { env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SITE_BASE: '/', RATE_LIMIT_SUBMISSIONS: '100000' }, stdio: ['ignore', 'pipe', 'pipe'] });
  await waitForOutput(app, 'Strona działa');
  const origin = `http://127.0.0.1:${port}`;
  const real = await load(`${origin}/oddzwonimy/?_action=callback`, body.toString(), { 'content-type': 'application/x-www-form-urlencoded', origin }, 303);
  app.kill('SIGTERM');
  await new Promise((r) => app.on('exit', r));
  const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
  const stored = (db.prepare(`SELECT COUNT(*) AS n FROM requests WHERE status = 'accepted'`).get() as { n: number }).n;
  const queued = (db.prepare(`SELECT COUNT(*) AS n FROM outbox`).get() as { n: number }).n;
  db.close();

  // The bare baseline.
  const barePort = await freePort();
  const bare = spawn(process.execPath, ['--input-type=module', '-e', BARE_SERVER], { env: { ...process.env, PORT: String(barePort), DB: join(work, 'bare.sqlite') }, stdio: ['ignore', 'pipe', 'pipe'] });
  await waitForOutput(bare, 'listening');
  const baseline = await load(`http://127.0.0.1:${barePort}/`, body.toString(), { 'content-type': 'application/x-www-form-urlencoded' }, 303);
  bare.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });

  const realRps = report('formularz (Astro + zod + SQLite)', real);
  const bareRps = report('node:http + node:sqlite (wzorzec)', baseline);
  const ratio = realRps / bareRps;
  const p99 = pct(real.latencies, 99);
  const accepted = real.statuses.get(303) ?? 0;
  console.log(`\nstosunek: ${ratio.toFixed(2)}   zapisane prośby: ${stored}/${accepted} przyjętych   wiadomości w kolejce: ${queued}`);
  const goals: [string, boolean][] = [
    ['stosunek ≥ 0,4', ratio >= 0.4],
    [`p99 < 50 ms przy ${C} klientach`, p99 < 50],
    ['żadna prośba nie zginęła (zapisane = przyjęte = N)', stored === accepted && accepted === N && real.errors === 0],
  ];
  for (const [goal, ok] of goals) console.log(`${ok ? 'PASS' : 'FAIL'}  ${goal}`);
  process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;
}

await main();
