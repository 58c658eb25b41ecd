/**
 * Astro actions, the one way a form is accepted. `callback` is thin: the
 * schema validates the answers, the site's submission module applies the
 * client's limit and stores them; the middleware redirects or the page shows
 * the errors.
 */
import { defineAction } from 'astro:actions';
import { acceptCallback, callbackActionInput } from '../site/callback-submission.ts';

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
};
