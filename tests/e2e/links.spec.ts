/**
 * Links: crawl from the home page. Internal targets answer 2xx, every
 * #fragment exists on its page, no link leaves the base path, and external
 * links (never fetched) are absolute http(s), mailto: or tel:.
 */
import { expect, test } from '@playwright/test';
import { crawlSite, linkScope, withoutHash, type Crawl } from '../support/crawl.ts';
import { procedureText } from '../support/pages.ts';
import { TEST_BASE } from '../support/test-env.ts';

test.describe.configure({ mode: 'default' });

let crawl: Crawl;
test.beforeAll(async ({ browser }, testInfo) => {
  crawl = await crawlSite(browser, testInfo.project.use.javaScriptEnabled !== false);
});

const isWeb = (href: string) => /^https?:/.test(href);

test('the crawl reaches the pages and the TXT procedure', () => {
  const html = [...crawl.urls].filter(([, r]) => r.ids !== undefined);
  expect(html.length, 'HTML pages reached from the home page').toBeGreaterThan(1);
  expect([...crawl.urls.keys()], 'the TXT procedure is not linked').toContain(procedureText.url);
});

test('every internal link and resource answers 2xx, under the base path', () => {
  const problems: string[] = [];
  for (const link of crawl.links) {
    if (!isWeb(link.href)) continue;
    const scope = linkScope(link.href);
    if (scope === 'outside-base') problems.push(`${link.from}: ${link.raw} leaves the base path ${TEST_BASE}`);
    if (scope !== 'internal' || link.kind === 'form') continue;
    const answer = crawl.urls.get(withoutHash(link.href));
    if (!answer) problems.push(`${link.from}: ${link.raw} was not fetched`);
    else if (answer.status < 200 || answer.status > 299) problems.push(`${link.from}: ${link.raw} → HTTP ${answer.status}`);
  }
  expect([...new Set(problems)], 'broken internal links').toEqual([]);
});

test('every #fragment exists as an id on its target page', () => {
  const problems: string[] = [];
  for (const link of crawl.links) {
    if (link.kind !== 'a' || !isWeb(link.href) || linkScope(link.href) !== 'internal') continue;
    const fragment = decodeURIComponent(new URL(link.href).hash.slice(1));
    if (fragment === '') continue;
    const answer = crawl.urls.get(withoutHash(link.href));
    if (!answer || answer.status > 299) continue; // reported by the test above
    if (!answer.ids) problems.push(`${link.from}: ${link.raw} points into a page that is not HTML`);
    else if (!answer.ids.has(fragment)) problems.push(`${link.from}: ${link.raw}: no id="${fragment}" on the target`);
  }
  expect([...new Set(problems)], 'fragments without a target').toEqual([]);
});

test('external links are absolute http(s), mailto: or tel:', () => {
  const problems: string[] = [];
  for (const link of crawl.links) {
    if (isWeb(link.href) && linkScope(link.href) !== 'external') continue;
    const ok = /^https?:\/\/[^/\s]+\.[^/\s]+/.test(link.raw) || /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/.test(link.raw) || /^tel:\+?[\d-]+$/.test(link.raw);
    if (!ok) problems.push(`${link.from}: ${link.raw}`);
  }
  expect([...new Set(problems)], 'external links that are not absolute http(s), mailto: or tel:').toEqual([]);
});
