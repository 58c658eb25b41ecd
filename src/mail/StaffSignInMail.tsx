/** The one-time sign-in link to the staff lists. Works once, for 15 minutes, and signs in only from the page it opens. */
import { renderBlockMail, type MailBlock } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';

/** What the message says. */
export interface StaffSignInData {
  to: string;
  link: string;
  minutes: number;
  officeName: string;
  messageId: string;
}

/** The blocks of the message (HTML and text are built from them). */
export function staffSignInBlocks(d: StaffSignInData): MailBlock[] {
  return [
    { kind: 'p', text: 'Ktoś (zapewne Ty) poprosił o zalogowanie się do listy próśb o kontakt.' },
    { kind: 'link', text: 'Otwórz stronę logowania i kliknij „Zaloguj się”', href: d.link },
    { kind: 'p', text: `Link działa ${d.minutes} minut i tylko raz. Jeśli to nie Ty prosiłeś(-aś) o logowanie, zignoruj tę wiadomość.` },
    { kind: 'p', text: d.officeName },
  ];
}

/** The rendered message. */
export function renderStaffSignInMail(d: StaffSignInData): MailMessage {
  const subject = 'Logowanie do listy próśb o kontakt';
  const blocks = staffSignInBlocks(d);
  return { messageId: d.messageId, to: [d.to], subject, ...renderBlockMail(subject, subject, blocks), headers: {} };
}
