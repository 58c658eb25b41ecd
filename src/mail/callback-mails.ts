/** The e-mails of an accepted callback request, as the service stores them with it. */
import type { CallbackRequest } from '../callback/callback-request.ts';
import type { ComposedMail, ComposeMails } from '../callback/callback-service.ts';
import type { MailContext } from './mail-context.ts';
import { renderResidentConfirmation } from './resident-confirmation-mail.tsx';
import { renderStaffMail, type StaffMailLinks } from './staff-request-mail.tsx';

/**
 * The composer the site hands to the service: the unit's e-mail (with the
 * staff side's links when the site has them) and the resident's
 * confirmation when they gave an address.
 */
export function callbackMailComposer(ctx: MailContext, staffLinks?: (requestId: number, unitId: string) => StaffMailLinks): ComposeMails {
  return (r: CallbackRequest, stored: { id: number }): ComposedMail[] => {
    const mails: ComposedMail[] = [{ kind: 'staff', message: renderStaffMail(r, ctx, staffLinks?.(stored.id, r.unit.id)) }];
    const resident = renderResidentConfirmation(r, ctx);
    if (resident) mails.push({ kind: 'resident', message: resident });
    return mails;
  };
}
