/** To the resident (if they gave an e-mail) after a transfer: who handles it now and the number they call from. */
import { headerSafe } from './mail-escape.ts';
import { renderBlockMail, type MailBlock } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';

/** What the message says. */
export interface ResidentTransferData {
  reference: string;
  to: string;
  unitName: string;
  unitPhone: string;
  /** The unchanged deadline in words ("we wtorek, 1 grudnia 2026 r., do godz. 15:30"). */
  deadlineLabel: string;
  officeName: string;
  officePhone: string;
  messageId: string;
}

/** The blocks of the message (HTML and text are built from them). */
export function residentTransferBlocks(d: ResidentTransferData): MailBlock[] {
  return [
    { kind: 'p', text: 'Dzień dobry,' },
    { kind: 'p', text: `Twoją prośbą nr ${d.reference} zajmie się teraz: ${d.unitName}.` },
    { kind: 'p', text: `Skontaktujemy się z Tobą z numeru ${d.unitPhone}.`, strong: true },
    { kind: 'p', text: `Termin się nie zmienia: najpóźniej ${d.deadlineLabel}.` },
    { kind: 'p', text: `Jeśli nikt się nie odezwie do tego czasu, zadzwoń do Punktu Obsługi Mieszkańców: ${d.officePhone}. Podaj numer prośby: ${d.reference}.` },
    { kind: 'p', text: d.officeName },
  ];
}

/** The rendered message. */
export function renderResidentTransferMail(d: ResidentTransferData): MailMessage {
  const subject = headerSafe(`Nowy numer, z którego zadzwonimy – prośba ${d.reference}`);
  const blocks = residentTransferBlocks(d);
  const heading = 'Twoją prośbą zajmie się inna jednostka';
  return { messageId: d.messageId, to: [d.to], subject, ...renderBlockMail(subject, heading, blocks), headers: { 'X-Oddzwonimy-Reference': d.reference } };
}
