/**
 * Whether JavaScript can change what a page shows. A page with no <script>,
 * no <noscript> and no island renders the same DOM with JavaScript on and
 * off (the CSS names no `scripting` media feature), so the page checks
 * (tests/e2e/pages.spec.ts) need to open it only once, with JavaScript on;
 * a page with any of them is opened again with JavaScript off.
 */
import { expect, type Page } from '@playwright/test';

/** True when the page holds a <script>, a <noscript> or an Astro island. */
export async function pageHasScripts(page: Page): Promise<boolean> {
  return (await page.locator('script, noscript, astro-island').count()) > 0;
}

/**
 * Open a document page whose spec runs with JavaScript on only
 * (`SCRIPT_FREE_SPECS` in playwright.config.ts): assert status 200 and that
 * the page has no script, so that with JavaScript off it would read the same.
 */
export async function openScriptFreePage(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), `HTTP status of ${url}`).toBe(200);
  expect(await pageHasScripts(page), `${url} has a script now: take its spec out of SCRIPT_FREE_SPECS in playwright.config.ts, so it runs with JavaScript off too`).toBe(false);
}
