/**
 * The callback form as a keyboard user meets it, with JavaScript on and off:
 * submit too early, read the error summary, follow its links, fix the
 * answers, submit, and land on the confirmation (POST, redirect, GET).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { contactFieldHints } from '../../src/callback/contact-rules.ts';
import { tabTo } from '../support/focus.ts';
import { TEST_BASE_URL } from '../support/test-env.ts';

const FORM_URL = `${TEST_BASE_URL}oddzwonimy/`;


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

test('choosing "Jak najszybciej" and then the video call never hides the checked choice; one answer names every problem, each on its field', async ({ page }) => {
  await page.goto(FORM_URL);
  await page.locator('#sprawa').check();
  await page.locator('#imie').fill('Jan Kowalski');
  const asap = page.locator('#termin');
  await asap.check();
  await page.locator('input[name="kontakt"][value="wideo-pjm"]').check();
  await expect(asap, 'the checked "Jak najszybciej" was hidden').toBeVisible();
  await expect(asap).toBeChecked();
  for (const option of await page.locator('input[name="termin"]').all()) await expect(option).toBeVisible();
  // The rule is said at the video option itself, with the first day it allows (genitive after "od").
  const videoHint = page.locator('.choice:has(input[value="wideo-pjm"]) .choice-hint');
  await expect(videoHint).toContainText('Tłumacza musimy zamówić co najmniej 3 dni robocze wcześniej.');
  await expect(videoHint).toContainText(/W pytaniu „Kiedy” wybierz dzień od (poniedziałku|wtorku|środy|czwartku|piątku), \d{1,2} \p{L}+ albo późniejszy\./u);
  await expect(page.locator('#termin-hint')).toHaveText(/^Tłumacza \(PJM, SJM albo SKOGN\) możemy umówić najwcześniej na (poniedziałek|wtorek|środę|czwartek|piątek), \d{1,2} \p{L}+\.$/u);
  await page.locator('#telefon').fill('86 215 67 00');
  await page.locator('button[type="submit"]').click();

  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.locator('a')).toHaveText([
    /^Link do połączenia wideo albo potwierdzenie spotkania wyślemy SMS-em tylko na numer komórkowy/,
    /^Tłumacza musimy zamówić co najmniej 3 dni robocze wcześniej\. Wybierz dzień od /,
  ]);
  await expect(page.locator('#telefon-error')).toContainText('Link do połączenia wideo albo potwierdzenie spotkania wyślemy SMS-em tylko na numer komórkowy');
  await expect(page.locator('#termin-error')).toContainText('Tłumacza musimy zamówić');
  await expect(page.locator('#termin'), 'the answer is shown as given').toBeChecked();
  await expect(page.locator('#termin')).toBeVisible();

  // The day's link lands on the first day an interpreter can come: visible, focused, and saying so.
  await summary.locator('a').nth(1).press('Enter');
  const firstPjmDay = page.locator('input[name="termin"]:focus');
  await expect(firstPjmDay).toBeVisible();
  expect(await firstPjmDay.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('.choice:has(input[name="termin"]:focus) .choice-hint')).toHaveText('Od tego dnia możemy umówić tłumacza (PJM, SJM albo SKOGN).');
  await page.keyboard.press('Space');
  await page.locator('#telefon').fill('600 100 200');
  await page.locator('button[type="submit"]').click();
  await expect(page.locator('h1')).toHaveText('Przyjęliśmy Twoją prośbę');
});

test('says exactly when the phone number and the e-mail address are needed', async ({ page }) => {
  await page.goto(FORM_URL);
  await expect(page.locator('#telefon-hint')).toHaveText(contactFieldHints.telefon);
  await expect(page.locator('#email-hint')).toHaveText(contactFieldHints.email);
  await expect(page.locator('main')).not.toContainText('pozostałe trzeba wypełnić');
});

test('refuses "12 34" as too short and an SMS to a landline, saying a mobile number is needed', async ({ page }) => {
  await page.goto(FORM_URL);
  await page.locator('#sprawa').check();
  await page.locator('#imie').fill('Jan');
  await page.locator('input[name="kontakt"][value="sms"]').check();
  await page.locator('#telefon').fill('12 34');
  await page.locator('#termin').check();
  await page.locator('button[type="submit"]').click();
  await expect(page.locator('#telefon-error')).toContainText('Numer telefonu jest za krótki');
  await page.locator('#telefon').fill('86 215 67 00');
  await page.locator('button[type="submit"]').click();
  await expect(page.locator('#telefon-error')).toContainText('potrzebny jest numer komórkowy');
});

/** The label (or legend) and the message that belong to the control an error link points at. */
async function textAboveTarget(page: Page, id: string): Promise<Locator[]> {
  const target = page.locator(`[id="${id}"]`);
  const type = await target.getAttribute('type');
  const name = (await target.getAttribute('name')) ?? id;
  if (type !== 'radio' && type !== 'checkbox') return [page.locator(`label[for="${id}"]`), page.locator(`[id="${id}-error"]`)];
  if (id === name) return [page.locator(`fieldset:has([id="${id}"]) > legend`), page.locator(`[id="${name}-error"]`)];
  // A later option (the first day for an interpreter): its own label and hint.
  // Its own label and hint. The group's message stands above the whole list, out of view from a later option;
  // the option carries it in aria-describedby (asserted in form-error-states.spec.ts).
  const described = ((await target.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((d) => d !== `${name}-error` && d !== '');
  return [page.locator(`label[for="${id}"]`), ...described.map((d) => page.locator(`[id="${d}"]`))];
}

for (const viewport of [{ width: 1280, height: 720 }, { width: 320, height: 640 }]) {
  test(`following each error link keeps the label and the message in view (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(FORM_URL);
    await page.locator('input[name="kontakt"][value="wideo-pjm"]').check();
    await page.locator('#telefon').fill('12 34');
    await page.locator('#email').fill('nie-adres');
    await page.locator('#relacja').fill('syn');
    await page.locator('#opis').fill('x'.repeat(501));
    await page.locator('button[type="submit"]').click();
    const links = page.locator('.error-summary a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length, 'every kind of field is in the summary').toBeGreaterThanOrEqual(7);
    for (const [i, href] of hrefs.entries()) {
      await links.nth(i).focus();
      await links.nth(i).press('Enter');
      const id = href.slice(1);
      await expect(page.locator(`[id="${id}"]`), `${href} did not take focus`).toBeFocused();
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport({ ratio: 1 });
      for (const above of await textAboveTarget(page, id)) await expect(above, `${href}: not in view`).toBeInViewport({ ratio: 1 });
    }
  });
}

test('each error-summary bullet sits beside the first line of its message at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(FORM_URL);
  await page.locator('button[type="submit"]').click();
  const items = page.locator('.error-summary li');
  await expect(items.first()).toBeVisible();
  const lines = await items.evaluateAll((lis) =>
    lis.map((li) => {
      // The bullet is drawn on the item's first line box: a probe at the item's start sits on that line.
      const probe = document.createElement('span');
      probe.textContent = '\u200b';
      li.prepend(probe);
      const link = li.querySelector('a')!;
      const range = document.createRange();
      range.setStart(link.firstChild!, 0);
      range.setEnd(link.firstChild!, 1);
      const firstLetter = range.getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(link).lineHeight);
      const result = { probe: probe.getBoundingClientRect().top, firstLetter: firstLetter.top, wraps: link.getBoundingClientRect().height > 1.5 * lineHeight };
      probe.remove();
      return result;
    }),
  );
  expect(lines.some((l) => l.wraps), 'no message wraps at 320 px, so the test shows nothing').toBe(true);
  for (const l of lines) expect(Math.abs(l.probe - l.firstLetter), 'the bullet is not on the first line').toBeLessThan(4);
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
