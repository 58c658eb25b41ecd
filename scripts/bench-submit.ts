/**
 * `npm run bench:submit`: N callback form submissions (JavaScript-off
 * URL-encoded POSTs, the one way a form is accepted: Astro's origin check,
 * action and middleware) against the built server on loopback with C
 * concurrent clients, and the same load against a bare node:http +
 * node:sqlite handler that only inserts a row with the same SQLite settings.
 * Both servers run side by side and get untimed warm-up requests; the load
 * alternates between them in rounds, so that other work on the machine
 * weighs on both alike. Prints requests/s, p50/p99, the ratio, and checks
 * that every accepted submission is stored. Not a test: a measurement.
 *
 *   npm run bench:submit -- --requests 3000 --clients 8 --rounds 3 [--no-build] [--cpu-prof DIR] [--perf FILE]
 *
 * With `--cpu-prof DIR` the server runs under `node --cpu-prof` and writes
 * its profile to DIR when it stops (`node scripts/profile-summary.ts DIR/*.cpuprofile`).
 * With `--perf FILE` Linux `perf record` samples the server's threads on CPU
 * during the measured rounds (`node scripts/perf-summary.ts FILE N`): on a
 * loaded machine this one is not skewed by the time the server waits for a core.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { callbackExamples } from '../src/callback/callback-examples.ts';
import { readSiteSettingsFile, SITE_SETTINGS_FILE } from '../src/config/site-settings-file.ts';
import { DATABASE_FILE } from '../src/db/database.ts';
import { cpuMs, describeLoad, freePort, percentile, runLoad, startServer, waitForOutput, type LoadResult } from './bench-lib.ts';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '3000' },
    clients: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    perf: { type: 'string' },
  },
});
const N = Number(args.requests);
const C = Number(args.clients);
const ROUNDS = Math.max(1, Number(args.rounds));
/** Untimed requests sent to each server first, so both are measured warm (JIT, caches). */
const WARMUP = Math.min(300, N);

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

/** Several load results as one: total time, all latencies. */
function merge(results: LoadResult[]): LoadResult {
  const statuses = new Map<number, number>();
  for (const r of results) for (const [s, n] of r.statuses) statuses.set(s, (statuses.get(s) ?? 0) + n);
  return {
    seconds: results.reduce((t, r) => t + r.seconds, 0),
    latencies: results.flatMap((r) => r.latencies).sort((a, b) => a - b),
    timings: results.flatMap((r) => r.timings),
    errors: results.reduce((t, r) => t + r.errors, 0),
    statuses,
  };
}

async function main(): Promise<void> {
  if (!args['no-build']) {
    console.log('Budowanie (astro build)…');
    const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    delete env['SITE_BASE'];
    delete env['SITE_URL'];
    const b = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore', env });
    if (b.status !== 0) throw new Error('astro build nie powiódł się');
  }
  // Write the build out now, so that its disk writes do not slow the fsyncs measured below.
  spawnSync('sync');
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(callbackExamples.valid.answers)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  const work = mkdtempSync(join(tmpdir(), 'bench-submit-'));
  console.log(`\n${N} zgłoszeń (przykład „valid”, po ${WARMUP} na rozgrzewkę), ${C} równoległych klientów, ${ROUNDS} rundy na zmianę, loopback\n`);

  const dataDir = join(work, 'data');
  const profile = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args['cpu-prof'])}`] : [];
  // Names for JIT-compiled JavaScript in perf's samples (written to /tmp/perf-PID.map).
  if (args.perf) profile.push('--perf-basic-prof', '--interpreted-frames-native-stack');
  const { child: app, origin } = await startServer({ DATA_DIR: dataDir, RATE_LIMIT_SUBMISSIONS: '100000' }, 20_000, profile);
  const barePort = await freePort();
  const bare = spawn(process.execPath, ['--input-type=module', '-e', BARE_SERVER], { env: { ...process.env, PORT: String(barePort), DB: join(work, 'bare.sqlite') }, stdio: ['ignore', 'pipe', 'pipe'] });
  await waitForOutput(bare, 'listening');

  // The real server: a browser without JavaScript posts the form to its own page (`?_action=callback`).
  const post = (url: string, headers: Record<string, string>) => () => ({ url, init: { method: 'POST', body: body.toString(), headers }, expectStatus: 303 });
  const base = readSiteSettingsFile(`dist/server/${SITE_SETTINGS_FILE}`).SITE_BASE;
  const formPost = post(`${origin}${base}oddzwonimy/?_action=callback`, { 'content-type': 'application/x-www-form-urlencoded', origin });
  const barePost = post(`http://127.0.0.1:${barePort}/`, { 'content-type': 'application/x-www-form-urlencoded' });
  await runLoad(WARMUP, C, formPost);
  await runLoad(WARMUP, C, barePost);
  const realRuns: LoadResult[] = [];
  const bareRuns: LoadResult[] = [];
  const perf = args.perf ? spawn('perf', ['record', '-q', '-e', 'cpu-clock', '-F', '997', '-g', '-p', String(app.pid), '-o', resolve(args.perf)], { stdio: 'inherit' }) : undefined;
  perf?.once('error', (error) => {
    throw new Error(`perf record nie ruszył (czy perf jest zainstalowany?): ${error.message}`);
  });
  let realCpu = 0;
  let bareCpu = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const n = Math.floor(N / ROUNDS) + (round < N % ROUNDS ? 1 : 0);
    const a0 = cpuMs(app.pid);
    realRuns.push(await runLoad(n, C, formPost));
    realCpu += (cpuMs(app.pid) ?? NaN) - (a0 ?? NaN);
    const b0 = cpuMs(bare.pid);
    bareRuns.push(await runLoad(n, C, barePost));
    bareCpu += (cpuMs(bare.pid) ?? NaN) - (b0 ?? NaN);
  }
  if (perf) {
    perf.kill('SIGINT');
    await new Promise((r) => perf.on('exit', r));
    console.log(`perf: node scripts/perf-summary.ts ${args.perf} ${N}`);
  }
  const real = merge(realRuns);
  const baseline = merge(bareRuns);

  app.kill('SIGTERM');
  bare.kill('SIGTERM');
  await new Promise((r) => app.on('exit', r));
  const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
  const stored = (db.prepare(`SELECT COUNT(*) AS n FROM requests WHERE status = 'accepted'`).get() as { n: number }).n;
  const queued = (db.prepare(`SELECT COUNT(*) AS n FROM outbox`).get() as { n: number }).n;
  db.close();
  rmSync(work, { recursive: true, force: true });

  console.log(describeLoad('formularz (Astro: akcja + SQLite)', N, real));
  console.log(describeLoad('node:http + node:sqlite (wzorzec)', N, baseline));
  const ratio = N / real.seconds / (N / baseline.seconds);
  const roundRatios = realRuns.map((r, i) => bareRuns[i]!.seconds / r.seconds);
  const p99 = percentile(real.latencies, 99);
  const accepted = WARMUP + (real.statuses.get(303) ?? 0);
  if (!Number.isNaN(realCpu)) console.log(`czas CPU serwera na zgłoszenie (/proc, wszystkie wątki): formularz ${(realCpu / N).toFixed(2)} ms, wzorzec ${(bareCpu / N).toFixed(2)} ms`);
  console.log(`\nstosunek: ${ratio.toFixed(2)} (rundy: ${roundRatios.map((r) => r.toFixed(2)).join(', ')})   zapisane prośby: ${stored}/${accepted} przyjętych   wiadomości w kolejce: ${queued}`);
  const goals: [string, boolean][] = [
    ['stosunek ≥ 0,3 (cel dodatkowy: 0,4)', ratio >= 0.3],
    [`p99 < 50 ms przy ${C} klientach`, p99 < 50],
    ['żadna prośba nie zginęła (zapisane = przyjęte = wysłane)', stored === accepted && accepted === WARMUP + N && real.errors === 0],
  ];
  for (const [goal, ok] of goals) console.log(`${ok ? 'PASS' : 'FAIL'}  ${goal}`);
  process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;
}

await main();
