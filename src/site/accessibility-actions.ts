/**
 * Recording a coordinator's action on an accessibility request inside the
 * running site: the posted form through the schema, the signed link from the
 * page's address, then the service with this server's calendar, letters and
 * office. The Astro action is the only caller; Astro's origin check runs first.
 */
import { z } from 'zod';
import { accessibilityActionSchema, accessibilityAnswersFromForm, type AccessibilityActionForm } from '../staff/accessibility-action-schema.ts';
import { applyAccessibilityAction, type AccessibilityActionContext, type AccessibilityActionResult } from '../staff/accessibility-service.ts';
import { requestIdFromToken } from '../staff/signed-links.ts';
import { callbackContent, database } from './callback-runtime.ts';
import { getLetters } from './office-data.ts';
import { signingKey } from './staff-links.ts';

const site = new URL(import.meta.env.SITE);

/** The action's input: the posted `FormData`, read field by field, then the schema. */
export const accessibilityActionInput = z
  .custom<FormData>((value) => value instanceof FormData)
  .transform((data) => accessibilityAnswersFromForm(data))
  .pipe(accessibilityActionSchema);

/** The service's context at `now`. */
export async function accessibilityActionContext(now: Date): Promise<AccessibilityActionContext> {
  const [c, letters] = await Promise.all([callbackContent, getLetters()]);
  return {
    now,
    calendar: c.calendar,
    letters,
    sender: { officeName: c.office.nazwa, coordinator: c.office.koordynator },
    messageIdHost: site.hostname || 'localhost',
    fallbackEmails: c.fallbackUnit.email,
  };
}

/** Record `form` on the request the signed `token` names; `forbidden` when the token is not ours. */
export async function recordAccessibilityAction(token: string | undefined, form: AccessibilityActionForm, now = new Date()): Promise<AccessibilityActionResult | { kind: 'forbidden' }> {
  const id = token ? requestIdFromToken(signingKey(), token) : undefined;
  if (id === undefined) return { kind: 'forbidden' };
  return applyAccessibilityAction(database(), id, form, await accessibilityActionContext(now));
}
