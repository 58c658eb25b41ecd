/**
 * The one place that names the test build, the test server and the browser.
 * The build script, Playwright, pa11y, vnu and the specs all read it.
 */

/** Port of the test server (`TEST_PORT` overrides it, so that two checkouts can run their suites side by side). */
export const TEST_PORT = Number(process.env['TEST_PORT'] ?? 4400);
/** Interface of the test server. */
export const TEST_HOST = '127.0.0.1';
/** Origin of the test server (also the build's SITE_URL and the POST `Origin`). */
export const TEST_ORIGIN = `http://${TEST_HOST}:${TEST_PORT}`;
/** A non-root base path, so that every link must respect it. */
export const TEST_BASE = '/bip/deklaracja-dostepnosci/';
/** Where the site lives on the test server. */
export const TEST_BASE_URL = `${TEST_ORIGIN}${TEST_BASE}`;
/** Data folder of the test server (SQLite, outgoing mail); under the ignored tests/.tmp/. The server creates it owner-only. */
export const TEST_DATA_DIR = 'tests/.tmp/server-data';
/** Scratch folder of the runners (HTML copies, reports). */
export const TEST_TMP_DIR = 'tests/.tmp';

/** Environment for `astro build` in the tests. */
export const testBuildEnv = { SITE_BASE: TEST_BASE, SITE_URL: TEST_ORIGIN } as const;

/** Environment for the server process (`SERVER_ARGS`) in the tests. */
export const testServerEnv = {
  PORT: String(TEST_PORT),
  HOST: TEST_HOST,
  DATA_DIR: TEST_DATA_DIR,
  // Every spec, project and runner posts the form from 127.0.0.1: the limit itself is tested in tests/integration.
  RATE_LIMIT_SUBMISSIONS: '100000',
  // A fixed key, so that the page lists can name signed staff links (tests/support/staff-seed.ts).
  SIGNING_KEY: 'test-only-signing-key-0123456789abcdefghijklmnop',
} as const;

/** Debian's Chromium (`apt-get install -y chromium`); Playwright cannot download its own here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Resolve no host name but loopback: without it Chromium still asks the system
 * resolver for Google service names (update, accounts) while the suite runs.
 */
export const CHROMIUM_RESOLVER_RULES = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';

/** Flags that keep Chromium headless and off the (closed) network; Playwright and pa11y launch with these. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  CHROMIUM_RESOLVER_RULES,
];

/** axe-core tags: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Path of the accessibility statement below the base (public address, linked from the BIP). */
export const STATEMENT_PATH = 'deklaracja-dostepnosci/';
/** Path of the telephone procedure page below the base. */
export const PROCEDURE_PATH = 'procedura-obslugi-telefonicznej/';
/** Path of the procedure's plain-text copy below the base. */
export const PROCEDURE_TXT_PATH = 'procedura-obslugi-telefonicznej.txt';
