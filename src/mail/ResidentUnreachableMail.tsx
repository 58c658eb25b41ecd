/** To the resident (if they gave an e-mail) after "nie udało się skontaktować": when we tried and how to reach the unit. */
import { headerSafe } from './mail-escape.ts';
import { renderBlockMail, type MailBlock } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';

/** What the message says. */
export interface ResidentUnreachableData {
  reference: string;
  to: string;
  /** When we tried, in words, e.g. "wtorek, 1 grudnia, godz. 9:15". */
  attempts: readonly string[];
  unitName: string;
  unitPhone: string;
  officeName: string;
  officePhone: string;
  messageId: string;
}

/** The blocks of the message (HTML and text are built from them). */
export function residentUnreachableBlocks(d: ResidentUnreachableData): MailBlock[] {
  return [
    { kind: 'p', text: 'Dzień dobry,' },
    { kind: 'p', text: `próbowaliśmy się z Tobą skontaktować w sprawie prośby nr ${d.reference}, ale nie udało się.` },
    { kind: 'p', text: 'Próbowaliśmy:' },
    { kind: 'list', items: [...d.attempts] },
    { kind: 'p', text: `Zadzwoń do nas, kiedy będzie Ci wygodnie: ${d.unitName}, tel. ${d.unitPhone}. Podaj numer prośby: ${d.reference}.`, strong: true },
    { kind: 'p', text: `Możesz też zadzwonić do Punktu Obsługi Mieszkańców: ${d.officePhone}, albo wysłać nową prośbę przez formularz.` },
    { kind: 'p', text: d.officeName },
  ];
}

/** The rendered message. */
export function renderResidentUnreachableMail(d: ResidentUnreachableData): MailMessage {
  const subject = headerSafe(`Nie udało się z Tobą skontaktować – prośba ${d.reference}`);
  const blocks = residentUnreachableBlocks(d);
  const heading = 'Nie udało się z Tobą skontaktować';
  return { messageId: d.messageId, to: [d.to], subject, ...renderBlockMail(subject, heading, blocks), headers: { 'X-Oddzwonimy-Reference': d.reference } };
}
