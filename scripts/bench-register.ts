/**
 * `npm run bench:register`: the register at size. Generates 100,000 requests
 * and 400,000 history rows (scripts/register-data.ts), starts the built
 * server on them, and prints the p99 of the register's first page and of the
 * figures page at 4 clients (goal < 200 ms; the figures page as the
 * coordinator opens it, its counts kept in memory after the first request
 * until a request changes), then, for information, the figures page "cold"
 * (every request another period, each counted from the database: the cost
 * of choosing a new period, not a goal of #15), the server's peak RSS while the
 * whole register streams out as CSV (goal < 200 MB), whether the pages' and
 * the file's counts match a direct SQL count, and the machine's load with
 * each figure.
 * Needs a build (npm run build:test, or --build).
 *
 *   npm run bench:register -- [--requests 100000] [--history 400000] [--views 400] [--clients 4] [--build]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { DATABASE_FILE, openDatabase } from '../src/db/database.ts';
import { periodBounds } from '../src/db/register-store.ts';
import { seedSession, SESSION_COOKIE, STAFF_EMAILS } from '../tests/support/register-seed.ts';
import { describeLoad, percentile, runLoad, startServer } from './bench-lib.ts';
import { generateRegisterData } from './register-data.ts';
import { addDays } from '../src/calendar/iso-date.ts';
import { warsawDate } from '../src/calendar/warsaw-time.ts';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '100000' },
    history: { type: 'string', default: '400000' },
    views: { type: 'string', default: '400' },
    clients: { type: 'string', default: '4' },
    build: { type: 'boolean', default: false },
  },
});
const CLIENTS = Number(args.clients);
const VIEWS = Number(args.views);
const P99_GOAL_MS = 200;
const RSS_GOAL_MB = 200;
const KEY = 'bench-only-signing-key-0123456789abcdefghijklmnop';

if (args.build && spawnSync('npm', ['run', 'build:test'], { stdio: 'inherit' }).status !== 0) throw new Error('Budowanie nie powiodło się');
if (!existsSync('dist/server/site-settings.json')) throw new Error('Brak dist/: npm run build:test (albo --build)');
const base = (JSON.parse(readFileSync('dist/server/site-settings.json', 'utf8')) as { SITE_BASE: string }).SITE_BASE;

/** The machine's load averages (1, 5, 15 min) and cores, to read each figure by. */
const load = () => `obciążenie ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (1/5/15 min, ${availableParallelism()} rdzenie)`;

const work = mkdtempSync(join(tmpdir(), 'bench-register-'));
const dataDir = join(work, 'data');
const db = openDatabase(dataDir);
let t0 = performance.now();
const generated = generateRegisterData(db, { requests: Number(args.requests), history: Number(args.history), now: new Date() });
const cookie = `${SESSION_COOKIE}=${seedSession(db, STAFF_EMAILS.coordinator, Buffer.from(KEY))}`;
db.close();
console.log(`Dane: ${generated.requests} próśb, ${generated.history} wpisów historii (${((performance.now() - t0) / 1000).toFixed(1)} s).`);

// Retention long enough that the start-up purge keeps the generated two years.
const server = await startServer({ DATA_DIR: dataDir, SIGNING_KEY: KEY, RETENTION_DAYS: '3650' }, 120_000);
const url = (path: string) => `${server.origin}${base}${path}`;
const headers = { cookie };
let failed = false;
try {
  const sql = new DatabaseSync(join(dataDir, DATABASE_FILE), { readOnly: true });
  const count = (q: string, ...p: string[]) => (sql.prepare(q).get(...p) as { n: number }).n;

  // Warm up (module loads, statement caches), then measure.
  await runLoad(20, 2, () => ({ url: url('obsluga/rejestr/'), init: { headers }, expectStatus: 200 }));
  await runLoad(10, 2, () => ({ url: url('obsluga/rejestr/liczby/'), init: { headers }, expectStatus: 200 }));
  const register = await runLoad(VIEWS, CLIENTS, () => ({ url: url('obsluga/rejestr/'), init: { headers }, expectStatus: 200 }));
  console.log(`${describeLoad(`rejestr, pierwsza strona (${CLIENTS} klientów)`, VIEWS, register)}   ${load()}`);
  const figureViews = Math.max(40, VIEWS / 4);
  const figures = await runLoad(figureViews, CLIENTS, () => ({ url: url('obsluga/rejestr/liczby/'), init: { headers }, expectStatus: 200 }));
  console.log(`${describeLoad(`liczby, ciepłe: jeden okres (${CLIENTS} klientów)`, figureViews, figures)}   ${load()}`);
  // Cold: every request another period (12 months ending on another day), so none is answered from memory.
  const today = warsawDate(new Date());
  const coldUrl = (i: number) => {
    const to = addDays(today, -i);
    return url(`obsluga/rejestr/liczby/?${new URLSearchParams({ od: addDays(to, -364), do: to })}`);
  };
  const cold = await runLoad(figureViews, CLIENTS, (i) => ({ url: coldUrl(i + 1), init: { headers }, expectStatus: 200 }));
  console.log(`${describeLoad(`liczby, zimne: okres za okresem (${CLIENTS} klientów)`, figureViews, cold)}   ${load()}`);
  for (const [name, r] of [['rejestr', register], ['liczby (ciepłe)', figures]] as const) {
    const p99 = percentile(r.latencies, 99);
    if (p99 >= P99_GOAL_MS || r.errors > 0) {
      failed = true;
      console.log(`CEL NIESPEŁNIONY: ${name} p99 ${p99.toFixed(1)} ms (cel < ${P99_GOAL_MS} ms), błędy ${r.errors}`);
    }
  }
  // Cold periods are information (no goal), but an error is an error.
  if (cold.errors > 0) {
    failed = true;
    console.log(`BŁĘDY: liczby (zimne) ${cold.errors}`);
  }
  console.log(`(liczby zimne: p99 ${percentile(cold.latencies, 99).toFixed(1)} ms – tyle kosztuje wybór nowego okresu przy ${CLIENTS} klientach naraz; to informacja, nie cel)`);

  // The numbers the pages show against SQL.
  const page = (await (await fetch(url('obsluga/rejestr/?od=2019-01-01&do=2027-12-31'), { headers })).text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  // The page writes 100 000 with a (non-breaking) space between the thousands.
  const shown = Number((/Spełnia warunki: ([\d\s\u00a0]+\d)/.exec(page)?.[1] ?? 'NaN').replace(/[\s\u00a0]/g, ''));
  const all = count('SELECT COUNT(*) AS n FROM requests');
  console.log(`Liczba w rejestrze: ${shown}, w bazie (SELECT COUNT(*) FROM requests): ${all} ${shown === all ? '– zgodne' : '– NIEZGODNE'}`);
  if (shown !== all) failed = true;

  // The figures page, its CSV and the report against SQL, for one period.
  const period = { from: addDays(today, -364), to: today };
  const periodQuery = new URLSearchParams({ od: period.from, do: period.to }).toString();
  const { start, end } = periodBounds(period.from, period.to);
  const inPeriod = count('SELECT COUNT(*) AS n FROM request_facts WHERE received_at >= ? AND received_at < ?', start, end);
  const text = async (path: string) => (await (await fetch(url(path), { headers })).text()).replace(/<[^>]+>/g, ' ').replace(/[\s\u00a0]+/g, ' ');
  const figuresTotal = Number((/Okres od \S+ do \S+: ([\d ]+\d) spraw/.exec(await text(`obsluga/rejestr/liczby/?${periodQuery}`))?.[1] ?? 'NaN').replace(/ /g, ''));
  const csvKinds = (await (await fetch(url(`obsluga/rejestr/liczby.csv?${periodQuery}`), { headers })).text())
    .split('\r\n')
    .filter((l) => l.startsWith('Wpływ w miesiącach według rodzaju sprawy;'))
    .reduce((sum, l) => sum + Number(l.split(';')[5]), 0);
  const report = await text(`obsluga/rejestr/raport/?${periodQuery}`);
  const reportTotals = [...report.matchAll(/Wpłynęło w okresie (\d[\d ]*\d|\d)/g)].map((m) => Number(m[1]!.replace(/ /g, '')));
  const byKind = (kind: string) => count('SELECT COUNT(*) AS n FROM request_facts WHERE kind = ? AND received_at >= ? AND received_at < ?', kind, start, end);
  const callbacks = Number(/Prośby o kontakt w okresie: (\d+)/.exec(report)?.[1] ?? 'NaN');
  const shownLaws = [...reportTotals.slice(0, 2), callbacks];
  const sqlLaws = [byKind('dostepnosc-architektoniczna'), byKind('dostepnosc-cyfrowa'), byKind('oddzwonienie')];
  const agree = figuresTotal === inPeriod && csvKinds === inPeriod && JSON.stringify(shownLaws) === JSON.stringify(sqlLaws);
  console.log(
    `Okres ${period.from}–${period.to}: w bazie ${inPeriod}, strona liczb ${figuresTotal}, CSV liczb ${csvKinds}; raport art. 30 / art. 18 / prośby o kontakt: ${shownLaws.join(' / ')}, w bazie ${sqlLaws.join(' / ')} ${agree ? '– zgodne' : '– NIEZGODNE'}`,
  );
  if (!agree) failed = true;

  // The whole register as CSV, read slowly enough to see the server's memory while it streams.
  let peakRss = 0;
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const before = rss();
  // What the resident memory is made of: the heap and malloc (anonymous), mapped files (the node binary, libraries), shared memory (SQLite's WAL index).
  const parts = Object.fromEntries([...readFileSync(`/proc/${server.child.pid}/status`, 'utf8').matchAll(/^(RssAnon|RssFile|RssShmem):\s+(\d+)/gm)].map((m) => [m[1], Math.round(Number(m[2]) / 1024)]));
  const timer = setInterval(() => (peakRss = Math.max(peakRss, rss())), 25);
  t0 = performance.now();
  const response = await fetch(url('obsluga/rejestr/rejestr.csv?od=2019-01-01&do=2027-12-31'), { headers });
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  clearInterval(timer);
  peakRss = Math.max(peakRss, rss());
  console.log(`CSV: ${lines - 1} wierszy, ${(bytes / 1e6).toFixed(1)} MB w ${((performance.now() - t0) / 1000).toFixed(1)} s; RSS serwera przed ${before.toFixed(0)} MB (anonimowa ${parts['RssAnon']}, pliki ${parts['RssFile']}, wspólna ${parts['RssShmem']}), szczyt ${peakRss.toFixed(0)} MB (cel < ${RSS_GOAL_MB} MB)   ${load()}`);
  if (lines - 1 !== all) {
    failed = true;
    console.log(`CSV NIEZGODNY z bazą: ${lines - 1} wierszy, w bazie ${all}`);
  }
  if (peakRss >= RSS_GOAL_MB) failed = true;
  sql.close();
} finally {
  server.child.kill('SIGTERM');
  await server.exited;
  rmSync(work, { recursive: true, force: true });
}
console.log(`Obciążenie maszyny (uptime): ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
process.exit(failed ? 1 : 0);
