/**
 * How the server process is started, in one place: `node`, these flags and
 * this entry, from the project folder. `npm run serve` and `npm start` run
 * exactly this (package.json, checked by a test); the tests and benchmarks
 * spawn it too, so an office runs what was measured.
 */

/** The built server entry (server-bundle.ts writes it); the launcher imports it. */
export const SERVER_BUNDLE = 'dist/server/start.mjs';

/** What `node` runs: a plain-JavaScript launcher that loads {@link SERVER_BUNDLE}, or says in Polish to build first. */
export const SERVER_ENTRY = 'src/server/serve-built.mjs';

/**
 * Node flags of the server process: a young generation of 8 MB and an old
 * space capped at 128 MB keep its resident memory under 200 MB under load
 * (without a cap V8 grows the heap lazily past 300 MB); one V8 helper thread
 * instead of four, so that a major GC's concurrent marking and sweeping do
 * not take both cores of a small server from the thread that answers (at 16
 * clients every major GC held up all requests in flight by 60–130 ms: the
 * staff share's p99 fell from about 2.5 to about 1.9 times its p50, see
 * README, bench:load). No `--optimize-for-size`: it caps the young
 * generation at 1 MB whatever is asked, so requests in flight were promoted
 * and collected by major GCs, for 15–30 % more CPU per staff request; the
 * RSS it saved is saved instead by running the built bundle, without Node's
 * TypeScript stripper (server-bundle.ts).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8', '--max-old-space-size=128', '--v8-pool-size=1'] as const;

/** The whole `node` argument list of the server process. */
export const SERVER_ARGS = [...SERVER_NODE_FLAGS, SERVER_ENTRY] as const;
