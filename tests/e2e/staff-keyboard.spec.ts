/**
 * Keyboard only, signed in as the Punkt Obsługi Mieszkańców: find a request
 * by the reference a resident reads out, open it from the answer, and record
 * an action with the form. No mouse, no JavaScript needed (both projects).
 */
import { expect, test } from '@playwright/test';
import { tabTo } from '../support/focus.ts';
import { KEYBOARD_REQUESTS, seedStaffRequest, staffSessionCookie } from '../support/staff-seed.ts';
import { TEST_BASE, TEST_BASE_URL, TEST_HOST } from '../support/test-env.ts';

// Reset the requests this spec acts on (one per project, so the two never meet).
seedStaffRequest();

test('search by reference, open the request and take it, with the keyboard alone', async ({ page }, info) => {
  const request = KEYBOARD_REQUESTS[info.project.name as keyof typeof KEYBOARD_REQUESTS];
  await page.context().addCookies([{ ...staffSessionCookie('everyUnit'), domain: TEST_HOST, path: TEST_BASE, httpOnly: true, sameSite: 'Lax' }]);
  await page.goto(`${TEST_BASE_URL}obsluga/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prośby o kontakt: wszystkie jednostki');

  await tabTo(page, '#nr');
  // As read out over the phone: lower case, spaces instead of the dash.
  await page.keyboard.type(request.reference.toLowerCase().replace('-', ' '));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(`Prośba nr ${request.reference}`);

  await tabTo(page, `a:text-is("Otwórz prośbę ${request.reference}")`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Prośba nr ${request.reference}`);

  // The first choice of the action group is "Biorę tę prośbę"; Space checks it.
  await tabTo(page, '#czynnosc');
  await expect(page.locator('#czynnosc')).toHaveAttribute('value', 'take');
  await page.keyboard.press('Space');
  await expect(page.locator('input[name="czynnosc"][value="take"]')).toBeChecked();
  // Signed in, the name field already holds the clerk's address; Enter in it submits the form.
  await tabTo(page, '#kto');
  await expect(page.locator('#kto')).toHaveValue(/pom@lomza\.example/);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status')).toHaveText('Zapisano. Stan prośby: w toku.');
  await expect(page.getByRole('table', { name: 'Historia' })).toContainText('Biorę tę prośbę; stan: w toku');
  // Closed or taken, the form offers only what the new state allows.
  await expect(page.locator('input[name="czynnosc"][value="take"]')).toHaveCount(0);
});
