/**
 * Astro actions. `callback` is thin: the schema validates the answers, the
 * site's submission module stores them, the page redirects or shows the
 * errors. Valid URL-encoded posts usually never reach it: the server's
 * direct path accepts them first through the same module. `staff` records
 * what a member of staff did, for the request named by the page's signed link.
 */
import { ActionError, defineAction } from 'astro:actions';
import { acceptCallback, callbackActionInput } from '../site/callback-submission.ts';
import { recordStaffAction, staffActionInput } from '../site/staff-actions.ts';

export const server = {
  callback: defineAction({
    accept: 'form',
    input: callbackActionInput,
    handler: async (input) => {
      const result = await acceptCallback(input);
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
};
