/**
 * The callback form as a keyboard user meets it, with JavaScript on and off:
 * submit too early, read the error summary, follow its links, fix the
 * answers, submit, and land on the confirmation (POST, redirect, GET).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { TEST_BASE_URL } from '../support/test-env.ts';

const FORM_URL = `${TEST_BASE_URL}oddzwonimy/`;

/** Press Tab until the element matching `selector` has focus (keyboard only). */
async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('a keyboard user hits errors, follows the summary, fixes them and gets a reference number', async ({ page }) => {
  await page.goto(FORM_URL);
  await tabTo(page, '#imie');
  await page.keyboard.type('Janina Kowalska');
  await page.keyboard.press('Enter');

  await expect(page).toHaveTitle(/^Błąd: Poproś o telefon od urzędu/);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.locator('a')).toHaveText([
    'Wybierz, czego dotyczy sprawa. Jeśli nie wiesz, wybierz „Inna sprawa albo nie wiem”',
    'Wybierz, jak mamy się z Tobą skontaktować',
    'Wybierz, kiedy mamy się z Tobą skontaktować',
  ]);
  await expect(page.locator('#imie'), 'the answer was lost').toHaveValue('Janina Kowalska');
  await expect(page.locator('fieldset:has(#kontakt)')).toHaveAttribute('aria-describedby', /kontakt-error/);

  // The summary's first link moves focus to the topic question.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#sprawa')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('#sprawa')).toBeChecked();

  await tabTo(page, '#kontakt');
  await page.keyboard.press('Space');
  await tabTo(page, '#telefon');
  await page.keyboard.type('600 100 200');
  await tabTo(page, '#termin');
  await page.keyboard.press('Space');
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');

  await expect(page, 'the address carries the reference only, never the key').toHaveURL(/\/oddzwonimy\/przyjete\/\?nr=[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  await expect(page.locator('h1')).toHaveText('Przyjęliśmy Twoją prośbę');
  await expect(page.locator('.reference')).toHaveText(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  await expect(page.locator('main')).toContainText('Skontaktujemy się z Tobą najpóźniej');
  await expect(page.locator('dl.summary')).toContainText('Janina Kowalska');
  await expect(page.locator('dl.summary')).toContainText('+48 600 100 200');
});

test('offers the topics in the order editors wrote them, "other" last', async ({ page }) => {
  await page.goto(FORM_URL);
  const ids = [...readFileSync('content/sprawy.yaml', 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]);
  await expect(page.locator('input[name="sprawa"]')).toHaveCount(ids.length + 1);
  const values = await page.locator('input[name="sprawa"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(values).toEqual([...ids, 'inna']);
});

test('the confirmation is a GET: reloading it sends nothing again', async ({ page }) => {
  await page.goto(FORM_URL);
  await page.locator('#sprawa').check();
  await page.locator('#imie').fill('Jan');
  await page.locator('#kontakt').check();
  await page.locator('#telefon').fill('86 215 67 00');
  await page.locator('#termin').check();
  await page.locator('button[type="submit"]').click();
  await expect(page.locator('h1')).toHaveText('Przyjęliśmy Twoją prośbę');
  const reference = await page.locator('.reference').textContent();
  const reloaded = await page.reload();
  expect(reloaded?.request().method()).toBe('GET');
  await expect(page.locator('.reference')).toHaveText(reference ?? '');
});

test('a video call with a PJM interpreter offers only days at least 3 working days ahead', async ({ page }) => {
  await page.goto(FORM_URL);
  const asap = page.locator('#termin');
  await expect(asap).toBeVisible();
  await page.locator('input[name="kontakt"][value="wideo-pjm"]').check();
  await expect(asap, '"Jak najszybciej" is still offered for an interpreter').toBeHidden();
  const offered = await page.locator('input[name="termin"]').evaluateAll((inputs) => inputs.filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => (i as HTMLInputElement).value));
  expect(offered.length).toBeGreaterThan(0);
  for (const date of offered) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('#termin-hint')).toContainText('Połączenie wideo z tłumaczem języka migowego możemy umówić najwcześniej na');
});

test('the description shows how many characters are left, with JavaScript', async ({ page }) => {
  await page.goto(FORM_URL);
  await page.locator('#opis').fill('Dzień dobry');
  const jsOn = test.info().project.use.javaScriptEnabled !== false;
  if (jsOn) {
    await expect(page.locator('#opis-count')).toHaveText('Zostało 489 znaków');
    await page.locator('#opis').fill('x'.repeat(502));
    await expect(page.locator('#opis-count')).toHaveText('Masz o 2 znaki za dużo');
  } else {
    await expect(page.locator('#opis-count')).toHaveCount(0);
  }
  await expect(page.locator('#opis-hint')).toContainText('Możesz wpisać najwyżej 500 znaków.');
});
