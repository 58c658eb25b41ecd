/**
 * Accepting an accessibility request inside the running site: the schema,
 * the service with this server's database, calendar and content, and the
 * e-mails to the accessibility coordinator (`koordynator` in content/urzad.yaml) and to
 * the person.
 */
import { z } from 'zod';
import { submitAccessibilityRequest, type AccessibilityRequestResult } from '../accessibility-requests/request-service.ts';
import { accessibilityRequestSchema, requestAnswersFromForm, type AccessibilityRequestForm } from '../accessibility-requests/request-schema.ts';
import { renderCoordinatorMail, renderRequesterConfirmation } from '../mail/accessibility-request-mails.tsx';
import { callbackContent, database } from './callback-runtime.ts';
import { href } from './routes.ts';
import { takeSubmissionPlace, type Limited } from './submission-limit.ts';
import { accessibilityRequestMailLink } from './staff-links.ts';

const site = new URL(import.meta.env.SITE);

/** The Astro action's input: the posted `FormData`, read field by field, then the schema. */
export const accessibilityRequestActionInput = z
  .custom<FormData>((value) => value instanceof FormData)
  .transform((data) => requestAnswersFromForm(data))
  .pipe(accessibilityRequestSchema);

/**
 * Store valid answers and queue their e-mails (on disk when it returns),
 * unless the client has had its limit of stored requests in this window
 * (the callback form's limit: only a stored request counts).
 */
export async function acceptAccessibilityRequest(form: AccessibilityRequestForm, clientAddress: string, now = new Date()): Promise<AccessibilityRequestResult | Limited> {
  const place = takeSubmissionPlace(clientAddress, now);
  if ('kind' in place) return place;
  try {
    // Both outcomes store a row (a honeypot hit too, as on the callback form), so both keep the place.
    const result = await storeAccessibilityRequest(form, now);
    place.keep();
    return result;
  } catch (error) {
    place.release();
    throw error;
  }
}

async function storeAccessibilityRequest(form: AccessibilityRequestForm, now: Date): Promise<AccessibilityRequestResult> {
  const content = await callbackContent;
  const mailCtx = { officeName: content.office.nazwa, messageIdHost: site.hostname || 'localhost' };
  return submitAccessibilityRequest(database(), form, {
    now,
    calendar: content.calendar,
    fallbackEmails: content.fallbackUnit.email,
    composeMails: (request, requestId) => {
      const mails = [{ kind: 'staff' as const, message: renderCoordinatorMail(request, [content.office.koordynator.email], mailCtx, accessibilityRequestMailLink(requestId)) }];
      const confirmation = renderRequesterConfirmation(request, mailCtx);
      return confirmation ? [...mails, { kind: 'resident' as const, message: confirmation }] : mails;
    },
  });
}

/** Where the person is sent after an accepted request. */
export function requestConfirmationLocation(reference: string): string {
  return `${href('accessibilityRequestConfirmation')}?${new URLSearchParams({ nr: reference })}`;
}
