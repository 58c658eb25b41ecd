/**
 * Nu Html Checker (vnu) over every sitemap page, every page state and the
 * 404 page, as served by the test server (POST states with an Origin
 * header; a redirect is followed with its cookie, as a browser does; a
 * signed-in state sends its session cookie). Starts and stops the server itself; needs
 * the test build (npm run build:test) and Java.
 * Run: node tests/a11y/html-validate.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, cookieHeader, type CheckTarget } from '../support/pages.ts';
import { startTestServer } from '../support/test-server.ts';
import { TEST_ORIGIN, TEST_TMP_DIR } from '../support/test-env.ts';

const htmlDir = join(TEST_TMP_DIR, 'html');
const vnuJar = 'node_modules/vnu-jar/build/dist/vnu.jar';

async function fetchTarget(target: CheckTarget): Promise<Response> {
  // Signed in, a redirect (to the sign-in page) is a failure, so it is not followed.
  if (target.postBody === undefined) return fetch(target.url, target.cookie ? { headers: cookieHeader(target), redirect: 'manual' } : {});
  const posted = await fetch(target.url, {
    method: 'POST',
    body: target.postBody,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_ORIGIN, ...cookieHeader(target) },
    redirect: 'manual',
  });
  const location = posted.headers.get('location');
  if (posted.status !== 303 || !location) return posted;
  // The confirmation's key travels in a cookie: send it back, as a browser does.
  const cookie = [...Object.values(cookieHeader(target)), ...posted.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
  return fetch(new URL(location, target.url), { headers: cookie ? { cookie } : {} });
}

const targets = allPages();
rmSync(htmlDir, { recursive: true, force: true });
mkdirSync(htmlDir, { recursive: true });
const problems: string[] = [];

const server = await startTestServer();
try {
  for (const target of targets) {
    const response = await fetchTarget(target);
    const type = response.headers.get('content-type') ?? '';
    if (response.status !== target.expectStatus) problems.push(`${target.name} (${target.url}): HTTP ${response.status}, expected ${target.expectStatus}`);
    if (!type.startsWith('text/html')) problems.push(`${target.name} (${target.url}): content-type ${type}`);
    writeFileSync(join(htmlDir, `${target.name}.html`), await response.text());
  }
} finally {
  await server.stop();
}

const written = readdirSync(htmlDir).filter((f) => f.endsWith('.html')).length;
const vnu = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'gnu', htmlDir], { encoding: 'utf8' });
if (vnu.error) {
  console.log(`vnu: cannot run java (${vnu.error.message}); install it: apt-get install -y default-jre-headless`);
  process.exit(1);
}
const output = `${vnu.stdout}${vnu.stderr}`.trim();
if (output) console.log(output);
const errors = output.split('\n').filter((line) => /:\s*(error|fatal)\b/i.test(line)).length;
for (const problem of problems) console.log(`vnu: ${problem}`);
console.log(`vnu: checked ${written} pages, ${errors} errors`);
if (written < targets.length) {
  console.log(`vnu: wrote ${written} pages, expected ${targets.length} (sitemap pages + states + 404)`);
  process.exit(1);
}
if (vnu.status !== 0 || errors > 0 || problems.length > 0) process.exit(1);
