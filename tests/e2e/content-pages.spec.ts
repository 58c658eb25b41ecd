/**
 * What the content pages say, as a resident reads them (the title pattern
 * of every page is checked in pages.spec.ts): the easy-to-read page writes
 * the office's e-mail and hours out, explains its hard words and shows its
 * pictures; the sign-language page is titled for what it holds and links to
 * the form; the office's phone numbers are links; the privacy clause speaks
 * to the person asked for (art. 14).
 * Office facts are read from content/urzad.yaml, as the site reads them.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { officeSchema } from '../../src/content/schemas.ts';
import { hoursSentence } from '../../src/content/office-facts.ts';
import { openScriptFreePage } from '../support/page-scripts.ts';
import { TEST_BASE_URL } from '../support/test-env.ts';

const office = officeSchema.parse(parse(readFileSync('content/urzad.yaml', 'utf8')));
const url = (path: string) => TEST_BASE_URL + path;

test.describe('easy-to-read page', () => {
  test.beforeEach(async ({ page }) => {
    await openScriptFreePage(page, url('tekst-latwy-do-czytania/'));
  });

  test('writes the e-mail address, the phone as a link and the hours out', async ({ page }) => {
    const main = page.locator('main');
    await expect(main.locator(`a[href="mailto:${office.email}"]`)).toHaveText(office.email);
    await expect(main.locator('a[href="tel:+48862156700"]')).toHaveText(office.telefon);
    await expect(main).toContainText(hoursSentence(office.godziny));
    await expect(main).not.toContainText(/na dole (tej )?strony/);
  });

  test('explains the words an easy-to-read reader may not know, and says earlier than what', async ({ page }) => {
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Dni robocze to /);
    expect(text).toMatch(/Punkt Obsługi Mieszkańców to /);
    expect(text).toMatch(/Wniosek to /);
    expect(text).not.toMatch(/dni robocze wcześniej\./);
    expect(text).toMatch(/3 dni robocze przed /);
  });

  test('lists every step of the form, the name and the way of contact included', async ({ page }) => {
    const steps = await page.locator('main ol > li').allInnerTexts();
    expect(steps.join('\n')).toMatch(/imię i nazwisko/);
    expect(steps.join('\n')).toMatch(/jak mamy się z Tobą skontaktować/i);
    expect(steps.length).toBeGreaterThanOrEqual(6);
  });

  test('shows its pictures, each loaded and with a text alternative', async ({ page }) => {
    const pictures = page.locator('main img');
    expect(await pictures.count()).toBeGreaterThanOrEqual(6);
    for (const img of await pictures.all()) {
      await img.scrollIntoViewIfNeeded();
      await expect(img).toHaveAttribute('alt', /\S{3}/);
      await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)).toBe(true);
    }
  });

  test('says what the procedure says about serving out of turn (§ 5 ust. 3), seniors included', async ({ page }) => {
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/załatwi Twoją sprawę bez czekania/);
    expect(text).toMatch(/osobą starszą/);
  });
});

test('the sign-language page is titled for what it holds and links to the form', async ({ page }) => {
  await openScriptFreePage(page, url('jezyk-migowy/'));
  const hasVideo = (await page.locator('main video').count()) > 0;
  if (!hasVideo) await expect(page.locator('h1')).not.toHaveText(/migow|PJM/);
  await expect(page.locator('main a', { hasText: /^Formularz prośby o kontakt$/ })).toHaveAttribute('href', new URL(url('oddzwonimy/')).pathname);
  await expect(page.locator(`main a[href="mailto:${office.email}"]`).first()).toBeVisible();
});

test('the privacy clause informs the person on whose behalf someone asks (art. 14 RODO)', async ({ page }) => {
  await openScriptFreePage(page, url('ochrona-danych/'));
  const text = await page.locator('main').innerText();
  expect(text).toMatch(/art\. 13 i art\. 14/);
  expect(text).toMatch(/w Twoim imieniu/);
  expect(text).toMatch(/Skąd je mamy/);
});
