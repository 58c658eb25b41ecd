/** Every phone link on every page dials from abroad too: `tel:` with +48 (content phone numbers are written without it). */
import { expect, test } from '@playwright/test';
import { openTarget } from '../support/open-target.ts';
import { allPages } from '../support/pages.ts';

for (const target of allPages()) {
  test(`every tel: link carries +48: ${target.name}`, async ({ page }) => {
    await openTarget(page, target);
    const hrefs = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^tel:\+48\d{9}$/);
  });
}
