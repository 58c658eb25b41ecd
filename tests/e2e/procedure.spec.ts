/**
 * The telephone procedure page: structure (§ 1–5, table of contents,
 * linkable standards a–o), date, the TXT copy equal word for word to the
 * city's original, and a print style without navigation.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openScriptFreePage } from '../support/page-scripts.ts';
import { PROCEDURE_PATH, TEST_BASE_URL } from '../support/test-env.ts';
import { firstDifference, procedureWords } from '../support/words.ts';

const letters = 'abcdefghijklmno'.split('');

test.beforeEach(async ({ page }) => {
  await openScriptFreePage(page, TEST_BASE_URL + PROCEDURE_PATH);
});

test('has one h1 and § 1 to § 5 as h2, in order', async ({ page }) => {
  await expect(page.locator('h1')).toHaveCount(1);
  const paragraphs = (await page.locator('main h2').allInnerTexts()).filter((h) => h.trim().startsWith('§'));
  expect(paragraphs.map((h) => h.match(/^§\s*(\d+)/)?.[1])).toEqual(['1', '2', '3', '4', '5']);
});

test('has a table of contents linking to each §', async ({ page }) => {
  const ids = await page.locator('main h2').evaluateAll((hs) =>
    hs.filter((h) => (h.textContent ?? '').trim().startsWith('§')).map((h) => h.id || h.closest('section')?.id || ''),
  );
  expect(ids, 'every § heading (or its section) needs an id').toHaveLength(5);
  expect(ids).not.toContain('');
  const tocLinks = await page.locator('main nav a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const id of ids) expect(tocLinks, `no table-of-contents link to #${id}`).toContain(`#${id}`);
});

test('gives each standard a)–o) of § 4 ust. 1 an id and a link to itself', async ({ page }) => {
  for (const letter of letters) {
    const id = `par-4-ust-1-lit-${letter}`;
    const item = page.locator(`[id="${id}"]`);
    await expect(item, `#${id}`).toHaveCount(1);
    await expect(item).toContainText(`${letter})`);
    await expect(item.locator(`a[href="#${id}"]`), `#${id} has no link to itself`).toHaveCount(1);
  }
});

test('shows the date of the last update as <time>', async ({ page }) => {
  const time = page.locator('main :is(p, div, span, dd):has-text("Ostatnia aktualizacja") time');
  await expect(time).toHaveCount(1);
  await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('names the order that adopted the procedure, with its number and date', async ({ page }) => {
  const act = page.locator('main p:has-text("Wprowadzona zarządzeniem")');
  await expect(act).toHaveCount(1);
  await expect(act).toHaveText(/^Wprowadzona zarządzeniem nr \S.* z dnia \d{1,2} \p{L}+ \d{4} r\.$/u);
  await expect(act.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('offers the TXT copy, whose words equal the city\'s original', async ({ page }) => {
  const link = page.locator('main a[href$=".txt"]');
  await expect(link).toHaveCount(1);
  const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain\b/);
  const original = procedureWords(readFileSync('tests/fixtures/procedura-seed.txt', 'utf8'));
  const published = procedureWords(await response.text());
  expect(original.length, 'the fixture is empty').toBeGreaterThan(100);
  expect(firstDifference(original, published), 'the TXT differs from tests/fixtures/procedura-seed.txt').toBeUndefined();
});

test('hides the site navigation when printed', async ({ page }) => {
  const navigation = page.locator('nav:not(main nav)');
  expect(await navigation.count(), 'no navigation outside <main>').toBeGreaterThan(0);
  for (const nav of await navigation.all()) await expect(nav).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const nav of await navigation.all()) await expect(nav).toBeHidden();
});
