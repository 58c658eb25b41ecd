/**
 * Browser-side helpers for the keyboard checks. Elements reached with Tab
 * are marked with a `data-tab-visit` attribute, so they are recognised even
 * if an island hydrates and adds elements during the walk.
 */
import type { Page } from '@playwright/test';

/** The element that has focus after a key press. */
export interface FocusedElement {
  /** False when focus is on <body> or has left the page. */
  onPage: boolean;
  /** The element was already reached earlier in this walk. */
  again: boolean;
  label: string;
  /** Computed outline or box-shadow make the focus visible. */
  indicatorVisible: boolean;
  indicator: string;
}

/** What the walk reached, read from the page after it. */
export interface WalkReport {
  /** Visible focusable elements (one per radio group) that Tab never reached. */
  missed: string[];
  /** Reached elements that came after an element later in the document. */
  outOfOrder: string[];
  /** Number of visible focusable stops on the page. */
  stops: number;
}

/** Describe the focused element; with `visit`, mark it as reached in that step. */
export async function focusedElement(page: Page, visit?: number): Promise<FocusedElement> {
  return page.evaluate((step) => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) {
      return { onPage: false, again: false, label: '(page)', indicatorVisible: false, indicator: '' };
    }
    const again = el.hasAttribute('data-tab-visit');
    if (step !== undefined && !again) el.setAttribute('data-tab-visit', String(step));
    const style = getComputedStyle(el);
    const transparent = /^(transparent|rgba\(.*,\s*0\))$/.test(style.outlineColor);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent;
    return {
      onPage: true,
      again,
      label: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}`,
      indicatorVisible: outline || style.boxShadow !== 'none',
      indicator: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
    };
  }, visit);
}

/**
 * After a walk: every visible, enabled link, button, form field and other
 * tabbable element must carry the visit mark (the radios of one group
 * count as one stop), and visit order must follow document order.
 */
export async function walkReport(page: Page): Promise<WalkReport> {
  return page.evaluate(() => {
    const label = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}`;
    const selector =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable="true"], [tabindex]';
    const groups = new Map<string, HTMLElement[]>();
    const stops: HTMLElement[][] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]')) continue;
      const rect = el.getBoundingClientRect();
      if (!el.checkVisibility({ visibilityProperty: true }) || rect.width === 0 || rect.height === 0) continue;
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const key = `${el.form?.id ?? ''}|${el.name}`;
        const group = groups.get(key);
        if (group) group.push(el);
        else {
          const members = [el];
          groups.set(key, members);
          stops.push(members);
        }
      } else stops.push([el]);
    }
    const missed = stops
      .filter((members) => !members.some((el) => el.hasAttribute('data-tab-visit')))
      .map((members) => {
        const first = members[0] as HTMLElement;
        return members.length > 1 ? `radio group "${(first as HTMLInputElement).name}"` : label(first);
      });
    const visited = [...document.querySelectorAll('[data-tab-visit]')]; // document order
    const byVisit = [...visited].sort((a, b) => Number(a.getAttribute('data-tab-visit')) - Number(b.getAttribute('data-tab-visit')));
    const outOfOrder = byVisit.filter((el, i) => i > 0 && visited.indexOf(el) < visited.indexOf(byVisit[i - 1] as Element)).map(label);
    return { missed, outOfOrder, stops: stops.length };
  });
}

/**
 * Put keyboard focus before the first element of the page, as when a
 * person arrives at it: if the page focused something itself (autofocus on
 * an error summary), Tab until focus leaves the page; the next Tab then
 * lands on the first focusable element. Returns false if focus never left
 * (a trap) within `limit` presses.
 */
export async function tabToPageStart(page: Page, limit: number): Promise<boolean> {
  for (let presses = 0; presses < limit; presses++) {
    if (!(await focusedElement(page)).onPage) return true;
    await page.keyboard.press('Tab');
  }
  return !(await focusedElement(page)).onPage;
}

/** Press Tab until the element matching `selector` has focus (keyboard only); throws after `limit` presses. */
export async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** What one Tab walk through a page found. */
export interface TabWalk {
  /** Focus left the page from where the page put it, so the walk started at the top. */
  startedAtTop: boolean;
  /** Elements reached, in order, up to the first trap. */
  visited: FocusedElement[];
  /** The element focus came back to before it left the page (a trap), if any. */
  cameBackTo?: string;
  /** Focus left the page within the limit. */
  leftPage: boolean;
  report: WalkReport;
}

/**
 * Tab from the top of the page until focus leaves it (at most `limit`
 * presses), marking every element reached; then read the walk report.
 */
export async function tabWalk(page: Page, limit: number): Promise<TabWalk> {
  const startedAtTop = await tabToPageStart(page, limit);
  const visited: FocusedElement[] = [];
  let leftPage = false;
  let cameBackTo: string | undefined;
  for (let step = 0; startedAtTop && step < limit; step++) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page, step);
    if (!focused.onPage) {
      leftPage = true;
      break;
    }
    // A date or time input takes one Tab per part (day, month, year): the same element again at once is
    // not a trap (one that kept focus for good would still never leave the page within the limit).
    if (focused.again && focused.label === visited.at(-1)?.label) continue;
    if (focused.again) {
      cameBackTo = focused.label;
      break;
    }
    visited.push(focused);
  }
  const walk: TabWalk = { startedAtTop, visited, leftPage, report: await walkReport(page) };
  if (cameBackTo !== undefined) walk.cameBackTo = cameBackTo;
  return walk;
}
