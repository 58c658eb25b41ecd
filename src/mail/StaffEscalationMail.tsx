/** To the Punkt Obsługi Mieszkańców and the accessibility coordinator when an open request's deadline passes. */
import { headerSafe } from './mail-escape.ts';
import { renderBlockMail, type MailBlock } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';
import { summaryLine, type RequestSummary } from './staff-notice-data.ts';

/** What the escalation says. */
export interface StaffEscalationData {
  request: RequestSummary;
  unitPhone: string;
  to: readonly string[];
  listLink: string;
  messageId: string;
}

/** The blocks of the escalation (HTML and text are built from them). */
export function staffEscalationBlocks(d: StaffEscalationData): MailBlock[] {
  return [
    { kind: 'p', text: `Minął termin kontaktu z mieszkańcem: prośba nr ${d.request.reference}, ${d.request.unitName}. Urząd obiecał kontakt najpóźniej ${d.request.deadlineLabel}.`, strong: true },
    { kind: 'list', items: [summaryLine(d.request)] },
    { kind: 'p', text: `Ustal z jednostką (tel. ${d.unitPhone}), kto skontaktuje się z mieszkańcem jeszcze dziś, albo przekaż prośbę innej jednostce.` },
    { kind: 'link', text: 'Otwórz prośbę', href: d.request.link },
    { kind: 'link', text: 'Lista wszystkich otwartych próśb', href: d.listLink },
  ];
}

/** The rendered escalation. */
export function renderStaffEscalationMail(d: StaffEscalationData): MailMessage {
  const subject = headerSafe(`Minął termin: prośba o kontakt ${d.request.reference} (${d.request.unitName})`);
  const heading = `Minął termin prośby nr ${d.request.reference}`;
  const blocks = staffEscalationBlocks(d);
  return { messageId: d.messageId, to: [...d.to], subject, ...renderBlockMail(subject, heading, blocks), headers: { 'X-Oddzwonimy-Reference': d.request.reference, 'X-Priority': '1 (Highest)', Importance: 'high' } };
}
