/**
 * Keyboard: Tab through every page from the top until focus leaves it (a
 * page that focuses something itself, e.g. an error summary, is first
 * tabbed out of, so the walk starts at the top). Every visible link, button
 * and field is reached, in document order, each with a visible focus
 * indicator, and focus is never trapped.
 */
import { expect, test } from '@playwright/test';
import { focusedElement, tabToPageStart, walkReport, type FocusedElement } from '../support/focus.ts';
import { openTarget } from '../support/open-target.ts';
import { allPages } from '../support/pages.ts';

const limit = 400;

for (const target of allPages()) {
  test(`Tab reaches everything in order with visible focus: ${target.name} (${target.path})`, async ({ page }) => {
    await openTarget(page, target);
    expect(await tabToPageStart(page, limit), 'focus never left the page from where the page put it (trap)').toBe(true);

    const visited: FocusedElement[] = [];
    let leftPage = false;
    for (let step = 0; step < limit; step++) {
      await page.keyboard.press('Tab');
      const focused = await focusedElement(page, step);
      if (!focused.onPage) {
        leftPage = true;
        break;
      }
      expect(focused.again, `focus came back to ${focused.label} before leaving the page (trap)`).toBe(false);
      visited.push(focused);
    }
    expect(leftPage, `focus did not leave the page after ${limit} Tab presses (trap); last: ${visited.at(-1)?.label}`).toBe(true);

    const report = await walkReport(page);
    expect(report.stops, 'no focusable element on the page').toBeGreaterThan(0);
    expect(report.missed, 'visible focusable elements never reached with Tab').toEqual([]);
    expect(report.outOfOrder, 'elements reached out of document order').toEqual([]);
    const invisible = visited.filter((v) => !v.indicatorVisible).map((v) => `${v.label} (${v.indicator})`);
    expect(invisible, 'focused elements without a visible focus indicator').toEqual([]);
  });
}
