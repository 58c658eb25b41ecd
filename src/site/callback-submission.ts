/**
 * Accepting a callback form inside the running site: the schema for the
 * topics in content, the service with this server's database and content,
 * and the address of the confirmation page. The Astro action and the
 * server's direct path (see `src/server/direct-submission.ts`) both accept
 * through here; loading this module offers the direct path to the server.
 */
import { z } from 'zod';
import { callbackFormSchema, type CallbackForm } from '../callback/callback-schema.ts';
import { submitCallback, type SubmitResult } from '../callback/callback-service.ts';
import { timingProblem } from '../callback/callback-timing.ts';
import { answersFromForm, HONEYPOT_FIELD } from '../callback/form-answers.ts';
import { offerDirectSubmission } from '../server/direct-submission.ts';
import { callbackContent, callbackContext, database } from './callback-runtime.ts';
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

/** Store valid answers and queue their e-mails (resolves once on disk). */
export async function acceptCallback(form: CallbackForm, now = new Date()): Promise<SubmitResult> {
  return submitCallback(database(), form, await callbackContext(now, site));
}

/** Where the resident is sent after an accepted request: the confirmation with its reference and view token. */
export function confirmationLocation(reference: string, viewToken: string): string {
  return `${href('callbackConfirmation')}?${new URLSearchParams({ nr: reference, t: viewToken })}`;
}

/** The form's action address (what the browser posts to). */
export const CALLBACK_ACTION_PATH = `${href('callback')}?_action=callback`;

/**
 * Accept a URL-encoded form body when it is valid and complete; `undefined`
 * when the page must answer instead (errors, the honeypot, a day no longer
 * offered). Nothing is stored unless it returns a location.
 */
export async function acceptPostedBody(body: string): Promise<string | undefined> {
  const posted = new URLSearchParams(body);
  if (posted.get(HONEYPOT_FIELD)) return undefined;
  const parsed = callbackInput.safeParse(answersFromForm(posted));
  if (!parsed.success) return undefined;
  const result = await acceptCallback(parsed.data);
  return result.kind === 'accepted' ? confirmationLocation(result.reference, result.viewToken) : undefined;
}

offerDirectSubmission({ path: CALLBACK_ACTION_PATH, site: site.href, accept: acceptPostedBody });
