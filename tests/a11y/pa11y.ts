/**
 * pa11y-ci (axe and HTML_CodeSniffer, WCAG2AA) over every sitemap page,
 * every page state and the 404 page. Starts and stops the test server
 * itself; needs the test build (npm run build:test).
 * Run: node tests/a11y/pa11y.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, cookieHeader } from '../support/pages.ts';
import { startTestServer } from '../support/test-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, TEST_ORIGIN, TEST_TMP_DIR } from '../support/test-env.ts';

const configFile = join(TEST_TMP_DIR, '.pa11yci');
const reportFile = join(TEST_TMP_DIR, 'pa11y-report.json');

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
const config = {
  defaults: {
    // HTML_CodeSniffer only: axe (a current axe-core, every page and state, each colour and contrast
    // preference) already runs in tests/e2e/pages.spec.ts; pa11y's older bundled axe repeated it at half this step's time.
    // One page at a time: with two, pa11y-ci's shared browser loses targets ("No target with given id found").
    runners: ['htmlcs'],
    standard: 'WCAG2AA',
    timeout: 60_000,
    concurrency: 1,
    chromeLaunchConfig: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    reporters: ['cli', ['json', { fileName: reportFile }]],
  },
  urls,
};
mkdirSync(TEST_TMP_DIR, { recursive: true });
writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
rmSync(reportFile, { force: true });

const server = await startTestServer();
let status: number | null;
try {
  const run = spawnSync(process.execPath, ['node_modules/pa11y-ci/bin/pa11y-ci.js', '--config', configFile], {
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  status = run.status;
} finally {
  await server.stop();
}

let report: Pa11yReport;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as Pa11yReport;
} catch {
  console.error(`pa11y: no report at ${reportFile} (pa11y-ci exit code ${status})`);
  process.exit(1);
}
console.log(`pa11y: checked ${report.passes} of ${targets.length} pages without errors, ${report.errors} errors`);
if (report.total < targets.length) {
  console.error(`pa11y: checked ${report.total} URLs, expected ${targets.length}`);
  process.exit(1);
}
if (status !== 0 || report.errors > 0 || report.passes !== targets.length) process.exit(1);
