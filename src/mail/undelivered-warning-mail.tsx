/**
 * The give-up warning: a message could not be delivered within the retry
 * window, so the fallback unit hears which one, to whom, after how many
 * attempts and why, and what to do. The outbox worker decides when; this
 * file decides what it says.
 */
import type { LabelledValue } from '../callback/request-wording.ts';
import { headerSafe } from './mail-escape.ts';
import { Facts, MailDocument, MailTitle, Paragraphs, factLines, renderMailHtml } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';

/** How delivery went before giving up. */
export interface DeliveryFailure {
  attempts: number;
  /** Short reason without addresses (see the worker's `describeError`). */
  lastError: string;
}

/** Everything the warning says. */
export interface UndeliveredWarningView {
  subject: string;
  title: string;
  facts: LabelledValue[];
  advice: string;
}

/** The warning's view of an undelivered message. */
export function undeliveredWarningView(original: MailMessage, delivery: DeliveryFailure): UndeliveredWarningView {
  const reference = original.headers['X-Oddzwonimy-Reference'] ?? 'bez numeru';
  return {
    subject: headerSafe(`Nie dostarczono: prośba o kontakt ${reference}`),
    title: 'Nie udało się dostarczyć wiadomości z prośbą o kontakt.',
    facts: [
      ['Temat', original.subject],
      ['Adresaci', original.to.join(', ')],
      ['Prób', String(delivery.attempts)],
      ['Ostatni błąd', delivery.lastError],
    ],
    advice:
      'Sprawdź adresy jednostki w content/jednostki.yaml i ustawienia poczty (SMTP_URL). Prośba jest zapisana w bazie; skontaktuj się z mieszkańcem według danych w bazie albo przekaż ją właściwej jednostce.',
  };
}

/** The text part. */
export function undeliveredWarningText(v: UndeliveredWarningView): string {
  return [v.title, ...factLines(v.facts), '', v.advice].join('\n');
}

/** The HTML part. */
export function UndeliveredWarning({ view }: { view: UndeliveredWarningView }) {
  return (
    <MailDocument title={view.subject}>
      <MailTitle>{view.title}</MailTitle>
      <Facts rows={view.facts} />
      <Paragraphs items={[view.advice]} />
    </MailDocument>
  );
}

/** The warning to the fallback inbox; its Message-ID derives from the original's. */
export function renderGiveUpMail(original: MailMessage, delivery: DeliveryFailure, fallbackTo: string[]): MailMessage {
  const view = undeliveredWarningView(original, delivery);
  return {
    messageId: original.messageId.replace(/^<([^@]+)@/, '<$1.give-up@'),
    to: fallbackTo,
    subject: view.subject,
    text: undeliveredWarningText(view),
    html: renderMailHtml(<UndeliveredWarning view={view} />),
    headers: { 'X-Priority': '1 (Highest)', Importance: 'high' },
  };
}
