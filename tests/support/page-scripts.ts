/**
 * Whether JavaScript can change what a page shows. A page with no <script>,
 * no <noscript> and no island renders the same DOM with JavaScript on and
 * off (the CSS names no `scripting` media feature), so the page checks
 * (tests/e2e/pages.spec.ts) need to open it only once, with JavaScript on;
 * a page with any of them is opened again with JavaScript off.
 */
import type { Page } from '@playwright/test';

/** True when the page holds a <script>, a <noscript> or an Astro island. */
export async function pageHasScripts(page: Page): Promise<boolean> {
  return (await page.locator('script, noscript, astro-island').count()) > 0;
}
