/** What every e-mail of a callback request needs besides the request itself. */
import type { ContactWords } from '../callback/callback-options.ts';
import type { Procedure } from '../content/schemas.ts';

/** The office's side of an e-mail: names, numbers, links and addresses from content and settings. */
export interface MailContext {
  officeName: string;
  officePhone: string;
  procedure: Procedure;
  /** Absolute address of the procedure page (anchors are appended). */
  procedureUrl: string;
  /** Sender address (plain `name@host`), organiser of the invitation. */
  fromAddress: string;
  /** Host part for Message-IDs, e.g. `lomza.pl`. */
  messageIdHost: string;
  /** The wording of every contact method (the sign-language choices come from content). */
  contactWords: ContactWords;
}

/** Message-ID of one message of a request; stable across retries. */
export function messageIdFor(reference: string, kind: string, host: string): string {
  return `<${reference}.${kind}@${host}>`;
}
