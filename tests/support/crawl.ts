/**
 * Crawls the site on the test server from the home page, following every
 * internal link (same origin, under the base path). External links are
 * recorded, never fetched.
 */
import type { Browser } from '@playwright/test';
import { TEST_BASE, TEST_BASE_URL, TEST_ORIGIN } from './test-env.ts';

/** A link or resource reference found on a crawled page. */
export interface FoundLink {
  /** Page the link is on. */
  from: string;
  /** The attribute as written. */
  raw: string;
  /** Resolved absolute URL. */
  href: string;
  /** `a` for links (followed), `resource` for styles, scripts, images (fetched), `form` for form actions (checked only). */
  kind: 'a' | 'resource' | 'form';
}

/** What one internal URL answered. */
export interface CrawledUrl {
  status: number;
  contentType: string;
  /** Ids on the page, for HTML only. */
  ids?: Set<string>;
}

/** Result of a crawl. */
export interface Crawl {
  links: FoundLink[];
  /** Internal URLs (without fragment) and what they answered. */
  urls: Map<string, CrawledUrl>;
}

/** `internal` (same origin, under the base), `outside-base` (same origin, elsewhere) or `external`. */
export function linkScope(href: string): 'internal' | 'outside-base' | 'external' {
  const url = new URL(href);
  if (url.origin !== TEST_ORIGIN) return 'external';
  return url.pathname.startsWith(TEST_BASE) ? 'internal' : 'outside-base';
}

/** The URL without its fragment. */
export function withoutHash(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

/** Crawl from the home page; `javaScriptEnabled` as in the running project. */
export async function crawlSite(browser: Browser, javaScriptEnabled: boolean): Promise<Crawl> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const links: FoundLink[] = [];
  const urls = new Map<string, CrawledUrl>();
  const queue = [TEST_BASE_URL];
  const queued = new Set(queue);
  try {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const response = await context.request.get(url, { maxRedirects: 5 });
      const contentType = response.headers()['content-type'] ?? '';
      const result: CrawledUrl = { status: response.status(), contentType };
      urls.set(url, result);
      if (!response.ok() || !contentType.startsWith('text/html')) continue;
      await page.goto(url);
      const found = await page.evaluate(() => {
        const pick = (selector: string, attr: string, kind: 'a' | 'resource' | 'form') =>
          [...document.querySelectorAll(selector)].map((el) => {
            const raw = el.getAttribute(attr) ?? '';
            let href = raw;
            try {
              href = new URL(raw, document.baseURI).href;
            } catch {
              /* kept as written; reported as not absolute */
            }
            return { raw, href, kind };
          });
        return {
          ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
          links: [
            ...pick('a[href], area[href]', 'href', 'a'),
            ...pick('link[href]', 'href', 'resource'),
            ...pick('script[src], img[src], source[src], video[src], audio[src], track[src], iframe[src]', 'src', 'resource'),
            ...pick('video[poster]', 'poster', 'resource'),
            ...pick('form[action]', 'action', 'form'),
          ],
        };
      });
      result.ids = new Set(found.ids);
      for (const link of found.links) {
        links.push({ from: url, ...link });
        if (link.kind === 'form' || !/^https?:/.test(link.href) || linkScope(link.href) !== 'internal') continue;
        const target = withoutHash(link.href);
        if (!queued.has(target)) {
          queued.add(target);
          queue.push(target);
        }
      }
    }
  } finally {
    await context.close();
  }
  return { links, urls };
}
