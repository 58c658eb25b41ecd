/**
 * The one-off test e-mail an operator sends with `npm run mail:test -- adres`
 * (scripts/send-test-mail.ts): it says what it is and through what it came,
 * and carries no personal data. src/mail/delivery-report.ts says what
 * happened to it.
 */
import { headerSafe } from './mail-escape.ts';
import { MailDocument, MailTitle, Paragraphs, renderMailHtml } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';

/** What the test message needs. */
export interface TestMailInput {
  to: string;
  /** Host part of the Message-ID (the domain of MAIL_FROM). */
  messageIdHost: string;
  /** Unique part of the Message-ID. */
  id: string;
  now: Date;
  /** Where it goes, as the server's start-up log says it (no secrets). */
  transportDescription: string;
}

/** Everything the test message says. */
export interface TestMailView {
  subject: string;
  title: string;
  paragraphs: string[];
}

/** The test message's view. */
export function testMailView(input: TestMailInput): TestMailView {
  return {
    subject: 'Wiadomość próbna serwisu Oddzwonimy',
    title: 'To jest wiadomość próbna serwisu „Oddzwonimy”.',
    paragraphs: [
      `Wysłano ją poleceniem npm run mail:test (${input.now.toISOString()}) przez: ${input.transportDescription}.`,
      'Jeśli ją widzisz, serwer wysyła pocztę tymi samymi ustawieniami, co prośby o kontakt. Nie trzeba na nią odpowiadać.',
    ],
  };
}

/** The text part. */
export function testMailText(v: TestMailView): string {
  return `${[v.title, '', ...v.paragraphs.flatMap((p) => [p, ''])].join('\n').trimEnd()}\n`;
}

/** The HTML part. */
export function TestMail({ view }: { view: TestMailView }) {
  return (
    <MailDocument title={view.subject}>
      <MailTitle>{view.title}</MailTitle>
      <Paragraphs items={view.paragraphs} />
    </MailDocument>
  );
}

/** The test message to one address. */
export function testMailMessage(input: TestMailInput): MailMessage {
  const view = testMailView(input);
  return {
    messageId: `<test.${input.id}@${input.messageIdHost}>`,
    to: [input.to],
    subject: headerSafe(view.subject),
    text: testMailText(view),
    html: renderMailHtml(<TestMail view={view} />),
    headers: {},
  };
}
