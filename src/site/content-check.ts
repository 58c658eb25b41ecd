/**
 * The content check as the site runs it: the checker of `src/content/` with
 * every cross-file rule, each from the module that owns what it protects.
 * `npm run check:content`, the build and the tests all run this one list.
 */
import { checkContent, type CheckOptions, type ContentReport, type ContentTexts } from '../content/check-content.ts';
import type { ContentRule } from '../content/content-rule.ts';
import { letterTemplatesRule } from '../accessibility-requests/letter-templates-rule.ts';
import { reservedTopicRule } from '../callback/reserved-topic-rule.ts';
import { checklistLettersRule } from '../mail/checklist-content-rule.ts';
import { internalLinksRule } from './internal-links-rule.ts';
import { signVideoRule } from './sign-video-rule.ts';

/** Every cross-file rule, in the order their messages are listed. */
export const contentRules: readonly ContentRule[] = [reservedTopicRule, checklistLettersRule, internalLinksRule, signVideoRule, letterTemplatesRule];

/** Check the editors' files with the schemas and every rule; an empty `errors` list means the site may be built. */
export function checkSiteContent(texts: ContentTexts, options: CheckOptions): ContentReport {
  return checkContent(texts, { ...options, rules: contentRules });
}
