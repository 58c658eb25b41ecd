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
    fileParallelism: false,
  },
});
