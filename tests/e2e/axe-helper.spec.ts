/**
 * The axe helper every page check relies on (tests/support/axe.ts) finds
 * what it must: on a page with known faults, on the first run and on a run
 * again in the same document (which reuses the axe-core loaded by the
 * first), in both projects (with JavaScript off it checks a script-free copy).
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { TEST_BASE_URL } from '../support/test-env.ts';

const FAULTY = `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><title>Strona z błędami</title></head>
<body><main><h1>Strona z błędami</h1>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">
<p style="color:#bbb;background:#fff">Za słaby kontrast tekstu.</p>
</main></body></html>`;

test('axe finds a missing alt and low contrast, on the first run and on a run again in the same page', async ({ page }) => {
  const url = `${TEST_BASE_URL}test-axe-helper/`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FAULTY }));
  await page.goto(url);
  const first = (await axeViolations(page)).map((v) => v.id);
  expect(first).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  await page.emulateMedia({ colorScheme: 'dark' });
  const again = (await axeViolations(page)).map((v) => v.id);
  expect(again).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
});
