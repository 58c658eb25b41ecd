/**
 * Whether JavaScript can change what a page shows. A page with no <script>,
 * no <noscript> and no island renders the same DOM with JavaScript on and
 * off (the CSS names no `scripting` media feature), so the checks that read
 * the rendered page (axe, the Tab walk) need to see it only once, with
 * JavaScript on; a page with any of them is checked in both projects.
 */
import type { Page } from '@playwright/test';

/** True when the page holds a <script>, a <noscript> or an Astro island. */
export async function pageHasScripts(page: Page): Promise<boolean> {
  return (await page.locator('script, noscript, astro-island').count()) > 0;
}

/** True in the project that runs with JavaScript off. */
export const javaScriptOff = (use: { javaScriptEnabled?: boolean }) => use.javaScriptEnabled === false;
