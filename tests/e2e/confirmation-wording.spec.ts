/**
 * The confirmation says only what is true and cannot be misread: who asks
 * for whom, and a call promised only when the resident gave a phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { TEST_BASE_URL } from '../support/test-env.ts';

/** Post answers as a browser without JavaScript does and open the confirmation it is sent to. */
async function confirm(page: Page, answers: Record<string, string | string[]>): Promise<void> {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(answers)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  const response = await page.request.post(`${TEST_BASE_URL}oddzwonimy/?_action=callback`, {
    data: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(TEST_BASE_URL).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  await page.goto(new URL(response.headers()['location']!, TEST_BASE_URL).href);
  await expect(page.locator('h1')).toHaveText('Przyjęliśmy Twoją prośbę');
}

const summaryRow = (page: Page, label: string) => page.locator('dl.summary dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

test('on behalf of someone: the relation stays with the one who asks', async ({ page }) => {
  await confirm(page, callbackExamples.validOnBehalfByEmail.answers);
  await expect(summaryRow(page, 'Prosi')).toHaveText('Janina Kowalska (córka osoby, której dotyczy sprawa)');
  await expect(summaryRow(page, 'Sprawa dotyczy osoby')).toHaveText('Zofia Nowak');
  await expect(page.locator('main')).not.toContainText('Zofia Nowak (córka');
  await expect(page.locator('main')).not.toContainText('W imieniu');
});

test('an e-mail answer without a phone: no promise of a call, the number to call instead', async ({ page }) => {
  await confirm(page, callbackExamples.validOnBehalfByEmail.answers);
  await expect(page.locator('main')).not.toContainText(/Zadzwonimy|możemy (też )?zadzwonić/);
  const line = page.locator('main p', { hasText: 'Jeśli chcesz, zadzwoń do nas' });
  await expect(line).toHaveText(/^Jeśli chcesz, zadzwoń do nas: .+, tel\. [\d ]+\.$/);
  await expect(line.locator('a[href^="tel:"]')).toHaveCount(1);
});

test('a phone call: the number the unit calls from, as a link', async ({ page }) => {
  await confirm(page, callbackExamples.valid.answers);
  await expect(page.locator('main p', { hasText: 'Zadzwonimy z numeru' }).locator('a[href^="tel:"]')).toHaveCount(1);
  await expect(summaryRow(page, 'Imię i nazwisko')).toHaveText('Janina Kowalska');
});
