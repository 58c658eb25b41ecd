/**
 * `npm run bench:load`: a bounded mixed load on loopback against the built
 * server — form submissions (JS-off POSTs) and page views, from concurrent
 * clients — printing throughput, p50/p99, errors, the server's peak RSS, and
 * a count check that every accepted submission is stored and queued. Then
 * a staff share on the same server: sign-in, the unit's list, request pages
 * and actions from signed-in clerks, with its own p99 (goal < 100 ms) and
 * the server's CPU time per staff request, which varies less between runs.
 *
 *   npm run bench:load -- --submissions 5000 --views 50000 --staff 4000 --clients 16 [--no-build] [--cpu-prof DIR]
 *
 * With `--cpu-prof DIR` the server runs under `node --cpu-prof` and writes
 * its profile to DIR on exit; `--views 0` keeps the public share to the
 * submissions the staff share needs, so the profile is mostly the staff's
 * (read it with `node scripts/profile-summary.ts DIR/*.cpuprofile`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { callbackExamples } from '../src/callback/callback-examples.ts';
import { DATABASE_FILE } from '../src/db/database.ts';
import { SIGNING_KEY_FILE } from '../src/staff/signing-key.ts';
import { requestLinkToken } from '../src/staff/signed-links.ts';
import { cpuMs, describeLoad, percentile, runLoad, startServer, type LoadRequest } from './bench-lib.ts';

const { values: args } = parseArgs({
  options: {
    submissions: { type: 'string', default: '5000' },
    views: { type: 'string', default: '50000' },
    clients: { type: 'string', default: '16' },
    staff: { type: 'string', default: '4000' },
    'no-build': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
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
const profile = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args['cpu-prof'])}`] : [];
const { child, origin } = await startServer({ DATA_DIR: dataDir, RATE_LIMIT_SUBMISSIONS: '100000' }, 20_000, profile);
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

// The staff share: a clerk signs in by e-mail, then clerks open the unit's list, request pages, and take requests.
const STAFF = Number(args.staff);
const staffBase = base.replace(/oddzwonimy\/$/, 'obsluga/');
const reader = new DatabaseSync(join(dataDir, DATABASE_FILE), { readOnly: true });
const key = Buffer.from(readFileSync(join(dataDir, SIGNING_KEY_FILE), 'utf8').trim());
const form = (fields: Record<string, string>, cookie?: string): NonNullable<LoadRequest['init']> => ({
  method: 'POST',
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded', origin, ...(cookie ? { cookie } : {}) },
});
const signInTimes: number[] = [];
async function signIn(email: string): Promise<string> {
  let t = performance.now();
  const asked = await fetch(`${origin}${staffBase}logowanie/?_action=staffSignIn`, { ...form({ email }), redirect: 'manual' });
  await asked.text();
  signInTimes.push(performance.now() - t);
  const row = reader.prepare("SELECT message FROM outbox WHERE message_id LIKE '<signin.%' AND recipients LIKE ? ORDER BY id DESC").get(`%${email}%`) as { message: string };
  const link = new URL(/https?:\/\/\S+\/logowanie\/[0-9a-f]{64}\//.exec((JSON.parse(row.message) as { text: string }).text)![0]);
  t = performance.now();
  const confirmed = await fetch(`${origin}${link.pathname}?_action=staffConfirm`, { ...form({}), redirect: 'manual' });
  signInTimes.push(performance.now() - t);
  if (confirmed.status !== 303) throw new Error(`logowanie: ${confirmed.status}`);
  return confirmed.headers.get('set-cookie')!.split(';')[0]!;
}
const cookie = await signIn('podatki@lomza.example');
const ids = (reader.prepare("SELECT id FROM requests WHERE status = 'accepted' AND unit_id = 'finanse' ORDER BY id").all() as { id: number }[]).map((r) => r.id);
const takes = new Set<number>();
let taken = 0;
/** What staff request i was, for the per-kind figures. */
const staffKinds: string[] = [];
const staffCpuBefore = cpuMs(child.pid);
const staffResult = await runLoad(STAFF, CLIENTS, (i) => {
  const request = staffRequest(i);
  staffKinds[i] = request.init?.method === 'POST' ? '„biorę” (POST)' : request.url.endsWith(`${staffBase}`) ? 'lista jednostki' : request.url.includes('/logowanie/') ? 'strona logowania' : 'strona prośby';
  return request;
}, (_i, res) => {
  if (res.status === 303) taken++;
});
function staffRequest(i: number): LoadRequest {
  const id = ids[i % ids.length]!;
  const page = `${origin}${staffBase}prosba/${requestLinkToken(key, id)}/`;
  switch (i % 10) {
    case 0:
    case 1:
    case 2:
      return { url: `${origin}${staffBase}`, init: { headers: { cookie } }, expectStatus: 200 };
    case 3:
      if (!takes.has(id)) {
        takes.add(id);
        return { url: `${page}?_action=staff`, init: form({ czynnosc: 'take', wersja: '1', kto: 'Jan Kowalski' }, cookie), expectStatus: 303 };
      }
      return { url: page, expectStatus: 200 };
    case 4:
      return { url: `${origin}${staffBase}logowanie/`, expectStatus: 200 };
    default:
      return { url: page, expectStatus: 200 };
  }
}
const staffCpuAfter = cpuMs(child.pid);
const staffCpuPerRequest = staffCpuBefore === undefined || staffCpuAfter === undefined ? undefined : (staffCpuAfter - staffCpuBefore) / STAFF;
const takenInDb = (reader.prepare("SELECT COUNT(*) AS n FROM request_history WHERE action = 'take'").get() as { n: number }).n;
reader.close();

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
console.log(describeLoad('obsługa (lista, strony próśb, „biorę”, strona logowania)', STAFF, staffResult));
const staffP99 = percentile([...staffResult.latencies].sort((a, b) => a - b), 99);
for (const kind of [...new Set(staffKinds)].sort()) {
  const times = staffResult.timings.filter((t) => staffKinds[t.i] === kind).map((t) => t.ms).sort((a, b) => a - b);
  console.log(`  ${kind.padEnd(20)} ${String(times.length).padStart(5)} ×   p50 ${percentile(times, 50).toFixed(2).padStart(6)} ms   p99 ${percentile(times, 99).toFixed(2).padStart(6)} ms`);
}
if (staffCpuPerRequest !== undefined) console.log(`CPU serwera na prośbę obsługi: ${staffCpuPerRequest.toFixed(2)} ms (p99 przy ${CLIENTS} klientach idzie za nią)`);
console.log(`logowanie (prośba o link, potwierdzenie): ${signInTimes.map((t) => `${t.toFixed(1)} ms`).join(', ')}`);
console.log(`„biorę”: wysłane ${takes.size}, 303: ${taken}, w historii: ${takenInDb}`);
const goals: [string, boolean][] = [
  ['zero błędów', result.errors === 0],
  ['obsługa: zero błędów', staffResult.errors === 0],
  [`obsługa: p99 < 100 ms przy ${CLIENTS} klientach (${staffP99.toFixed(1)} ms)`, staffP99 < 100],
  ['obsługa: każde „biorę” zapisane raz', taken === takes.size && takenInDb === takes.size],
  ['nic nie zginęło (przyjęte = zapisane = w kolejce = liczba zgłoszeń)', accepted === stored && stored === queued && accepted === kinds.filter(Boolean).length],
  [`RSS < ${RSS_LIMIT_MB} MB`, peakRss < RSS_LIMIT_MB],
];
for (const [goal, ok] of goals) console.log(`${ok ? 'PASS' : 'FAIL'}  ${goal}`);
process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;
