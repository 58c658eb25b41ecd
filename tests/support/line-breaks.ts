/** Measures, in the browser, on how many lines each phone number and postcode of a page is drawn. */
import type { Page } from '@playwright/test';

/** Every phone number and postcode in the page's text, with the number of lines it is drawn on. */
export async function numbersAndLines(page: Page): Promise<{ text: string; lines: number }[]> {
  return page.evaluate(() => {
    // "86 215 67 00", "+48 86 215 67 00", "600 100 200"; "18-400 Łomża".
    const patterns = [/(?:\+48 )?\d{2,3}(?: \d{2,3}){2,3}/g, /\d{2}-\d{3} \p{Lu}\p{Ll}+/gu];
    const found: { text: string; lines: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style, .visually-hidden')) continue;
      const text = node.textContent ?? '';
      for (const pattern of patterns) {
        for (const m of text.matchAll(pattern)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          found.push({ text: m[0], lines: tops.size });
        }
      }
    }
    return found;
  });
}
