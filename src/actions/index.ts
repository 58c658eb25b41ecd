/**
 * Astro actions, the one way a form is accepted. `callback` is thin: the
 * schema validates the answers, the site's submission module applies the
 * client's limit and stores them; the middleware redirects or the page shows
 * the errors. `staff` records what a member of staff did, for the request
 * named by the page's signed link.
 */
import { ActionError, defineAction } from 'astro:actions';
import { acceptAccessibilityRequest, accessibilityRequestActionInput } from '../site/accessibility-request-submission.ts';
import { acceptCallback, callbackActionInput } from '../site/callback-submission.ts';
import { recordStaffAction, signInInput, staffActionInput } from '../site/staff-actions.ts';
import { accessibilityActionInput, recordAccessibilityAction } from '../site/accessibility-actions.ts';
import { allowSignInRequest, clearSessionCookie, setSessionCookie, signInContext } from '../site/staff-session.ts';
import { database } from '../site/callback-runtime.ts';
import { signingKey } from '../site/staff-links.ts';
import { confirmSignIn, requestSignIn, SESSION_COOKIE, signOut } from '../staff/staff-sign-in.ts';

export const server = {
  callback: defineAction({
    accept: 'form',
    input: callbackActionInput,
    handler: async (input, context) => {
      const result = await acceptCallback(input, context.clientAddress);
      if (result.kind === 'accepted') return { kind: 'accepted' as const, reference: result.reference, viewToken: result.viewToken };
      return result;
    },
  }),
  staff: defineAction({
    accept: 'form',
    input: staffActionInput,
    handler: async (input, context) => {
      const result = await recordStaffAction(context.params['link'], input);
      if (result.kind === 'forbidden') throw new ActionError({ code: 'FORBIDDEN', message: 'Ten link nie działa.' });
      return result;
    },
  }),
  /** The coordinator's action on an accessibility request, for the request named by the page's signed link. */
  accessibilityOutcome: defineAction({
    accept: 'form',
    input: accessibilityActionInput,
    handler: async (input, context) => {
      const result = await recordAccessibilityAction(context.params['link'], input);
      if (result.kind === 'forbidden') throw new ActionError({ code: 'FORBIDDEN', message: 'Ten link nie działa.' });
      return result;
    },
  }),
  /** Ask for a sign-in link: the same answer for every address. */
  staffSignIn: defineAction({
    accept: 'form',
    input: signInInput,
    handler: async (input, context) => {
      if (!allowSignInRequest(context.clientAddress)) return { kind: 'limited' as const };
      requestSignIn(database(), input.email, await signInContext(new Date()));
      return { kind: 'answered' as const };
    },
  }),
  /** Use a sign-in link from its page (a POST, so a mail scanner's GET never uses it up). */
  staffConfirm: defineAction({
    accept: 'form',
    handler: (_input, context) => {
      const result = confirmSignIn(database(), context.params['token'] ?? '', signingKey(), new Date());
      if (result.kind !== 'ok') return { kind: result.kind };
      setSessionCookie(context.cookies, result.cookie, result.maxAgeSeconds, context.url.protocol === 'https:');
      return { kind: 'ok' as const };
    },
  }),
  /** Sign out: the session ends now. */
  staffSignOut: defineAction({
    accept: 'form',
    handler: (_input, context) => {
      signOut(database(), context.cookies.get(SESSION_COOKIE)?.value, signingKey());
      clearSessionCookie(context.cookies);
      return { kind: 'signed-out' as const };
    },
  }),
  accessibilityRequest: defineAction({
    accept: 'form',
    input: accessibilityRequestActionInput,
    handler: async (input, context) => {
      const result = await acceptAccessibilityRequest(input, context.clientAddress);
      return result.kind === 'accepted' ? { kind: 'accepted' as const, reference: result.reference } : result;
    },
  }),
};
