/** Opens a page or page state in Playwright, POSTing when the state says so. */
import { expect, type Page, type Response } from '@playwright/test';
import type { CheckTarget } from './pages.ts';
import { TEST_BASE, TEST_HOST, TEST_ORIGIN } from './test-env.ts';

/**
 * Navigate to the target (holding its cookie, if any), assert the final
 * HTTP status and wait for autofocus to be applied. For a form state
 * the navigation itself becomes the POST, so it works with JavaScript off.
 * Chromium drops an `Origin` header given to `route.continue()`, and Astro
 * answers such a POST with 403; so the POST is sent by Playwright
 * (`route.fetch`, with Origin, redirects not followed) and its answer handed
 * to the browser, which follows a 303 with a GET as usual.
 */
export async function openTarget(page: Page, target: CheckTarget): Promise<Response> {
  const { postBody, cookie } = target;
  // A signed-in target: the browser holds the session cookie as the site sets it.
  if (cookie) await page.context().addCookies([{ ...cookie, domain: TEST_HOST, path: TEST_BASE, httpOnly: true, sameSite: 'Lax' }]);
  if (postBody !== undefined) {
    await page.route(
      (url) => url.href === target.url,
      async (route) => {
        const response = await route.fetch({
          method: 'POST',
          postData: postBody,
          headers: { ...route.request().headers(), 'content-type': 'application/x-www-form-urlencoded', origin: TEST_ORIGIN },
          maxRedirects: 0,
        });
        await route.fulfill({ response });
      },
      { times: 1 },
    );
  }
  const response = await page.goto(target.url);
  if (!response) throw new Error(`${target.url}: no response`);
  expect(response.status(), `HTTP status of ${target.name} (${target.url})`).toBe(target.expectStatus);
  // Signed out, a staff list sends the clerk to sign in (a 200 page too): the address must not change.
  if (cookie) expect(page.url(), `${target.name} was not opened signed in`).toBe(target.url);
  // The browser applies `autofocus` a moment after load; wait, so key presses start where a person's would.
  const autofocus = page.locator('[autofocus]');
  if ((await autofocus.count()) > 0) await expect(autofocus.first(), 'the [autofocus] element never got focus').toBeFocused();
  return response;
}
