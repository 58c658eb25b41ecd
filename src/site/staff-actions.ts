/**
 * Recording a staff action inside the running site: the posted form through
 * the schema, the signed link from the page's address, then the service.
 * The Astro action is the only caller; Astro's origin check runs first.
 */
import { z } from 'zod';
import { requestIdFromToken } from '../staff/signed-links.ts';
import { staffActionSchema, staffAnswersFromForm, type StaffActionForm } from '../staff/staff-action-schema.ts';
import { applyStaffAction, type StaffActionResult } from '../staff/staff-service.ts';
import { database } from './callback-runtime.ts';
import { signingKey } from './staff-links.ts';
import { staffContext } from './staff-runtime.ts';

/** The action's input: the posted `FormData`, read field by field, then the schema. */
export const staffActionInput = z
  .custom<FormData>((value) => value instanceof FormData)
  .transform((data) => staffAnswersFromForm(data))
  .pipe(staffActionSchema);

/** Record `form` on the request the signed `token` names; `forbidden` when the token is not ours. */
export async function recordStaffAction(token: string | undefined, form: StaffActionForm, now = new Date()): Promise<StaffActionResult | { kind: 'forbidden' }> {
  const id = token ? requestIdFromToken(signingKey(), token) : undefined;
  if (id === undefined) return { kind: 'forbidden' };
  return applyStaffAction(database(), id, form, await staffContext(now));
}

/** The sign-in request's input: one e-mail address. */
export const signInInput = z
  .custom<FormData>((value) => value instanceof FormData)
  .transform((data) => ({ email: typeof data.get('email') === 'string' ? String(data.get('email')) : undefined }))
  .pipe(
    z.object({
      email: z
        .string({ error: 'Wpisz swój służbowy adres e-mail' })
        .max(254, { error: 'Adres e-mail jest za długi' })
        .transform((v) => v.trim())
        .pipe(z.email({ error: 'Wpisz adres e-mail w postaci nazwa@domena.pl' })),
    }),
  );
