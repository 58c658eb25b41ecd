/**
 * Node flags the server runs with: a small young generation and a capped old
 * space keep its resident memory under 200 MB under load (without them V8 grows
 * the heap lazily past 300 MB); one V8 helper thread instead of four, so that
 * a major GC's concurrent marking and sweeping do not take both cores of a
 * small server from the thread that answers (at 16 clients every major GC
 * held up all requests in flight by 60–130 ms: the staff share's p99 fell
 * from about 2.5 to about 1.9 times its p50, see README, bench:load), and
 * V8's memory-saving mode, which gives back the 12–23 MB of RSS the single
 * helper costs (201 MB at the default bench:load without it) for about 6 %
 * more CPU per request; and `tsx-hooks.ts` lets it load the e-mail
 * components. `npm run serve` and
 * `npm start` pass the same flags (package.json, checked by a test); the
 * tests and benchmarks start the server with these, from the project folder.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=128', '--v8-pool-size=1', '--optimize-for-size', '--import=./src/server/tsx-hooks.ts'] as const;
