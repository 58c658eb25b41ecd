/**
 * Astro actions. `callback` is thin: the schema validates the answers, the
 * service decides and stores, the page redirects or shows the errors.
 */
import { defineAction } from 'astro:actions';
import { callbackFormSchema } from '../callback/callback-schema.ts';
import { submitCallback } from '../callback/callback-service.ts';
import { callbackContent, callbackContext, database } from '../site/callback-runtime.ts';

const content = await callbackContent;

/** The callback form's schema for the topics in content. */
export const callbackInput = callbackFormSchema({ topicIds: content.topics.map((t) => t.id) });

export const server = {
  callback: defineAction({
    accept: 'form',
    input: callbackInput,
    handler: async (input, context) => {
      const ctx = await callbackContext(new Date(), context.site ?? context.url);
      const result = await submitCallback(database(), input, ctx);
      if (result.kind === 'accepted') return { kind: 'accepted' as const, reference: result.reference, viewToken: result.viewToken };
      return result;
    },
  }),
};
