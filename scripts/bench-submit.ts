/**
 * `npm run bench:submit`: N callback form submissions (JS-off POSTs) against
 * the built server on loopback with C concurrent clients, and the same load
 * against a bare node:http + node:sqlite handler that only inserts a row with
 * the same SQLite settings. Both servers first get untimed warm-up requests.
 * Prints requests/s, p50/p99, the ratio, and checks that every accepted
 * submission is stored. For comparison it also posts the form as multipart,
 * which goes through Astro's action and page instead of the server's direct
 * path (see src/server/direct-submission.ts). Not a test: a measurement.
 *
 *   npm run bench:submit -- --requests 3000 --clients 8 [--no-build]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { callbackExamples } from '../src/callback/callback-examples.ts';
import { DATABASE_FILE } from '../src/db/database.ts';
import { describeLoad, freePort, percentile, runLoad, startServer, waitForOutput } from './bench-lib.ts';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '3000' },
    clients: { type: 'string', default: '8' },
    'no-build': { type: 'boolean', default: false },
  },
});
const N = Number(args.requests);
const C = Number(args.clients);
/** Untimed requests sent to each server first, so both are measured warm (JIT, caches). */
const WARMUP = Math.min(300, N);
/** Multipart posts through Astro's action, shown for comparison. */
const M = Math.min(N, 1000);

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
  // Write the build out now, so that its disk writes do not slow the fsyncs measured below.
  spawnSync('sync');
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(callbackExamples.valid.answers)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  const work = mkdtempSync(join(tmpdir(), 'bench-submit-'));
  console.log(`\n${N} zgłoszeń (przykład „valid”, po ${WARMUP} na rozgrzewkę), ${C} równoległych klientów, loopback\n`);

  // The real server.
  const dataDir = join(work, 'data');
  const { child: app, origin } = await startServer({ DATA_DIR: dataDir, SITE_BASE: '/', RATE_LIMIT_SUBMISSIONS: '100000' });
  const post = (url: string, headers: Record<string, string>) => () => ({ url, init: { method: 'POST', body: body.toString(), headers }, expectStatus: 303 });
  const browserPost = post(`${origin}/oddzwonimy/?_action=callback`, { 'content-type': 'application/x-www-form-urlencoded', origin });
  await runLoad(WARMUP, C, browserPost);
  const real = await runLoad(N, C, browserPost);
  // For comparison only: the same answers as multipart go through Astro's action and page (the path for forms with errors).
  const multipart = () => {
    const form = new FormData();
    for (const [k, v] of body) form.append(k, v);
    return { url: `${origin}/oddzwonimy/?_action=callback`, init: { method: 'POST', body: form, headers: { origin } }, expectStatus: 303 };
  };
  const viaAstro = await runLoad(M, C, multipart);
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
  const barePost = post(`http://127.0.0.1:${barePort}/`, { 'content-type': 'application/x-www-form-urlencoded' });
  await runLoad(WARMUP, C, barePost);
  const baseline = await runLoad(N, C, barePost);
  bare.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });

  console.log(describeLoad('formularz (serwer + zod + SQLite)', N, real));
  console.log(describeLoad('node:http + node:sqlite (wzorzec)', N, baseline));
  console.log(describeLoad('dla porównania: akcja Astro', M, viaAstro));
  const realRps = N / real.seconds;
  const bareRps = N / baseline.seconds;
  const ratio = realRps / bareRps;
  const p99 = percentile(real.latencies, 99);
  const accepted = WARMUP + (real.statuses.get(303) ?? 0) + (viaAstro.statuses.get(303) ?? 0);
  console.log(`\nstosunek: ${ratio.toFixed(2)}   zapisane prośby: ${stored}/${accepted} przyjętych   wiadomości w kolejce: ${queued}`);
  const goals: [string, boolean][] = [
    ['stosunek ≥ 0,4', ratio >= 0.4],
    [`p99 < 50 ms przy ${C} klientach`, p99 < 50],
    ['żadna prośba nie zginęła (zapisane = przyjęte = wysłane)', stored === accepted && accepted === WARMUP + N + M && real.errors + viaAstro.errors === 0],
  ];
  for (const [goal, ok] of goals) console.log(`${ok ? 'PASS' : 'FAIL'}  ${goal}`);
  process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;
}

await main();
