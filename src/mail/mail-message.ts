/** A rendered e-mail as it is stored in the outbox and handed to a transport. */

/** Everything a transport needs; JSON-serialisable, so it survives restarts unchanged. */
export interface MailMessage {
  /** Stable `<…@…>` id: a retry sends the same id, so no inbox sees a duplicate. */
  messageId: string;
  to: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (priority). */
  headers: Record<string, string>;
  /** iCalendar invitation (text/calendar part and .ics attachment). */
  ics?: string;
}

/** What the receiving side reported for one message (`npm run mail:test` prints it). */
export type MailDelivery =
  | { kind: 'file'; path: string }
  | { kind: 'smtp'; response: string; accepted: string[]; rejected: string[] };
