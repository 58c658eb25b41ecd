/**
 * The short confirmation to the resident (only when they gave an e-mail):
 * the reference, who handles it, the deadline, what the unit's phone means
 * for them and whom to call if nobody gets in touch.
 */
import type { CallbackRequest } from '../callback/callback-request.ts';
import { unitPhoneText } from '../callback/request-wording.ts';
import { messageIdFor, type MailContext } from './mail-context.ts';
import { MailDocument, Paragraphs, renderMailHtml } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';

/** Everything the confirmation says. */
export interface ResidentConfirmationView {
  subject: string;
  paragraphs: string[];
}

/** The confirmation's view of a request. */
export function residentConfirmationView(r: CallbackRequest, ctx: MailContext): ResidentConfirmationView {
  return {
    subject: `Przyjęliśmy Twoją prośbę o kontakt – numer ${r.reference}`,
    paragraphs: [
      'Dzień dobry,',
      `przyjęliśmy Twoją prośbę o kontakt. Jej numer to ${r.reference}.`,
      `Sprawa: ${r.topic.name}. Zajmie się nią: ${r.unit.name}.`,
      `Skontaktujemy się z Tobą najpóźniej ${r.deadlineLabel}. Sposób kontaktu: ${ctx.contactWords[r.contact.method].label}.`,
      unitPhoneText(r),
      `Jeśli nikt się nie odezwie do tego czasu, zadzwoń do Punktu Obsługi Mieszkańców: ${ctx.officePhone}. Podaj numer prośby: ${r.reference}.`,
      ctx.officeName,
    ],
  };
}

/** The text part. */
export function residentConfirmationText(v: ResidentConfirmationView): string {
  return v.paragraphs.join('\n\n');
}

/** The HTML part. */
export function ResidentConfirmation({ view }: { view: ResidentConfirmationView }) {
  return (
    <MailDocument title={view.subject} large>
      <Paragraphs items={view.paragraphs} />
    </MailDocument>
  );
}

/** The confirmation to the resident, or `undefined` when they gave no e-mail. */
export function renderResidentConfirmation(r: CallbackRequest, ctx: MailContext): MailMessage | undefined {
  if (!r.contact.email) return undefined;
  const view = residentConfirmationView(r, ctx);
  return {
    messageId: messageIdFor(r.reference, 'resident', ctx.messageIdHost),
    to: [r.contact.email],
    subject: view.subject,
    text: residentConfirmationText(view),
    html: renderMailHtml(<ResidentConfirmation view={view} />),
    headers: { 'X-Oddzwonimy-Reference': r.reference },
  };
}
