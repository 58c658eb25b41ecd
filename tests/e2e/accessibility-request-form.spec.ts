/**
 * The accessibility request form as a keyboard user meets it, with
 * JavaScript on and off: every error at once, answers kept, the law picked
 * from the place, the confirmation with the legal deadline and next step.
 */
import { expect, test } from '@playwright/test';
import { tabTo } from '../support/focus.ts';
import { TEST_BASE_URL } from '../support/test-env.ts';

const FORM_URL = `${TEST_BASE_URL}wniosek-o-dostepnosc/`;


test('a keyboard user submits too early, fixes every error and gets a reference with the 7-day deadline', async ({ page }) => {
  await page.goto(FORM_URL);
  await tabTo(page, '#imie');
  await page.keyboard.type('Adam Nowak');
  await page.keyboard.press('Enter');

  await expect(page).toHaveTitle(/^Błąd: /);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.locator('a')).toHaveText([
    'Wybierz, gdzie napotkałeś(-aś) barierę',
    'Opisz barierę: gdzie jest i co utrudnia',
    'Wybierz, jak urząd ma Ci odpowiedzieć',
  ]);
  await expect(page.locator('#imie')).toHaveValue('Adam Nowak');

  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#miejsce')).toBeFocused();
  await page.keyboard.press('Space');
  await tabTo(page, '#bariera');
  await page.keyboard.type('Formularz w PDF jest skanem, czytnik ekranu nic nie odczytuje.');
  await tabTo(page, '#odpowiedz');
  await page.keyboard.press('Space');
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');

  // E-mail chosen but no address: the law needs contact details, and the page says so.
  await expect(summary.locator('a')).toHaveText(['Wpisz adres e-mail, na który urząd ma odpowiedzieć. Bez danych kontaktowych urząd nie może rozpatrzyć wniosku – tak stanowi ustawa.']);
  await expect(page.locator('#bariera')).toHaveValue('Formularz w PDF jest skanem, czytnik ekranu nic nie odczytuje.');
  await expect(page.locator('#miejsce')).toBeChecked();
  await page.locator('#email').fill('adam.nowak@example.org');
  await page.locator('button[type="submit"]').click();

  await expect(page).toHaveURL(/\/wniosek-o-dostepnosc\/przyjety\/\?nr=[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  await expect(page.locator('h1')).toHaveText('Przyjęliśmy Twój wniosek');
  await expect(page.locator('main')).toContainText('żądanie zapewnienia dostępności cyfrowej');
  await expect(page.locator('main')).toContainText('Rzecznika Praw Obywatelskich');
  await expect(page.locator('main'), 'no personal data on a page the reference alone opens').not.toContainText('Adam Nowak');
});

test('a barrier in the building is an art. 30 request: it asks who the person is and names the PFRON complaint', async ({ page }) => {
  await page.goto(FORM_URL);
  await page.locator('input[name="miejsce"][value="budynek"]').check();
  await page.locator('#bariera').fill('Brak podjazdu przy wejściu od ul. Farnej.');
  await page.locator('#imie').fill('Maria Wiśniewska');
  await page.locator('input[name="odpowiedz"][value="poczta"]').check();
  await page.locator('#adres').fill('ul. Polowa 1\n18-400 Łomża');
  await page.locator('button[type="submit"]').click();
  await expect(page.locator('.error-summary a')).toHaveText(['Wybierz, kim jesteś dla osoby, której dotyczy bariera']);
  await page.locator('#kto').check();
  await page.locator('button[type="submit"]').click();
  await expect(page.locator('h1')).toHaveText('Przyjęliśmy Twój wniosek');
  await expect(page.locator('main')).toContainText('wniosek o zapewnienie dostępności architektonicznej lub informacyjno-komunikacyjnej');
  await expect(page.locator('main')).toContainText('Prezesa Zarządu PFRON w ciągu 30 dni');
  await expect(page.locator('main a[href^="https://www.gov.pl/"]')).toHaveText('Jak złożyć skargę');
});

test('an unknown reference gets a 404 page with the way forward', async ({ page }) => {
  const response = await page.goto(`${FORM_URL}przyjety/?nr=KKK-KKK`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Nie znaleźliśmy wniosku');
  await expect(page.locator('main a[href$="wniosek-o-dostepnosc/"]')).toBeVisible();
});
