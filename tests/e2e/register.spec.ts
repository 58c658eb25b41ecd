/**
 * The register with JavaScript off (and on): the GET form filters, the
 * result pages and the sort links are plain links, bad filters come back
 * with the error summary focused and the values as typed.
 */
import { expect, test } from '@playwright/test';
import { PAGED_MONTH, SESSION_COOKIE, seedPagedMonth } from '../support/register-seed.ts';
import { TEST_BASE_URL, TEST_ORIGIN } from '../support/test-env.ts';

let cookie = '';
test.beforeAll(() => {
  cookie = seedPagedMonth();
});
test.beforeEach(async ({ context }) => {
  await context.addCookies([{ name: SESSION_COOKIE, value: cookie, url: TEST_ORIGIN }]);
});

test('filters a period and kind, pages through the results and sorts by a column', async ({ page }) => {
  await page.goto(`${TEST_BASE_URL}obsluga/rejestr/`);
  await page.getByLabel('Od dnia').fill('1.06.2025');
  await page.getByLabel('Do dnia').fill('2025-06-30');
  await page.getByLabel('Rodzaj').selectOption({ label: 'Prośba o kontakt' });
  await page.getByRole('button', { name: 'Pokaż' }).click();
  await expect(page).toHaveURL(/\?od=1\.06\.2025&do=2025-06-30&rodzaj=oddzwonienie&/);
  await expect(page.getByRole('status')).toContainText(`Spełnia warunki: ${PAGED_MONTH.count} spraw z okresu od ${PAGED_MONTH.from} do ${PAGED_MONTH.to}. Pokazano 1–50, strona 1 z 2.`);
  await expect(page.locator('.register-table tbody tr')).toHaveCount(50);
  await expect(page.getByLabel('Od dnia')).toHaveValue('2025-06-01');

  await page.getByRole('navigation', { name: 'Strony wyników' }).getByRole('link', { name: 'Następna strona' }).click();
  await expect(page.getByRole('status')).toContainText(`Pokazano 51–${PAGED_MONTH.count}, strona 2 z 2.`);
  await expect(page.locator('.register-table tbody tr')).toHaveCount(PAGED_MONTH.count - 50);
  await expect(page.getByRole('link', { name: 'Strona 2' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('link', { name: 'Termin', exact: true }).click();
  await expect(page).toHaveURL(/sort=termin/);
  await expect(page.getByRole('status')).toContainText('strona 1 z 2');
  const deadlines = await page.locator('.register-table tbody tr td:nth-child(4)').allTextContents();
  const asDate = (t: string) => t.replace(/^(\d\d)\.(\d\d)\.(\d{4}), (\d\d:\d\d).*$/, '$3-$2-$1 $4');
  expect(deadlines.map(asDate)).toEqual([...deadlines.map(asDate)].sort().reverse());
  await expect(page.getByRole('columnheader', { name: /Termin/ })).toHaveAttribute('aria-sort', 'descending');
});

test('brings bad filters back with the error summary focused, the values as typed and no results', async ({ page }) => {
  await page.goto(`${TEST_BASE_URL}obsluga/rejestr/`);
  await page.getByLabel('Od dnia').fill('31.02.2025');
  await page.getByLabel('Do dnia').fill('2025-01-01');
  await page.getByRole('button', { name: 'Pokaż' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Błąd:/);
  await expect(summary.getByRole('link')).toHaveText(['Wpisz datę początku okresu jako dzień, miesiąc i rok, np. 2026-01-31 albo 31.01.2026']);
  await expect(page.getByLabel('Od dnia')).toHaveValue('31.02.2025');
  await expect(page.getByLabel('Od dnia')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.register-table')).toHaveCount(0);
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Od dnia')).toBeFocused();
});

test('a page past the end says how many pages there are and links to the last', async ({ page }) => {
  const response = await page.goto(`${TEST_BASE_URL}obsluga/rejestr/?od=${PAGED_MONTH.from}&do=${PAGED_MONTH.to}&rodzaj=oddzwonienie&strona=7`);
  expect(response?.status()).toBe(400);
  await expect(page.locator('#strona-error')).toContainText('Nie ma strony 7: wyniki mieszczą się na 2 stronach. Wybierz stronę od 1 do 2');
  await page.getByRole('link', { name: 'Przejdź do strony 2' }).click();
  await expect(page.getByRole('status')).toContainText('strona 2 z 2');
});
