/**
 * Layout measured in the browser, at the widths where it broke: at 320 CSS px
 * no phone number and no postcode with its town is split across two lines
 * ("86 215 67 / 00", "18- / 400"); at 1280 px the main navigation never
 * leaves one item alone on a row. Line boxes and element rectangles, not
 * screenshots. The header names the office and the service.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitemapPages } from '../support/pages.ts';

/** Every phone number and postcode in the page's text, with the number of lines it is drawn on. */
async function brokenNumbers(page: Page): Promise<{ text: string; lines: number }[]> {
  return page.evaluate(() => {
    // "86 215 67 00", "+48 86 215 67 00", "600 100 200"; "18-400 Łomża".
    const patterns = [/(?:\+48 )?\d{2,3}(?: \d{2,3}){2,3}/g, /\d{2}-\d{3} \p{Lu}\p{Ll}+/gu];
    const found: { text: string; lines: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style, .visually-hidden')) continue;
      const text = node.textContent ?? '';
      for (const pattern of patterns) {
        for (const m of text.matchAll(pattern)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          found.push({ text: m[0], lines: tops.size });
        }
      }
    }
    return found;
  });
}

for (const target of sitemapPages()) {
  test(`320 px: phone numbers and postcodes stay on one line: ${target.name}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(target.url);
    const numbers = await brokenNumbers(page);
    expect(numbers.length, 'the page shows no phone number (the footer always has one)').toBeGreaterThan(0);
    expect(numbers.filter((n) => n.lines !== 1), 'numbers drawn on more than one line').toEqual([]);
  });
}

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
