/**
 * Astro actions. `callback` is thin: the schema validates the answers, the
 * site's submission module stores them, the page redirects or shows the
 * errors. Valid URL-encoded posts usually never reach it: the server's
 * direct path accepts them first through the same module.
 */
import { defineAction } from 'astro:actions';
import { acceptAccessibilityRequest, accessibilityRequestActionInput } from '../site/accessibility-request-submission.ts';
import { acceptCallback, callbackActionInput } from '../site/callback-submission.ts';

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
  accessibilityRequest: defineAction({
    accept: 'form',
    input: accessibilityRequestActionInput,
    handler: async (input) => {
      const result = await acceptAccessibilityRequest(input);
      return result.kind === 'accepted' ? { kind: 'accepted' as const, reference: result.reference } : result;
    },
  }),
};
