/** To each unit on a working-day morning: its open requests, overdue first, then by deadline. */
import { headerSafe } from './mail-escape.ts';
import { renderBlockMail, type MailBlock } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';
import { summaryLine, type RequestSummary } from './staff-notice-data.ts';

/** What the digest says. */
export interface StaffDigestData {
  unitName: string;
  /** The day in words: "środa, 2 grudnia". */
  dayLabel: string;
  /** Open requests, overdue first, then by deadline. */
  requests: readonly RequestSummary[];
  to: readonly string[];
  listLink: string;
  messageId: string;
}

/** The blocks of the digest (HTML and text are built from them). */
export function staffDigestBlocks(d: StaffDigestData): MailBlock[] {
  const overdue = d.requests.filter((r) => r.overdue).length;
  const blocks: MailBlock[] = [
    { kind: 'p', text: `${d.unitName}: otwarte prośby o kontakt: ${d.requests.length}${overdue > 0 ? `, w tym po terminie: ${overdue}` : ''}.`, strong: true },
    { kind: 'list', items: d.requests.map(summaryLine) },
  ];
  for (const r of d.requests) blocks.push({ kind: 'link', text: `Otwórz prośbę ${r.reference}`, href: r.link });
  blocks.push({ kind: 'link', text: 'Lista próśb jednostki', href: d.listLink });
  return blocks;
}

/** The rendered digest. */
export function renderStaffDigestMail(d: StaffDigestData): MailMessage {
  const subject = headerSafe(`Otwarte prośby o kontakt (${d.requests.length}) – ${d.unitName} – ${d.dayLabel}`);
  const heading = `Otwarte prośby o kontakt – ${d.dayLabel}`;
  const blocks = staffDigestBlocks(d);
  return { messageId: d.messageId, to: [...d.to], subject, ...renderBlockMail(subject, heading, blocks), headers: {} };
}
