/**
 * Astro middleware for on-demand responses (it runs after Astro's origin check):
 * - an accepted callback form is redirected (303) to its confirmation
 *   straight after the action, with the confirmation's key in a short-lived
 *   cookie, not in the address; the form page renders only to show errors;
 * - every on-demand response (form with errors, confirmation, action RPC
 *   answers) may show personal data: `Cache-Control: no-store`.
 */
import { getActionContext } from 'astro:actions';
import { defineMiddleware } from 'astro:middleware';
import { CONFIRMATION_COOKIE, confirmationCookieOptions, confirmationLocation } from './site/callback-submission.ts';

/** The same response with `Cache-Control: no-store` (a copy when its headers are immutable). */
function noStore(response: Response): Response {
  try {
    response.headers.set('Cache-Control', 'no-store');
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set('Cache-Control', 'no-store');
    return copy;
  }
}

export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  const { action, setActionResult, serializeActionResult } = getActionContext(context);
  if (action?.calledFrom === 'form' && action.name === 'callback') {
    const result = await action.handler();
    if (!result.error && result.data.kind === 'accepted') {
      context.cookies.set(CONFIRMATION_COOKIE, result.data.viewToken, confirmationCookieOptions(context.url.protocol === 'https:'));
      return noStore(context.redirect(confirmationLocation(result.data.reference), 303));
    }
    setActionResult(action.name, serializeActionResult(result));
  }
  return noStore(await next());
});
