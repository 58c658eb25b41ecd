/**
 * Node flags the server runs with: a small young generation and a capped old
 * space keep its resident memory near 140 MB under load (without them V8 grows
 * the heap lazily past 300 MB), and `tsx-hooks.ts` lets it load the e-mail
 * components. `npm run serve` and `npm start` pass the same flags
 * (package.json); the tests and benchmarks start the server with these, from
 * the project folder.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=128', '--import=./src/server/tsx-hooks.ts'] as const;
