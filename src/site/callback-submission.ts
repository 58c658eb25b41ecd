/**
 * Accepting a callback form inside the running site: the schema for the
 * topics in content, the per-client limit on stored requests, the service
 * with this server's database and content, and the confirmation's address
 * and key. The Astro action (`src/actions/index.ts`) is the one way in.
 */
import { z } from 'zod';
import { callbackFormSchema, type CallbackForm } from '../callback/callback-schema.ts';
import { submitCallback, type SubmitResult } from '../callback/callback-service.ts';
import { timingProblem } from '../callback/callback-timing.ts';
import { DETAILS_FOR_MS } from '../callback/confirmation-key.ts';
import { answersFromForm } from '../callback/form-answers.ts';
import { normaliseAddress } from '../guards/client-address.ts';
import { callbackContent, callbackContext, database } from './callback-runtime.ts';
import { submissionLimiter } from './submission-limit.ts';
import { href } from './routes.ts';

const content = await callbackContent;
const site = new URL(import.meta.env.SITE);

/** The callback form's schema for the topics in content, its "when" checked against the calendar at the moment of posting. */
export const callbackInput = callbackFormSchema({
  topicIds: content.topics.map((t) => t.id),
  timing: (answers) => timingProblem(answers, content, new Date()),
});

/** The Astro action's input: the posted `FormData`, read with {@link answersFromForm}, then the schema. */
export const callbackActionInput = z
  .custom<FormData>((value) => value instanceof FormData)
  .transform((data) => answersFromForm(data))
  .pipe(callbackInput);

const limiter = submissionLimiter;

/** The outcome of a submission: the service's, or over the client's limit (nothing stored). */
export type AcceptResult = SubmitResult | { kind: 'limited'; retryAfterSeconds: number };

/**
 * Store valid answers and queue their e-mails (resolves once on disk),
 * unless the client (`clientAddress`, as Astro gives it) has already had
 * its limit of stored requests in this window. Only a stored request counts.
 */
export async function acceptCallback(form: CallbackForm, clientAddress: string, now = new Date()): Promise<AcceptResult> {
  const place = limiter.take(normaliseAddress(clientAddress) ?? 'unknown', now.getTime());
  if (!place.ok) return { kind: 'limited', retryAfterSeconds: Math.max(1, Math.ceil(place.retryAfterMs / 1000)) };
  try {
    const result = await submitCallback(database(), form, await callbackContext(now, site));
    if (result.kind === 'invalid') place.release();
    else place.keep();
    return result;
  } catch (error) {
    place.release();
    throw error;
  }
}

/** Where the resident is sent after an accepted request: the confirmation with its reference only. */
export function confirmationLocation(reference: string): string {
  return `${href('callbackConfirmation')}?${new URLSearchParams({ nr: reference })}`;
}

/** The cookie that carries the confirmation's key from the redirect to the confirmation page. */
export const CONFIRMATION_COOKIE = 'potwierdzenie';
/** Options of the confirmation cookie: the confirmation page only, as long as the details show, `Secure` over https. */
export function confirmationCookieOptions(secure: boolean) {
  return { path: href('callbackConfirmation'), httpOnly: true, sameSite: 'lax', secure, maxAge: DETAILS_FOR_MS / 1000 } as const;
}
