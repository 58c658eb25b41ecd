/**
 * Every page and state (sitemap pages, page states, the 404 page), one test
 * per page, every check that needs only that page:
 * - the frame: status, language, one h1, a title in the site's pattern, the
 *   statement meta tag, footer links, every tel: link with +48;
 * - the server's security headers and a script CSP without 'unsafe-inline';
 * - axe (WCAG 2.2 AA tags), then again under each user preference the
 *   page's CSS answers to (dark scheme, forced colours, more contrast,
 *   reduced motion: tests/support/media-preferences.ts);
 * - Tab reaches every visible link, button and field, in document order,
 *   each with a visible focus indicator, and focus is never trapped; the
 *   first Tab stop is a skip link to <main>;
 * - no sideways scrolling at 320 CSS px (1280 px at 400 % zoom), and on
 *   sitemap pages no phone number or postcode split across two lines.
 * The page is opened with JavaScript on and checked; a page that has
 * scripts (tests/support/page-scripts.ts) is opened again with JavaScript
 * off, in a context of its own, and every check but the media variants runs
 * again. A page without scripts renders the same DOM either way (the CSS
 * names no `scripting` feature, checked below), so opening it twice would
 * repeat the same checks on the same page. Runs in the js-on project only
 * (playwright.config.ts); every check reported (soft assertions).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Response } from '@playwright/test';
import { parse } from 'yaml';
import { officeSchema } from '../../src/content/schemas.ts';
import { STAFF_SERVICE } from '../../src/site/page-title.ts';
import { axeViolations, formatViolations } from '../support/axe.ts';
import { tabToPageStart, tabWalk } from '../support/focus.ts';
import { numbersAndLines } from '../support/line-breaks.ts';
import { mediaFeaturesOf, NO_PREFERENCE, preferencesOf } from '../support/media-preferences.ts';
import { openTarget } from '../support/open-target.ts';
import { pageHasScripts } from '../support/page-scripts.ts';
import { allPages, type CheckTarget } from '../support/pages.ts';
import { STATEMENT_PATH, TEST_BASE_URL } from '../support/test-env.ts';

const statementUrl = TEST_BASE_URL + STATEMENT_PATH;
const office = officeSchema.parse(parse(readFileSync('content/urzad.yaml', 'utf8')));
/** Tab presses before a walk counts as trapped. */
const TAB_LIMIT = 400;

/** Every check of one opened page; with `jsOff`, the page was opened with JavaScript off and the media variants are left to the run with it on. */
async function checkPage(page: Page, response: Response, target: CheckTarget, jsOff: boolean): Promise<void> {
  await test.step('lang="pl", one h1, a title', async () => {
    await expect.soft(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect.soft(page.locator('h1'), 'number of h1 elements').toHaveCount(1);
    await expect.soft(page.locator('h1').first()).not.toBeEmpty();
    expect.soft((await page.title()).trim(), 'the <title> is empty').not.toBe('');
  });

  // The staff pages (obsluga/) name their own side instead of the public service.
  const service = target.path.startsWith('obsluga/') ? STAFF_SERVICE : office.serwis;
  await test.step(`title pattern "page – ${service} – ${office.nazwa}"`, async () => {
    const title = await page.title();
    const suffix = `${service} – ${office.nazwa}`;
    if (target.path === '') expect.soft(title).toBe(suffix);
    else expect.soft(title).toMatch(new RegExp(`^(Błąd: )?[^–—]+ – ${suffix}$`));
    expect.soft(title.split(office.nazwa).length - 1, 'the office is named once').toBe(1);
    expect.soft(title, 'one kind of dash').not.toMatch(/—| - /);
  });

  await test.step('statement <meta>, footer links to the statement and a phone number', async () => {
    await expect.soft(page.locator('meta[name="deklaracja-dostępności"]')).toHaveAttribute('content', statementUrl);
    const footerLinks = await page.locator('footer a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect.soft(footerLinks, 'no footer link to the accessibility statement').toContain(statementUrl);
    expect.soft(footerLinks.some((href) => /^tel:\+?\d/.test(href)), 'no tel: link in the footer').toBe(true);
  });

  await test.step('every tel: link carries +48', async () => {
    const hrefs = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect.soft(href).toMatch(/^tel:\+48\d{9}$/);
  });

  await test.step("security headers, and a script CSP without 'unsafe-inline'", async () => {
    // A response header on server-rendered pages, a <meta http-equiv> on prerendered ones.
    const headers = await response.allHeaders();
    expect.soft(headers['x-content-type-options']).toBe('nosniff');
    expect.soft(headers['referrer-policy']).toMatch(/^(same-origin|no-referrer)$/);
    expect.soft(headers['permissions-policy']).toContain('camera=()');
    expect.soft(headers['content-security-policy'] ?? '').toContain("frame-ancestors 'none'");
    const meta = page.locator('meta[http-equiv="content-security-policy"]');
    const metaCsp = (await meta.count()) > 0 ? await meta.getAttribute('content') : null;
    const policies = [headers['content-security-policy'] ?? '', metaCsp ?? ''].join(', ');
    const scriptSrc = /script-src ([^;,]+)/.exec(policies)?.[1];
    expect.soft(scriptSrc, 'no script-src in any Content-Security-Policy').toBeTruthy();
    expect.soft(scriptSrc).not.toContain("'unsafe-inline'");
  });

  await test.step('axe', async () => {
    const violations = await axeViolations(page, jsOff);
    expect.soft(violations.map((v) => v.id), `axe found violations on ${target.url}:\n${formatViolations(violations)}`).toEqual([]);
  });

  if (!jsOff) {
    const features = await mediaFeaturesOf(page);
    expect.soft(features, 'the CSS names the `scripting` feature: then pages without scripts render differently with JavaScript off').not.toContain('scripting');
    const { preferences, unknown } = await preferencesOf(page);
    expect.soft(unknown, 'the CSS answers to preferences the suite does not emulate: add them to MEDIA_PREFERENCES').toEqual([]);
    for (const { label, media } of preferences) {
      await test.step(`axe, ${label}`, async () => {
        await page.emulateMedia({ ...NO_PREFERENCE, ...media });
        const violations = await axeViolations(page);
        expect.soft(violations.map((v) => v.id), `axe (${label}) found violations on ${target.url}:\n${formatViolations(violations)}`).toEqual([]);
      });
    }
    await page.emulateMedia(NO_PREFERENCE);
  }

  await test.step('Tab reaches everything in order with visible focus, and never traps', async () => {
    const walk = await tabWalk(page, TAB_LIMIT);
    expect.soft(walk.startedAtTop, 'focus never left the page from where the page put it (trap)').toBe(true);
    expect.soft(walk.cameBackTo, `focus came back to ${walk.cameBackTo} before leaving the page (trap)`).toBeUndefined();
    if (walk.startedAtTop && walk.cameBackTo === undefined) {
      expect.soft(walk.leftPage, `focus did not leave the page after ${TAB_LIMIT} Tab presses (trap); last: ${walk.visited.at(-1)?.label}`).toBe(true);
    }
    expect.soft(walk.report.stops, 'no focusable element on the page').toBeGreaterThan(0);
    expect.soft(walk.report.missed, 'visible focusable elements never reached with Tab').toEqual([]);
    expect.soft(walk.report.outOfOrder, 'elements reached out of document order').toEqual([]);
    const invisible = walk.visited.filter((v) => !v.indicatorVisible).map((v) => `${v.label} (${v.indicator})`);
    expect.soft(invisible, 'focused elements without a visible focus indicator').toEqual([]);
  });

  await test.step('the first Tab stop is a skip link that moves focus to <main>', async () => {
    expect(await tabToPageStart(page, 200), 'focus never left the page (trap)').toBe(true);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect.soft(skip, 'the first focusable element is not a link to an id on the page').toHaveAttribute('href', /^#./);
    const id = ((await skip.getAttribute('href')) ?? '').slice(1);
    await expect.soft(page.locator('main'), 'the skip link does not point to <main>').toHaveAttribute('id', id);
    await page.keyboard.press('Enter');
    await expect.soft(page.locator('main'), 'the skip link does not move focus to <main>').toBeFocused();
  });

  await test.step('at 320 CSS px: no sideways scrolling; on sitemap pages, phone numbers and postcodes on one line', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect.soft(scrollWidth, 'document.documentElement.scrollWidth at a 320 px wide viewport').toBeLessThanOrEqual(320);
    if (target.kind === 'sitemap') {
      const numbers = await numbersAndLines(page);
      expect.soft(numbers.length, 'the page shows no phone number (the footer always has one)').toBeGreaterThan(0);
      expect.soft(numbers.filter((n) => n.lines !== 1), 'numbers drawn on more than one line').toEqual([]);
    }
  });
}

for (const target of allPages()) {
  test(`page checks: ${target.name} (${target.path})`, async ({ page, browser }, testInfo) => {
    const response = await openTarget(page, target);
    const scripted = await pageHasScripts(page);
    await checkPage(page, response, target, false);
    if (!scripted) {
      testInfo.annotations.push({ type: 'JavaScript off', description: 'not opened again: the page has no script, so it renders the same' });
      return;
    }
    // The project's locale and time zone, as the `page` fixture's context has them.
    const { locale, timezoneId } = testInfo.project.use;
    const context = await browser.newContext({ ...(locale && { locale }), ...(timezoneId && { timezoneId }), javaScriptEnabled: false });
    try {
      const offPage = await context.newPage();
      const offResponse = await test.step('opened again with JavaScript off', () => openTarget(offPage, target));
      await test.step('with JavaScript off', () => checkPage(offPage, offResponse, target, true));
    } finally {
      await context.close();
    }
  });
}
