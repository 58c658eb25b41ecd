/**
 * `npm run bench:limiter`: a flood of unique client keys (every address of
 * a /32 IPv6 block, each /64 a new client)
 * through the submission limiter with its default bounds, in a process with
 * the server's V8 flags (src/server/server-command.ts); prints the entries
 * kept and the process's RSS, and checks RSS stays under 200 MB.
 *
 *   npm run bench:limiter -- --keys 1000000
 */
import { parseArgs } from 'node:util';
import { normaliseAddress } from '../src/guards/client-address.ts';
import { createSubmissionLimiter, DEFAULT_MAX_ENTRIES } from '../src/guards/submission-limiter.ts';

const { values: args } = parseArgs({ options: { keys: { type: 'string', default: '1000000' } } });
const KEYS = Number(args.keys);
const limiter = createSubmissionLimiter({ limit: 10, windowMs: 10 * 60_000 });
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const started = performance.now();
for (let i = 0; i < KEYS; i++) {
  const address = `2001:db8:${(i >>> 16).toString(16)}:${(i & 0xffff).toString(16)}::${(i % 997).toString(16)}`;
  const place = limiter.take(normaliseAddress(address)!, 1000);
  if (place.ok) place.keep();
  if (i % 100_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
peak = Math.max(peak, process.memoryUsage().rss);
const seconds = (performance.now() - started) / 1000;
console.log(`${KEYS} kluczy w ${seconds.toFixed(1)} s (${(KEYS / seconds).toFixed(0)}/s); zapamiętanych klientów: ${limiter.size} (limit ${DEFAULT_MAX_ENTRIES})`);
console.log(`RSS: ${(rssBefore / 2 ** 20).toFixed(0)} MB na początku, najwyżej ${(peak / 2 ** 20).toFixed(0)} MB`);
const ok = peak < 200 * 2 ** 20 && limiter.size <= DEFAULT_MAX_ENTRIES;
console.log(`${ok ? 'PASS' : 'FAIL'}  RSS < 200 MB, wpisów ≤ ${DEFAULT_MAX_ENTRIES}`);
process.exitCode = ok ? 0 : 1;
