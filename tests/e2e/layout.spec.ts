/**
 * Layout measured in the browser: at 1280 px the main navigation never
 * leaves one item alone on a row (element rectangles, not screenshots). The
 * header names the office and the service. That no phone number or postcode
 * is split across two lines at 320 CSS px ("86 215 67 / 00", "18- / 400") is
 * checked on every sitemap page in pages.spec.ts, on the page already open.
 */
import { expect, test } from '@playwright/test';
import { sitemapPages } from '../support/pages.ts';

test('1280 px: the main navigation leaves no item alone on a row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(sitemapPages()[0]!.url);
  const rows = await page.locator('header nav li').evaluateAll((items) => {
    const byTop = new Map<number, number>();
    for (const li of items) {
      const top = Math.round(li.getBoundingClientRect().top);
      byTop.set(top, (byTop.get(top) ?? 0) + 1);
    }
    return [...byTop.values()];
  });
  expect(rows.length, 'navigation items').toBeGreaterThan(0);
  if (rows.length > 1) expect(rows.filter((n) => n === 1), `items per row: ${rows.join(', ')}`).toEqual([]);
});

test('the header names the office and the service, and the BIP links are https', async ({ page }) => {
  await page.goto(sitemapPages()[0]!.url);
  await expect(page.locator('header .site-office')).toHaveText(/\S/);
  await expect(page.locator('header .site-service')).toHaveText(/\S/);
  const bip = await page.locator('a', { hasText: /BIP|Biuletyn Informacji Publicznej/ }).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(bip.length).toBeGreaterThan(0);
  for (const href of bip) expect(href).toMatch(/^https:\/\//);
});
