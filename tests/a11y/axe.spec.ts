/** axe-core (WCAG 2.2 AA tags) on every sitemap page, page state and the 404 page, with JavaScript on and off. */
import { expect, test } from '@playwright/test';
import { axeViolations, formatViolations } from '../support/axe.ts';
import { openTarget } from '../support/open-target.ts';
import { allPages } from '../support/pages.ts';

for (const target of allPages()) {
  test(`axe: ${target.name} (${target.path})`, async ({ page }) => {
    await openTarget(page, target);
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id), `axe found violations on ${target.url}:\n${formatViolations(violations)}`).toEqual([]);
  });
}
