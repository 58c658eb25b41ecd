/**
 * The user preferences a page's CSS can answer to (dark scheme, forced
 * colours, more contrast, reduced motion), how Playwright emulates each, and
 * which of them a page's style sheets actually name. axe runs once more under
 * each preference the page answers to; under one it does not name, the page
 * renders exactly as in the run without preferences.
 */
import type { Page } from '@playwright/test';

/** One preference: the media feature that names it and how to emulate it. */
export interface MediaPreference {
  label: string;
  /** Media feature, as written in CSS. */
  feature: string;
  media: { colorScheme?: 'dark'; forcedColors?: 'active'; contrast?: 'more'; reducedMotion?: 'reduce' };
}

/** Every preference the suite emulates. A page whose CSS names a preference not listed here fails. */
export const MEDIA_PREFERENCES: readonly MediaPreference[] = [
  { label: 'dark scheme', feature: 'prefers-color-scheme', media: { colorScheme: 'dark' } },
  { label: 'forced colours', feature: 'forced-colors', media: { forcedColors: 'active' } },
  { label: 'more contrast', feature: 'prefers-contrast', media: { contrast: 'more' } },
  { label: 'reduced motion', feature: 'prefers-reduced-motion', media: { reducedMotion: 'reduce' } },
];

/** The context's defaults: no preference at all. */
export const NO_PREFERENCE = { colorScheme: 'light', forcedColors: 'none', contrast: 'no-preference', reducedMotion: 'no-preference' } as const;

/** Media features that state a user preference (as opposed to viewport or media type). */
const isPreference = (feature: string) => /^(prefers-|forced-colors$|inverted-colors$)/.test(feature);

/**
 * The media features named anywhere in the page's CSS: style sheets
 * (nested and imported rules included), their `media` attributes and
 * `media` on any element (`<source>`, `<link>`).
 */
export async function mediaFeaturesOf(page: Page): Promise<string[]> {
  const features = await page.evaluate(() => {
    const texts: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) texts.push(rule.conditionText);
        if (rule instanceof CSSImportRule && rule.styleSheet) {
          texts.push(rule.media.mediaText);
          walk(rule.styleSheet.cssRules);
        }
        if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) {
      texts.push(sheet.media.mediaText);
      walk(sheet.cssRules);
    }
    for (const el of document.querySelectorAll('[media]')) texts.push(el.getAttribute('media') ?? '');
    return texts.flatMap((text) => [...text.matchAll(/\(\s*([a-z-]+)\s*[:)]/g)].map((m) => m[1] as string));
  });
  return [...new Set(features)].sort();
}

/** The preferences to check the page under, and any preference feature its CSS names that the suite cannot emulate. */
export async function preferencesOf(page: Page): Promise<{ preferences: MediaPreference[]; unknown: string[] }> {
  const named = (await mediaFeaturesOf(page)).filter(isPreference);
  return {
    preferences: MEDIA_PREFERENCES.filter((p) => named.includes(p.feature)),
    unknown: named.filter((f) => !MEDIA_PREFERENCES.some((p) => p.feature === f)),
  };
}
