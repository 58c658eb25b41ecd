/**
 * To the resident (if they gave an e-mail) when the unit cannot serve them as
 * asked and proposes another date or another form of contact, as the
 * sign-language act requires: why, what we propose, and how to answer.
 */
import type { LabelledValue } from '../callback/request-wording.ts';
import { headerSafe } from './mail-escape.ts';
import { Facts, MailDocument, MailTitle, Paragraphs, factLines, renderMailHtml } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';

/** What the message says. */
export interface ResidentProposalData {
  reference: string;
  to: string;
  /** The clerk's reasons, as typed (cleaned). */
  reasons: string;
  /** Another date, as the clerk wrote it, if proposed. */
  proposedDate?: string | undefined;
  /** Another form of contact, as the clerk wrote it, if proposed. */
  proposedForm?: string | undefined;
  /** The means the resident chose, in the form's words. */
  chosenMeans: string;
  unitName: string;
  unitPhone: string;
  /** The unit's address: the resident's reply goes there. */
  unitEmail?: string | undefined;
  officeName: string;
  officePhone: string;
  messageId: string;
}

/** Everything the message says, each fact once; the HTML and the text part are both built from it. */
export interface ResidentProposalView {
  subject: string;
  title: string;
  opening: string[];
  facts: LabelledValue[];
  closing: string[];
}

/** The message's view. */
export function residentProposalView(d: ResidentProposalData): ResidentProposalView {
  const facts: LabelledValue[] = [['Dlaczego', d.reasons]];
  if (d.proposedDate) facts.push(['Proponowany termin', d.proposedDate]);
  if (d.proposedForm) facts.push(['Proponowana forma kontaktu', d.proposedForm]);
  return {
    subject: headerSafe(`Propozycja innego terminu lub formy kontaktu – prośba ${d.reference}`),
    title: 'Proponujemy inny termin lub formę kontaktu',
    opening: [
      'Dzień dobry,',
      `w prośbie nr ${d.reference} wybrałeś(-aś): ${d.chosenMeans}. Nie możemy tego zapewnić tak, jak prosisz. Oto dlaczego i co proponujemy:`,
    ],
    facts,
    closing: [
      `Odpisz na tę wiadomość albo zadzwoń, czy propozycja Ci odpowiada: ${d.unitName}, tel. ${d.unitPhone}. Podaj numer prośby: ${d.reference}. Jeśli nie odpowiada, napisz, co będzie dla Ciebie dobre: poszukamy innego rozwiązania.`,
      `Możesz też zadzwonić do Punktu Obsługi Mieszkańców: ${d.officePhone}.`,
      d.officeName,
    ],
  };
}

/** The text part. */
export function residentProposalText(v: ResidentProposalView): string {
  return [v.title, v.opening.join('\n\n'), factLines(v.facts).join('\n'), v.closing.join('\n\n')].join('\n\n');
}

/** The HTML part. */
export function ResidentProposal({ view: v }: { view: ResidentProposalView }) {
  return (
    <MailDocument title={v.subject} large>
      <MailTitle>{v.title}</MailTitle>
      <Paragraphs items={v.opening} />
      <Facts rows={v.facts} />
      <Paragraphs items={v.closing} />
    </MailDocument>
  );
}

/** The rendered message. */
export function renderResidentProposalMail(d: ResidentProposalData): MailMessage {
  const view = residentProposalView(d);
  const message: MailMessage = {
    messageId: d.messageId,
    to: [d.to],
    subject: view.subject,
    text: residentProposalText(view),
    html: renderMailHtml(<ResidentProposal view={view} />),
    headers: { 'X-Oddzwonimy-Reference': d.reference },
  };
  if (d.unitEmail) message.replyTo = d.unitEmail;
  return message;
}
