/**
 * Playwright: the e2e and a11y specs on Debian's Chromium, once with
 * JavaScript on and once off, against the built site (npm run build:test)
 * served by the real server on the test port and base path.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, TEST_BASE_URL, testServerEnv } from './tests/support/test-env.ts';
import { SERVER_ARGS } from './src/server/server-command.ts';

/**
 * Specs of document pages without any script, run with JavaScript on only:
 * each opens its pages with openScriptFreePage (tests/support/page-scripts.ts),
 * which fails once a page gains a script.
 */
const SCRIPT_FREE_SPECS = ['e2e/statement.spec.ts', 'e2e/procedure.spec.ts', 'e2e/content-pages.spec.ts'];

const use = {
  browserName: 'chromium',
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  locale: 'pl-PL',
  timezoneId: 'Europe/Warsaw',
} as const;

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  outputDir: 'tests/.tmp/test-results',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  // Bounds on a hang, not speed goals: under load (2 shared cores) one page's checks (axe up to
  // four times and a Tab walk, tests/e2e/pages.spec.ts) took over the 30 s default; every step
  // inside waits on a condition.
  timeout: 180_000,
  reporter: 'list',
  use: { baseURL: TEST_BASE_URL, trace: 'off', screenshot: 'off' },
  projects: [
    { name: 'js-on', use: { ...use, javaScriptEnabled: true } },
    // The page checks open a page with JavaScript off themselves, when it has scripts
    // (tests/e2e/pages.spec.ts); the specs of script-free document pages would read the same DOM again.
    { name: 'js-off', use: { ...use, javaScriptEnabled: false }, testIgnore: ['e2e/pages.spec.ts', ...SCRIPT_FREE_SPECS] },
  ],
  webServer: {
    command: ['node', ...SERVER_ARGS].join(' '),
    env: { ...testServerEnv },
    url: TEST_BASE_URL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
