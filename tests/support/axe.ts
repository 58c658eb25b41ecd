/** Runs axe-core (WCAG 2.0–2.2 A/AA) on a Playwright page and formats its findings for people. */
import AxeBuilder from '@axe-core/playwright';
import { test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { AXE_TAGS } from './test-env.ts';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
/** One axe violation. */
export type AxeViolation = AxeResults['violations'][number];

/** Evaluated instead of axe-core's source in a document that already has it (AxeBuilder evaluates its source twice per run). */
const AXE_ALREADY_LOADED = 'void 0';

/**
 * Legacy mode runs axe.run() in the page itself (same-origin frames
 * included; the site embeds none from other origins, and the tests reach no
 * other origin). The default mode opens a blank page for every run and
 * injects axe-core twice more: about three times as slow, same findings.
 * A page checked again (under another user preference) keeps the axe-core
 * its first run loaded, instead of evaluating its 550 KB twice more a run.
 */
async function analyze(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  const builder = new AxeBuilder(loaded ? { page, axeSource: AXE_ALREADY_LOADED } : { page });
  const results = await builder.withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return results.violations;
}

/** One context with JavaScript on per browser (per worker) for the script-free copies; a new context per copy cost about a second. */
const copyContexts = new WeakMap<Browser, Promise<BrowserContext>>();

function copyContext(browser: Browser): Promise<BrowserContext> {
  let context = copyContexts.get(browser);
  if (!context) {
    context = browser.newContext({ javaScriptEnabled: true, locale: 'pl-PL' });
    copyContexts.set(browser, context);
  }
  return context;
}

/**
 * A copy of a page opened with JavaScript off, in a page where axe can run.
 * axe needs callbacks (promises, timers) and Chromium runs none in a
 * document with scripts disabled, so axe cannot run there. The DOM rendered
 * without JavaScript (with <noscript> content unwrapped, as the browser
 * showed it) is served again at the same URL, under a CSP that forbids every
 * script, in a page with JavaScript on: the page looks and reads as it
 * did without JavaScript, and its styles and images load from the server.
 * The original page is left as it was.
 */
async function withoutScriptsCopy(page: Page): Promise<Page> {
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true) as HTMLElement;
    for (const n of [...root.querySelectorAll('noscript')]) n.replaceWith(...n.childNodes);
    for (const s of [...root.querySelectorAll('script')]) s.remove();
    return `<!doctype html>\n${root.outerHTML}`;
  });
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser for the axe copy');
  const copy = await (await copyContext(browser)).newPage();
  const viewport = page.viewportSize();
  if (viewport) await copy.setViewportSize(viewport);
  const url = page.url();
  await copy.route(
    (u) => u.href === url,
    (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" },
        body: html,
      }),
    { times: 1 },
  );
  await copy.goto(url);
  return copy;
}

/**
 * The WCAG A/AA violations axe finds on the page as it is now. For a page
 * opened with JavaScript off (by default: in a project with
 * `javaScriptEnabled: false`) axe checks a script-free copy of the page
 * (see withoutScriptsCopy).
 */
export async function axeViolations(page: Page, jsOff = test.info().project.use.javaScriptEnabled === false): Promise<AxeViolation[]> {
  if (!jsOff) return analyze(page);
  const copy = await withoutScriptsCopy(page);
  try {
    return await analyze(copy);
  } finally {
    await copy.close();
  }
}

/** Violations as readable lines: rule, impact, help, link, then each failing element and why. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(' ')}\n      ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}
