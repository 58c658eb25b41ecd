/**
 * The sign-language act's choices in the callback form, by keyboard, with
 * JavaScript on and off (both Playwright projects): each choice is a radio
 * with its hint; an interpreter (SKOGN here) needs 3 working days and its
 * error leads to the first day one can come; the confirmation and both
 * e-mails (read from the `.eml` files the test server writes) name the means.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { simpleParser } from 'mailparser';
import { tabTo } from '../support/focus.ts';
import { TEST_BASE_URL, TEST_DATA_DIR } from '../support/test-env.ts';
import { contactWordsOfContent as words } from '../unit/helpers/real-content.ts';

const FORM_URL = `${TEST_BASE_URL}oddzwonimy/`;
const EML_DIR = join(TEST_DATA_DIR, 'outbox-eml');

/** The parsed `.eml` of message `kind` (staff, resident) of request `reference`, once the outbox has written it. */
async function eml(reference: string, kind: string) {
  let file: string | undefined;
  await expect.poll(() => (file = readdirSync(EML_DIR).find((f) => f.startsWith(`${reference}.${kind}@`) && f.endsWith('.eml'))), { timeout: 30_000 }).toBeTruthy();
  return simpleParser(readFileSync(join(EML_DIR, file!)));
}

/** Fill the answers every request needs, by keyboard. */
async function fillBasics(page: Page, email: string) {
  await tabTo(page, '#sprawa');
  await page.keyboard.press('Space');
  await tabTo(page, '#imie');
  await page.keyboard.type('Ewa Lis');
  await tabTo(page, '#email');
  await page.keyboard.type(email);
}

/** Tab into the contact question and move to `id` with the arrow keys, as in any radio group. */
async function chooseContact(page: Page, id: string) {
  await tabTo(page, '#kontakt');
  const ids = await page.locator('input[name="kontakt"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await page.keyboard.press('Space');
  for (let i = 0; i < ids.indexOf(id); i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator(`input[name="kontakt"][value="${id}"]`)).toBeChecked();
  await expect(page.locator(`input[name="kontakt"][value="${id}"]`)).toBeFocused();
}

test('every sign-language choice is offered with the content’s words, none hidden', async ({ page }) => {
  await page.goto(FORM_URL);
  for (const id of ['wideo-pjm', 'wideo-sjm', 'skogn', 'osoba-przybrana'] as const) {
    const choice = page.locator(`.choice:has(input[name="kontakt"][value="${id}"])`);
    await expect(choice.locator('label')).toHaveText(words[id].label);
    await expect(choice.locator('.choice-hint')).toContainText(words[id].hint);
    if (id === 'osoba-przybrana') await expect(choice.locator('.choice-hint')).not.toContainText('Tłumacza musimy zamówić');
    else await expect(choice.locator('.choice-hint')).toContainText('Tłumacza musimy zamówić co najmniej 3 dni robocze wcześniej.');
  }
});

test('SKOGN too soon: the summary leads to the first day an interpreter can come; then form → confirmation → both e-mails name the means', async ({ page }) => {
  await page.goto(FORM_URL);
  await fillBasics(page, 'ewa.lis@example.com');
  await chooseContact(page, 'skogn');
  await expect(page.locator('input[name="kontakt"][value="skogn"]')).toBeChecked();
  await tabTo(page, '#termin');
  await page.keyboard.press('Space'); // "Jak najszybciej": too soon for an interpreter
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');

  await expect(page).toHaveTitle(/^Błąd:/);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.locator('a')).toHaveText([/^Tłumacza musimy zamówić co najmniej 3 dni robocze wcześniej\. Wybierz dzień od /]);
  await expect(page.locator('input[name="kontakt"][value="skogn"]'), 'the checked choice is kept').toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const firstDay = page.locator('input[name="termin"]:focus');
  await expect(page.locator('.choice:has(input[name="termin"]:focus) .choice-hint')).toHaveText('Od tego dnia możemy umówić tłumacza (PJM, SJM albo SKOGN).');
  await page.keyboard.press('Space');
  await expect(firstDay).toBeChecked();
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');

  await expect(page.locator('h1')).toHaveText('Przyjęliśmy Twoją prośbę');
  await expect(page.locator('dl.summary dt:text-is("Sposób kontaktu") + dd')).toHaveText(words.skogn.label);
  const reference = (await page.locator('.reference').textContent())!;

  const staff = await eml(reference, 'staff');
  expect(staff.text).toContain(`Sposób kontaktu: ${words.skogn.label} – ${words.skogn.staff}`);
  expect(String(staff.html)).toContain(words.skogn.label);
  const ics = staff.attachments.find((a) => a.contentType.startsWith('text/calendar') || a.filename?.endsWith('.ics'));
  expect(ics, 'a chosen day comes with a calendar entry').toBeDefined();
  expect(ics!.content.toString('utf8').replace(/\r\n[ \t]/g, '')).toContain('SKOGN');
  const resident = await eml(reference, 'resident');
  expect(resident.text).toContain(`Sposób kontaktu: ${words.skogn.label}.`);
});

test('a person of one’s choice: no notice needed, "Jak najszybciej" is accepted, the confirmation names it', async ({ page }) => {
  await page.goto(FORM_URL);
  await fillBasics(page, 'adam.lis@example.com');
  await chooseContact(page, 'osoba-przybrana');
  await tabTo(page, '#termin');
  await page.keyboard.press('Space');
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');

  await expect(page.locator('h1')).toHaveText('Przyjęliśmy Twoją prośbę');
  await expect(page.locator('dl.summary dt:text-is("Sposób kontaktu") + dd')).toHaveText(words['osoba-przybrana'].label);
  const reference = (await page.locator('.reference').textContent())!;
  const staff = await eml(reference, 'staff');
  expect(staff.text).toContain(`Sposób kontaktu: ${words['osoba-przybrana'].label} – ${words['osoba-przybrana'].staff}`);
  const resident = await eml(reference, 'resident');
  expect(resident.text).toContain(`Sposób kontaktu: ${words['osoba-przybrana'].label}.`);
});
