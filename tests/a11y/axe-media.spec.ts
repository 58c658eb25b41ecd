/**
 * axe-core under the user preferences the CSS answers to: dark scheme,
 * forced colours, reduced motion. Runs in the js-on project only (see
 * playwright.config.ts).
 */
import { expect, test } from '@playwright/test';
import { axeViolations, formatViolations } from '../support/axe.ts';
import { openTarget } from '../support/open-target.ts';
import { allPages } from '../support/pages.ts';

const preferences = [
  { label: 'dark scheme', media: { colorScheme: 'dark' } },
  { label: 'forced colours', media: { forcedColors: 'active' } },
  { label: 'reduced motion', media: { reducedMotion: 'reduce' } },
] as const;

for (const { label, media } of preferences) {
  for (const target of allPages()) {
    test(`axe, ${label}: ${target.name} (${target.path})`, async ({ page }) => {
      await page.emulateMedia(media);
      await openTarget(page, target);
      const violations = await axeViolations(page);
      expect(violations.map((v) => v.id), `axe (${label}) found violations on ${target.url}:\n${formatViolations(violations)}`).toEqual([]);
    });
  }
}
