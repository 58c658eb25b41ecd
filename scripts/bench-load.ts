/**
 * `npm run bench:load`: a bounded mixed load on loopback against the built
 * server — form submissions (JS-off POSTs) and page views, from concurrent
 * clients — printing throughput, p50/p99, errors, the server's peak RSS, and
 * a count check that every accepted submission is stored and queued.
 *
 *   npm run bench:load -- --submissions 5000 --views 50000 --clients 16 [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { callbackExamples } from '../src/callback/callback-examples.ts';
import { DATABASE_FILE } from '../src/db/database.ts';
import { describeLoad, runLoad, startServer } from './bench-lib.ts';

const { values: args } = parseArgs({
  options: {
    submissions: { type: 'string', default: '5000' },
    views: { type: 'string', default: '50000' },
    clients: { type: 'string', default: '16' },
    'no-build': { type: 'boolean', default: false },
  },
});
const SUBMISSIONS = Number(args.submissions);
const VIEWS = Number(args.views);
const TOTAL = SUBMISSIONS + VIEWS;
const CLIENTS = Number(args.clients);
const RSS_LIMIT_MB = 200;

if (!args['no-build']) {
  console.log('Budowanie (astro build)…');
  if (spawnSync('npx', ['astro', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }).status !== 0) throw new Error('astro build nie powiódł się');
}

const pages = [...readFileSync('dist/client/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const work = mkdtempSync(join(tmpdir(), 'bench-load-'));
const dataDir = join(work, 'data');
const { child, origin } = await startServer({ DATA_DIR: dataDir, RATE_LIMIT_SUBMISSIONS: '100000' });
const base = pages.find((p) => p.endsWith('/oddzwonimy/'))!;

let peakRss = 0;
const rssTimer = setInterval(() => {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
  peakRss = Math.max(peakRss, kb / 1024);
}, 200);

const body = new URLSearchParams();
for (const [k, v] of Object.entries(callbackExamples.validOnBehalfByEmail.answers)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
// Spread the submissions evenly among the page views.
const every = Math.max(1, Math.round(TOTAL / SUBMISSIONS));
let submitted = 0;
const isSubmission = (i: number) => i % every === 0 && submitted++ < SUBMISSIONS;
const kinds = Array.from({ length: TOTAL }, (_, i) => isSubmission(i));
const views = new Map<number, number>();
let accepted = 0;

console.log(`\n${kinds.filter(Boolean).length} zgłoszeń + ${kinds.filter((k) => !k).length} wyświetleń stron (${pages.length} adresów), ${CLIENTS} klientów, loopback\n`);
const result = await runLoad(
  TOTAL,
  CLIENTS,
  (i) =>
    kinds[i]
      ? { url: `${origin}${base}?_action=callback`, init: { method: 'POST', body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', origin } }, expectStatus: 303 }
      : { url: `${origin}${pages[i % pages.length]}`, expectStatus: 200 },
  (i) => {
    if (kinds[i]) accepted++;
    else views.set(i % pages.length, (views.get(i % pages.length) ?? 0) + 1);
  },
);
clearInterval(rssTimer);
child.kill('SIGTERM');
await new Promise((r) => child.on('exit', r));

const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
const stored = (db.prepare(`SELECT COUNT(*) AS n FROM requests WHERE status = 'accepted'`).get() as { n: number }).n;
const queued = (db.prepare(`SELECT COUNT(DISTINCT request_id) AS n FROM outbox WHERE kind = 'staff'`).get() as { n: number }).n;
db.close();
rmSync(work, { recursive: true, force: true });

console.log(describeLoad('mieszane (POST + GET)', TOTAL, result));
console.log(`szczytowe RSS serwera: ${peakRss.toFixed(0)} MB`);
console.log(`przyjęte (303): ${accepted}   zapisane: ${stored}   z e-mailem w kolejce: ${queued}`);
const goals: [string, boolean][] = [
  ['zero błędów', result.errors === 0],
  ['nic nie zginęło (przyjęte = zapisane = w kolejce = liczba zgłoszeń)', accepted === stored && stored === queued && accepted === kinds.filter(Boolean).length],
  [`RSS < ${RSS_LIMIT_MB} MB`, peakRss < RSS_LIMIT_MB],
];
for (const [goal, ok] of goals) console.log(`${ok ? 'PASS' : 'FAIL'}  ${goal}`);
process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;
