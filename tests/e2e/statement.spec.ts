/**
 * The accessibility statement follows the ministry's template v2.0 (July
 * 2024): mandatory element ids, dates as <time datetime>, section headings
 * in the required order, the Ombudsman and the procedure linked.
 */
import { expect, test } from '@playwright/test';
import { openScriptFreePage } from '../support/page-scripts.ts';
import { PROCEDURE_PATH, STATEMENT_PATH, TEST_BASE_URL } from '../support/test-env.ts';

/** The template's group headings inside "Niedostępne treści". */
const gapGroups = ['Niezgodność z załącznikiem', 'Treści nieobjęte przepisami', 'Nadmierne koszty'];

/** Mandatory ids, each on the element that holds the value (REFERENCE.md §1 in the shared folder). */
const mandatoryIds = [
  'a11y-wstep', 'a11y-podmiot', 'a11y-zakres', 'a11y-url', 'a11y-data-publikacja', 'a11y-data-aktualizacja', 'a11y-status',
  'a11y-data-sporzadzenie', 'a11y-kontakt', 'a11y-email', 'a11y-telefon', 'a11y-procedura', 'a11y-architektura', 'a11y-komunikacja',
];
/** Ids used only when the statement has the information; checked when present. */
const conditionalIds = ['a11y-data-przeglad', 'a11y-ocena', 'a11y-aplikacje', 'a11y-architektura-url'];
const dateIds = ['a11y-data-publikacja', 'a11y-data-aktualizacja', 'a11y-data-sporzadzenie', 'a11y-data-przeglad'];

const sections = [
  'Stan dostępności cyfrowej',
  'Niedostępne treści',
  'Przygotowanie deklaracji dostępności i jej aktualizacja',
  'Informacje zwrotne i dane kontaktowe',
  'Obsługa wniosków i skarg związanych z dostępnością',
  'Pozostałe informacje',
  'Dostępność architektoniczna',
  'Dostępność komunikacyjno-informacyjna',
];

test.beforeEach(async ({ page }) => {
  await openScriptFreePage(page, TEST_BASE_URL + STATEMENT_PATH);
});

test('has every mandatory element id once, with content', async ({ page }) => {
  const problems: string[] = [];
  for (const id of mandatoryIds) {
    const element = page.locator(`[id="${id}"]`);
    const count = await element.count();
    if (count !== 1) problems.push(`#${id}: found ${count} times`);
    else if ((await element.innerText()).trim() === '') problems.push(`#${id}: empty`);
  }
  for (const id of conditionalIds) {
    const element = page.locator(`[id="${id}"]`);
    const count = await element.count();
    if (count > 1) problems.push(`#${id}: found ${count} times`);
    else if (count === 1 && (await element.innerText()).trim() === '') problems.push(`#${id}: empty`);
  }
  expect(problems, 'template v2.0 ids').toEqual([]);
});

test('puts every date id on <time datetime="YYYY-MM-DD">', async ({ page }) => {
  for (const id of dateIds) {
    const element = page.locator(`[id="${id}"]`);
    if (id === 'a11y-data-przeglad' && (await element.count()) === 0) continue;
    await expect(element, `#${id}`).toHaveCount(1);
    expect(await element.evaluate((e) => e.tagName), `#${id} is not a <time>`).toBe('TIME');
    const datetime = (await element.getAttribute('datetime')) ?? '';
    expect(datetime, `#${id} datetime`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${datetime}T00:00:00Z`).toISOString().slice(0, 10), `#${id} is not a real date`).toBe(datetime);
  }
});

test('has the section headings in the order of the template', async ({ page }) => {
  const headings = (await page.locator('main :is(h2, h3)').allInnerTexts()).map((h) => h.trim());
  const found = headings.filter((h) => sections.includes(h));
  const compliant = /jest zgodna/.test(await page.locator('#a11y-status').innerText());
  // "Niedostępne treści" is left out only when the site is fully compliant.
  const expected = compliant ? sections.filter((s) => s !== 'Niedostępne treści') : sections;
  expect(found, `headings found: ${headings.join(' | ')}`).toEqual(expected);
});

test('links to the Rzecznik Praw Obywatelskich', async ({ page }) => {
  const link = page.locator('main a', { hasText: /Rzecznik\w* Praw Obywatelskich/ });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('href', /^https:\/\/(\w+\.)*brpo\.gov\.pl\//);
});

test('links to the telephone procedure page', async ({ page }) => {
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs).toContain(TEST_BASE_URL + PROCEDURE_PATH);
});

test('has no double full stop after a date ("r..")', async ({ page }) => {
  expect(await page.locator('main').innerText()).not.toMatch(/\.\./);
});

test('gives the a11y- prefix to the template\'s ids only', async ({ page }) => {
  const ids = await page.locator('[id^="a11y-"]').evaluateAll((els) => els.map((e) => e.id));
  const known = new Set(['a11y-deklaracja', ...mandatoryIds, ...conditionalIds]);
  expect(ids.filter((id) => !known.has(id))).toEqual([]);
});

test('points a11y-url at the site it was built for (SITE_URL and SITE_BASE)', async ({ page }) => {
  await expect(page.locator('#a11y-url')).toHaveAttribute('href', TEST_BASE_URL);
});

test('names a person or unit to report problems to, in the genitive after "do"', async ({ page }) => {
  const contact = (await page.locator('#a11y-kontakt').innerText()).trim();
  expect(contact).not.toMatch(/^Koordynator/);
  const sentence = await page.locator('p', { has: page.locator('#a11y-kontakt') }).innerText();
  expect(sentence).toContain(`możesz zgłosić do ${contact},`);
});

test('groups inaccessible content as the template does, a11y-ocena marking the burden assessment', async ({ page }) => {
  const compliant = /jest zgodna/.test(await page.locator('#a11y-status').innerText());
  const groups = (await page.locator('main h3').allInnerTexts()).map((h) => h.trim()).filter((h) => gapGroups.includes(h));
  if (!compliant) expect(groups.length).toBeGreaterThan(0);
  expect(groups).toEqual(gapGroups.filter((g) => groups.includes(g)));
  const ocena = page.locator('#a11y-ocena');
  if ((await ocena.count()) > 0) {
    expect(await ocena.evaluate((e) => e.tagName)).toBe('A');
    expect(groups).toContain('Nadmierne koszty');
  }
});

test('says to whom and how a complaint is filed, with the gov.pl guidance', async ({ page }) => {
  const procedure = page.locator('#a11y-procedura');
  await expect(procedure).toContainText(/Skargę złóż do \S+/);
  await expect(procedure.locator('a[href^="mailto:"]')).toHaveCount(1);
  await expect(procedure.locator('a[href^="https://www.gov.pl/"]')).toHaveCount(1);
});

test('links to the online accessibility request form from "Obsługa wniosków i skarg", and the form links back', async ({ page }) => {
  const link = page.locator('#wnioski-i-skargi ~ p#formularz-wniosku a');
  await expect(link).toHaveText('Zgłoś barierę i poproś o dostępność');
  await link.click();
  await expect(page.locator('h1')).toHaveText('Zgłoś barierę i poproś o dostępność');
  await expect(page.locator('main a[href$="/deklaracja-dostepnosci/"]').first()).toBeVisible();
});
