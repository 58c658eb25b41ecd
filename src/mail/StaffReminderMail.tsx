/** To the unit, a set lead time before a request's deadline while it is still open. */
import { headerSafe } from './mail-escape.ts';
import { renderBlockMail, type MailBlock } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';
import { summaryLine, type RequestSummary } from './staff-notice-data.ts';

/** What the reminder says. */
export interface StaffReminderData {
  request: RequestSummary;
  to: readonly string[];
  listLink: string;
  officePhone: string;
  messageId: string;
}

/** The blocks of the reminder (HTML and text are built from them). */
export function staffReminderBlocks(d: StaffReminderData): MailBlock[] {
  return [
    { kind: 'p', text: `Prośba o kontakt nr ${d.request.reference} jest nadal otwarta. Skontaktuj się z mieszkańcem najpóźniej ${d.request.deadlineLabel}.`, strong: true },
    { kind: 'list', items: [summaryLine(d.request)] },
    { kind: 'link', text: 'Otwórz prośbę i zapisz, co zrobiono', href: d.request.link },
    { kind: 'link', text: 'Lista próśb jednostki', href: d.listLink },
    { kind: 'p', text: `Jeśli nie zdążysz, przekaż prośbę innej osobie albo zadzwoń do Punktu Obsługi Mieszkańców: ${d.officePhone}.` },
  ];
}

/** The rendered reminder. */
export function renderStaffReminderMail(d: StaffReminderData): MailMessage {
  const subject = headerSafe(`Przypomnienie: prośba o kontakt ${d.request.reference} – termin ${d.request.deadlineLabel}`);
  const heading = `Przypomnienie: prośba nr ${d.request.reference}`;
  const blocks = staffReminderBlocks(d);
  return { messageId: d.messageId, to: [...d.to], subject, ...renderBlockMail(subject, heading, blocks), headers: { 'X-Oddzwonimy-Reference': d.request.reference, Importance: 'high' } };
}
