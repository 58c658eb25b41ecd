/**
 * pa11y-ci (HTML_CodeSniffer, WCAG2AA) over every sitemap page, every page
 * state and the 404 page. Starts and stops the test server itself; needs
 * the test build (npm run build:test).
 * Run: node --import=./src/server/tsx-hooks.ts tests/a11y/pa11y.ts
 *
 * Two pa11y-ci processes, each with its own browser, take every other page:
 * pa11y waits for the network to be idle for half a second on every page,
 * so one alone leaves the machine idle a quarter of the time, and two pages
 * at a time in one pa11y-ci lose targets in its shared browser ("No target
 * with given id found").
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, cookieHeader } from '../support/pages.ts';
import { startTestServer } from '../support/test-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, TEST_ORIGIN, TEST_TMP_DIR } from '../support/test-env.ts';

/** pa11y-ci processes run at once. */
const PROCESSES = 2;
const configFile = (i: number) => join(TEST_TMP_DIR, `.pa11yci-${i}`);
const reportFile = (i: number) => join(TEST_TMP_DIR, `pa11y-report-${i}.json`);

/** pa11y-ci's JSON report (only the fields read here). */
interface Pa11yReport {
  total: number;
  passes: number;
  errors: number;
}

const skipped = allPages().filter((t) => t.pa11ySkip);
for (const t of skipped) console.log(`pa11y: pomijam ${t.name}: ${t.pa11ySkip}`);
const targets = allPages().filter((t) => !t.pa11ySkip);
const urls = targets.map((t) => {
  // A POST or signed-in state gets a fragment naming it, so the report tells states of one address apart.
  // pa11y sends `headers` with every request of the page (a signed-in state's session cookie among them).
  if (t.postBody === undefined) return t.cookie ? { url: `${t.url}#${t.name}`, headers: cookieHeader(t) } : t.url;
  return {
    url: `${t.url}#${t.name}`,
    method: 'POST',
    postData: t.postBody,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: TEST_ORIGIN, ...cookieHeader(t) },
  };
});
const config = (i: number) => ({
  defaults: {
    // HTML_CodeSniffer only: axe (a current axe-core, every page and state, each colour and contrast
    // preference) already runs in tests/e2e/pages.spec.ts; pa11y's older bundled axe repeated it at half this step's time.
    runners: ['htmlcs'],
    standard: 'WCAG2AA',
    timeout: 60_000,
    concurrency: 1,
    chromeLaunchConfig: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    reporters: ['cli', ['json', { fileName: reportFile(i) }]],
  },
  urls: urls.filter((_, n) => n % PROCESSES === i),
});
mkdirSync(TEST_TMP_DIR, { recursive: true });
const runs = Array.from({ length: PROCESSES }, (_, i) => i);
for (const i of runs) {
  writeFileSync(configFile(i), `${JSON.stringify(config(i), null, 2)}\n`);
  rmSync(reportFile(i), { force: true });
}

/** Run one pa11y-ci; resolves with its exit code. */
const pa11yCi = (i: number): Promise<number | null> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/pa11y-ci/bin/pa11y-ci.js', '--config', configFile(i)], {
      stdio: 'inherit',
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
    child.on('exit', (code) => resolve(code));
    child.on('error', () => resolve(null));
  });

const server = await startTestServer();
let statuses: (number | null)[];
try {
  statuses = await Promise.all(runs.map(pa11yCi));
} finally {
  await server.stop();
}

const report: Pa11yReport = { total: 0, passes: 0, errors: 0 };
for (const i of runs) {
  try {
    const part = JSON.parse(readFileSync(reportFile(i), 'utf8')) as Pa11yReport;
    report.total += part.total;
    report.passes += part.passes;
    report.errors += part.errors;
  } catch {
    console.error(`pa11y: no report at ${reportFile(i)} (pa11y-ci exit code ${statuses[i]})`);
    process.exit(1);
  }
}
console.log(`pa11y: checked ${report.passes} of ${targets.length} pages without errors, ${report.errors} errors`);
if (report.total < targets.length) {
  console.error(`pa11y: checked ${report.total} URLs, expected ${targets.length}`);
  process.exit(1);
}
if (statuses.some((s) => s !== 0) || report.errors > 0 || report.passes !== targets.length) process.exit(1);
