/**
 * The coordinator answers an accessibility request from its page, with
 * JavaScript on and off, by keyboard: take it, try a refusal without reasons
 * (every error at once, focus on the summary, nothing changed), give the
 * reasons, and open the printable letter with the next step.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { tabTo } from '../support/focus.ts';
import { accessibilityPagePath } from '../support/staff-seed.ts';
import { TEST_BASE_URL, TEST_DATA_DIR, TEST_ORIGIN } from '../support/test-env.ts';

const stateOf = (id: number) => {
  const db = new DatabaseSync(join(process.cwd(), TEST_DATA_DIR, 'oddzwonimy.sqlite'), { readOnly: true });
  try {
    return db.prepare('SELECT state, version FROM requests WHERE id = ?').get(id) as { state: string; version: number };
  } finally {
    db.close();
  }
};

test('take, a refusal without reasons is refused, then the refusal letter with the PFRON complaint path', async ({ page }) => {
  const posted = await page.request.post(`${TEST_BASE_URL}wniosek-o-dostepnosc/?_action=accessibilityRequest`, {
    form: accessibilityRequestExamples.validArchitecturalByPost.answers,
    headers: { origin: TEST_ORIGIN },
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(303);
  const reference = new URL(posted.headers()['location']!, TEST_ORIGIN).searchParams.get('nr')!;
  const db = new DatabaseSync(join(process.cwd(), TEST_DATA_DIR, 'oddzwonimy.sqlite'), { readOnly: true });
  const { id } = db.prepare('SELECT id FROM requests WHERE reference = ?').get(reference) as { id: number };
  db.close();

  await page.goto(`${TEST_BASE_URL}${accessibilityPagePath(id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Wniosek o dostępność nr ${reference}`);
  await tabTo(page, '#czynnosc');
  await page.keyboard.press('Space');
  await tabTo(page, '#kto');
  await page.keyboard.type('Ewa Koordynator');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Zapisano. Stan wniosku: w toku.');
  expect(stateOf(id)).toEqual({ state: 'in-progress', version: 2 });

  // Refusal without reasons: the summary names the field, focus goes to it, nothing changes.
  await page.getByLabel('Odmowa (powody)').check();
  await page.getByLabel('Twoje imię i nazwisko').fill('Ewa Koordynator');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page).toHaveTitle(/^Błąd: /);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.locator('a')).toHaveText(['Wpisz powody odmowy: wnioskodawca musi je poznać, żeby móc złożyć skargę']);
  expect(stateOf(id)).toEqual({ state: 'in-progress', version: 2 });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#powody')).toBeFocused();
  await page.keyboard.type('Budynek jest zabytkiem; konserwator nie zgodził się na podjazd.');
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Zapisano. Stan wniosku: odmowa.');
  await expect(page.getByRole('status')).toContainText('wydrukuj pismo i wyślij je na adres podany niżej');
  expect(stateOf(id)).toEqual({ state: 'refused', version: 3 });
  await expect(page.getByText('Wniosek jest zamknięty (odmowa). Nie ma już nic do zapisania.')).toBeVisible();

  await page.getByRole('link', { name: 'Pismo do wydruku' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Odmowa zapewnienia dostępności');
  const letter = page.locator('article');
  await expect(letter).toContainText('Powody: Budynek jest zabytkiem; konserwator nie zgodził się na podjazd.');
  await expect(letter).toContainText('do Prezesa Zarządu PFRON w ciągu 30 dni od dnia otrzymania tego pisma');
  await expect(letter).toContainText('https://www.gov.pl/web/gov/zloz-skarge-na-brak-dostepnosci-architektonicznej-lub-informacyjno-komunikacyjnej');
  await expect(letter).toContainText('ul. Polowa 1');
  await expect(page.locator('nav')).toHaveCount(0);
  // Printed, the toolbar goes: only the letter is left.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.letter-tools')).toBeHidden();
});
