/**
 * `node scripts/perf-summary.ts FILE.perf [requests]`: where the server's
 * CPU time went, from a Linux `perf record` of it (for example one written
 * by `npm run bench:submit -- --perf FILE.perf`). Unlike a V8 `--cpu-prof`
 * profile, `perf` samples only while a thread runs on a core: on a shared,
 * loaded machine the V8 profile also counts the time the process waited for
 * a core, and charges it to whatever ran next (a failing `stat` showed as
 * 1.8 ms per request there, 0.05 ms here).
 *
 * Each main-thread sample goes to the part of the pipeline of its nearest
 * JavaScript frame (or a known native one: SQLite, GC, the HTTP parser);
 * other threads (V8's GC and compiler helpers, libuv) are summed apart.
 * Needs `perf` on PATH; the server must run with `--perf-basic-prof` so that
 * JavaScript frames have names.
 */
import { spawnSync } from 'node:child_process';

const [file, requestsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/perf-summary.ts FILE.perf [requests]');
const requests = Number(requestsArg ?? 0);

/** Parts of the pipeline, most specific first; a frame belongs to the first whose pattern it matches. */
const PARTS: [string, RegExp][] = [
  ['GC (main thread)', /Heap::CollectGarbage|Scavenger|MarkCompact|Heap::PerformGarbageCollection|ConcurrentMarking/],
  ['outbox worker sending mail (nodemailer, .eml files)', /runOutboxOnce|outbox-worker|nodemailer|mail-transport|claimDueMessages|markSent/],
  ['staff clock', /staff-clock/],
  ['e-mails rendered (Preact HTML, text part, iCalendar)', /preact-render-to-string|renderStaffMail|renderMail|mail-layout|staff-request-mail|staffMail|mailDocument|MailLayout|ics|callbackMailComposer|composeMails|checklist/],
  ['signed staff links (HMAC, URL)', /staffMailLinks|requestLinkToken|signValue|Hmac/],
  ['SQLite (insert, savepoints, COMMIT)', /sqlite3|DatabaseSync|StatementSync|insertRequest|enqueueMessage|referenceExists/],
  ['phone number check (libphonenumber-js)', /libphonenumber|checkPhone|normalisePhone/],
  ['calendar (deadline, Warsaw time, labels)', /warsaw|working-days|working-time|deadline|format-pl|callbackDeadline|decideTiming|OfficeCalendar|wallFields|DateTimeFormat/],
  ['service (request built, group commit)', /buildRequest|flush |callback-submission|submitCallback|acceptCallback/],
  ['zod schema and form reading', /zod|form-answers|answersFromForm|callback-schema|hidden-characters|contact-rules/],
  ['FormData parsing (undici)', /parseFormInput|formData|FormData|multipart|URLSearchParams/],
  ['Request from the Node request (adapter)', /createRequestFromNodeRequest|makeRequestHeaders/],
  ['Response written to the socket (adapter)', /writeResponse/],
  ['page module import per request', /esm\/loader|module_job|importModuleDynamically|esm\/utils/],
  ['Astro pipeline (routing, origin check, middleware, action, cookies)', /chunks\/|dist\/server\/entry|virtual_astro|src\/middleware/],
  ['static file lookup before Astro (send, stat)', /send\/index|resolveStaticPath|createStaticHandler|http-errors|node::fs::Stat|node::fs::LStat|node:fs/],
  ['server entry (host check, body read, headers)', /src\/server\/|request-body/],
  ['node:http parsing, sockets, streams', /http_parser|llhttp|_http_|node:net|node:internal\/streams|LibuvStreamWrap|uv__read|uv__write|StreamBase/],
];
/** Native frames that name a part; other native frames (V8 internals, malloc) take the part of the JavaScript that called them. */
const NAMED_NATIVE = /sqlite3|Heap::|Scaveng|MarkCompact|ConcurrentMarking|http_parser|llhttp|LibuvStreamWrap|node::fs::Stat|node::fs::LStat|Hmac|uv__read|uv__write|StreamBase/;

const script = spawnSync('perf', ['script', '-i', file, '-F', 'comm,tid,ip,sym'], { encoding: 'utf8', maxBuffer: 1 << 30 });
if (script.status !== 0) throw new Error(`perf script failed: ${script.stderr}`);

const byThread = new Map<string, number>();
const byPart = new Map<string, number>();
let main = 0;
for (const block of script.stdout.split(/\n\s*\n/)) {
  const lines = block.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) continue;
  const thread = lines[0]!.trim().split(/\s+/)[0]!;
  byThread.set(thread, (byThread.get(thread) ?? 0) + 1);
  if (thread !== 'MainThread') continue;
  main++;
  const frames = lines.slice(1).map((l) => l.trim().replace(/^\S+\s+/, '')).filter((f) => f.startsWith('JS:') || NAMED_NATIVE.test(f));
  let part = 'other (V8 builtins, malloc, timers)';
  found: for (const frame of frames) {
    for (const [name, pattern] of PARTS) {
      if (pattern.test(frame)) {
        part = name;
        break found;
      }
    }
  }
  byPart.set(part, (byPart.get(part) ?? 0) + 1);
}

const all = [...byThread.values()].reduce((a, b) => a + b, 0);
// Each sample stands for one period of the frequency perf sampled at.
const header = spawnSync('perf', ['report', '-i', file, '--header-only'], { encoding: 'utf8' }).stdout;
const frequency = Number(/sample_freq\D*(\d+)/.exec(header)?.[1] ?? 997);
const msPerRequest = (samples: number) => ((samples / frequency) * 1000) / requests;
const perRequest = (samples: number) => (requests ? ` ${msPerRequest(samples).toFixed(3).padStart(6)} ms/req` : '');
console.log(`${frequency} Hz; samples: ${[...byThread].map(([t, n]) => `${t} ${n}`).join(', ')}${requests ? `; CPU per request: main thread ${msPerRequest(main).toFixed(2)} ms, all threads ${msPerRequest(all).toFixed(2)} ms` : ''}\n`);
console.log('main thread, by part of the pipeline:');
for (const [name, n] of [...byPart].sort((a, b) => b[1] - a[1])) console.log(`${((100 * n) / main).toFixed(1).padStart(5)} %${perRequest(n)}  ${name}`);
console.log('\nother threads:');
for (const [name, n] of [...byThread].filter(([t]) => t !== 'MainThread').sort((a, b) => b[1] - a[1])) console.log(`${((100 * n) / all).toFixed(1).padStart(5)} % of all${perRequest(n)}  ${name}`);
