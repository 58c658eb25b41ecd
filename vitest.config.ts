/** Vitest: the unit tests in tests/unit/, in Node (no DOM). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A bound for a hung test, not a speed goal: on a busy 2-core machine the property tests
    // take several times their idle time, and the 5 s default failed them.
    testTimeout: 60_000,
    // The unit tests share no mutable module state (no mocks, stubbed globals or env changes), so a
    // worker evaluates the shared modules once instead of once per file: 62 s -> 22 s on 2 cores,
    // and the suite passes in shuffled file and test order (`vitest run --sequence.shuffle`).
    isolate: false,
  },
});
