/**
 * The browser every test tool launches (CHROMIUM_ARGS, shared by Playwright
 * and pa11y) resolves no host name beyond loopback: a page that references
 * outside hosts cannot reach them, and Chromium's own net log shows not one
 * DNS lookup (without the resolver rules it asks the system resolver for
 * Google service names and for every outside host a page names).
 */
import { readFileSync } from 'node:fs';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, TEST_BASE, TEST_BASE_URL, TEST_PORT } from '../support/test-env.ts';

/** The parts of a Chromium net log (`--log-net-log`) read here. */
interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { host?: string; hostname?: string } }[];
}

/** Outside names: one that does not exist, and one the system resolver here does know. */
const OUTSIDE = ['http://oddzwonimy-test.example/a.png', 'https://registry.npmjs.org/b.png'];

test('Chromium as the tests launch it resolves only loopback names', async ({}, testInfo) => {
  const netLog = testInfo.outputPath('net-log.json');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, `--log-net-log=${netLog}`] });
  const failures = new Map<string, string | undefined>();
  try {
    const page = await browser.newPage();
    // Loopback still works, by address and by the name localhost.
    expect((await page.goto(TEST_BASE_URL))?.status()).toBe(200);
    expect(await page.goto(`http://localhost:${TEST_PORT}${TEST_BASE}`)).not.toBeNull();
    page.on('requestfailed', (r) => failures.set(r.url(), r.failure()?.errorText));
    await page.setContent(OUTSIDE.map((src) => `<img alt="" src="${src}">`).join(''), { waitUntil: 'load' });
    await expect.poll(() => failures.size, { timeout: 20_000 }).toBe(OUTSIDE.length);
  } finally {
    await browser.close(); // writes the net log
  }
  for (const url of OUTSIDE) expect(failures.get(url), url).toBe('net::ERR_NAME_NOT_RESOLVED');

  const log = JSON.parse(readFileSync(netLog, 'utf8')) as NetLog;
  const name = new Map(Object.entries(log.constants.logEventTypes).map(([k, v]) => [v, k]));
  const lookups = log.events
    .filter((e) => ['DNS_TRANSACTION', 'HOST_RESOLVER_SYSTEM_TASK', 'HOST_RESOLVER_MANAGER_JOB'].includes(name.get(e.type) ?? ''))
    .map((e) => `${name.get(e.type)} ${e.params?.hostname ?? e.params?.host ?? ''}`)
    .filter((line) => !/ (\w+:\/\/)?(127\.0\.0\.1|localhost)(:\d+)?$/.test(line));
  expect(lookups, 'host names Chromium tried to resolve').toEqual([]);
});
