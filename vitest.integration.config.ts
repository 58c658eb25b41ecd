/** Vitest for tests/integration/: real SMTP server, real built server process. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    // Only a bound for a hung test: every test waits on conditions (each with its own
    // generous bound), so a busy 2-core machine makes a test slower, never red.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // Two files at a time: each starts its own server (own port, own temp data folder), and a file
    // spends most of its time waiting on a server or an SMTP answer, so two overlap well on 2 cores
    // (94 s one at a time, 77 s two at a time).
    maxWorkers: 2,
  },
});
