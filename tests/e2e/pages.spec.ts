/**
 * The frame every page must have: status, language, one h1, a title, a skip
 * link to <main>, the statement meta tag, footer links, and no horizontal
 * scrolling at 320 CSS px (1280 px at 400 % zoom). Sitemap pages, page
 * states and the 404 page; one test per page, every check reported
 * (soft assertions).
 */
import { expect, test } from '@playwright/test';
import { tabToPageStart } from '../support/focus.ts';
import { openTarget } from '../support/open-target.ts';
import { allPages } from '../support/pages.ts';
import { STATEMENT_PATH, TEST_BASE_URL } from '../support/test-env.ts';

const statementUrl = TEST_BASE_URL + STATEMENT_PATH;

for (const target of allPages()) {
  test(`page frame: ${target.name} (${target.path})`, async ({ page }) => {
    await openTarget(page, target);

    await test.step('lang="pl", one h1, a title', async () => {
      await expect.soft(page.locator('html')).toHaveAttribute('lang', 'pl');
      await expect.soft(page.locator('h1'), 'number of h1 elements').toHaveCount(1);
      await expect.soft(page.locator('h1').first()).not.toBeEmpty();
      expect.soft((await page.title()).trim(), 'the <title> is empty').not.toBe('');
    });

    await test.step('statement <meta>, footer links to the statement and a phone number', async () => {
      await expect.soft(page.locator('meta[name="deklaracja-dostępności"]')).toHaveAttribute('content', statementUrl);
      const footerLinks = await page.locator('footer a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect.soft(footerLinks, 'no footer link to the accessibility statement').toContain(statementUrl);
      expect.soft(footerLinks.some((href) => /^tel:\+?\d/.test(href)), 'no tel: link in the footer').toBe(true);
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

    await test.step('no sideways scrolling at 320 CSS px', async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      await openTarget(page, target);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect.soft(scrollWidth, 'document.documentElement.scrollWidth at a 320 px wide viewport').toBeLessThanOrEqual(320);
    });
  });
}
