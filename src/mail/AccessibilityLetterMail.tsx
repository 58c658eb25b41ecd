/**
 * An accessibility request's letter by e-mail (the extension notice or an
 * outcome), from the composed letter: the heading and its paragraphs, the
 * same in the text and the HTML part. The subject names only the letter and
 * the reference.
 */
import type { ComposedLetter } from '../accessibility-requests/outcome-letters.ts';
import { formatCalendarDate } from '../calendar/format-pl.ts';
import { headerSafe } from './mail-escape.ts';
import { MailDocument, MailTitle, Paragraphs, renderMailHtml } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';

/** What the message needs besides the letter. */
export interface AccessibilityLetterMailData {
  reference: string;
  to: string;
  officeName: string;
  /** Where replies go (the coordinator). */
  replyTo: string;
  messageId: string;
}

/** Everything the message says. */
export interface AccessibilityLetterView {
  subject: string;
  heading: string;
  dateLine: string;
  paragraphs: string[];
}

/** The view of a letter. */
export function accessibilityLetterView(letter: ComposedLetter, d: Pick<AccessibilityLetterMailData, 'reference' | 'officeName'>): AccessibilityLetterView {
  return {
    subject: headerSafe(`${letter.title} – wniosek ${d.reference}`),
    heading: letter.title,
    dateLine: `${d.officeName}, ${formatCalendarDate(letter.date)}`,
    paragraphs: letter.paragraphs,
  };
}

/** The text part. */
export function accessibilityLetterText(v: AccessibilityLetterView): string {
  return [v.heading, '', v.dateLine, '', ...v.paragraphs.flatMap((p) => [p, ''])].join('\n').trim();
}

/** The HTML part. */
export function AccessibilityLetterMail({ view }: { view: AccessibilityLetterView }) {
  return (
    <MailDocument title={view.subject} large>
      <MailTitle>{view.heading}</MailTitle>
      <p>{view.dateLine}</p>
      <Paragraphs items={view.paragraphs} />
    </MailDocument>
  );
}

/** The rendered message. */
export function renderAccessibilityLetterMail(letter: ComposedLetter, d: AccessibilityLetterMailData): MailMessage {
  const view = accessibilityLetterView(letter, d);
  return {
    messageId: d.messageId,
    to: [d.to],
    replyTo: d.replyTo,
    subject: view.subject,
    text: accessibilityLetterText(view),
    html: renderMailHtml(<AccessibilityLetterMail view={view} />),
    headers: { 'X-Oddzwonimy-Reference': d.reference },
  };
}
