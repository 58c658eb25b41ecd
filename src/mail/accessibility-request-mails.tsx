/**
 * The e-mails of an accessibility request: to the accessibility coordinator
 * (the barrier, the law, the legal last day and the office's own target, the
 * person's contact details) and a confirmation to the person when they gave
 * an e-mail (the reference, the law, the deadline and what they can do if the
 * office does not act). Text and HTML parts come from one view.
 */
import type { AccessibilityRequest } from '../accessibility-requests/accessibility-request.ts';
import { LAWS } from '../accessibility-requests/laws.ts';
import { applicantRoles, barrierPlaces, replyChannels } from '../accessibility-requests/request-schema.ts';
import { formatCalendarDate } from '../calendar/format-pl.ts';
import { formatPhone } from '../phone/phone-number.ts';
import type { LabelledValue } from '../callback/request-wording.ts';
import { messageIdFor, type MailContext } from './mail-context.ts';
import { headerSafe } from './mail-escape.ts';
import { Facts, factLines, Lead, linkLines, Links, MailDocument, MailTitle, Notice, Paragraphs, renderMailHtml, Section, section } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';

/** Everything the coordinator's e-mail says. */
export interface CoordinatorMailView {
  subject: string;
  title: string;
  lead: string;
  target: string;
  request: LabelledValue[];
  contact: LabelledValue[];
  replyNote: string;
  /** The signed link to the request's page, where the coordinator records the outcome. */
  link?: string;
}

/** The coordinator's view of a request. */
export function coordinatorMailView(r: AccessibilityRequest, link?: string): CoordinatorMailView {
  const law = LAWS[r.law];
  const target = r.clock.officeTarget === r.clock.lastDay ? '' : ` Ten dzień jest wolny od pracy: odpowiedz najpóźniej ${formatCalendarDate(r.clock.officeTarget)}`;
  const request: LabelledValue[] = [
    ['Numer', r.reference],
    ['Rodzaj', law.requestName],
    ['Podstawa', law.legalBasis],
    ['Gdzie jest bariera', barrierPlaces[r.place].label],
    ['Opis bariery', r.barrier],
  ];
  if (r.pageUrl) request.push(['Adres strony', r.pageUrl]);
  if (r.wish) request.push([r.law === 'cyfrowa' ? 'Oczekiwany sposób dostępu alternatywnego' : 'Preferowany sposób zapewnienia dostępności', r.wish]);
  if (r.role) request.push(['Wnioskodawca', applicantRoles[r.role].label]);
  request.push(['Wpłynął', new Date(r.createdAt).toLocaleString('pl-PL', { timeZone: 'Europe/Warsaw' })]);
  const contact: LabelledValue[] = [['Imię i nazwisko', r.name], ['Odpowiedź', replyChannels[r.reply.channel].label]];
  if (r.reply.email) contact.push(['E-mail', r.reply.email]);
  if (r.reply.phone) contact.push(['Telefon', formatPhone(r.reply.phone)]);
  if (r.reply.address) contact.push(['Adres', r.reply.address]);
  const view: CoordinatorMailView = {
    subject: headerSafe(`Wniosek o dostępność ${r.reference} – termin ${r.lastDayLabel}`),
    title: `Wniosek o dostępność ${r.reference}`,
    lead: `Termin ustawowy: ${r.lastDayLabel} (${law.days} dni od dnia wystąpienia z wnioskiem).`,
    target: target ? `${target}.` : '',
    request,
    contact,
    replyNote: r.reply.email ? 'Odpowiedź na tę wiadomość trafi do wnioskodawcy.' : 'Nie odpowiadaj na tę wiadomość: wnioskodawca nie podał adresu e-mail.',
  };
  if (link) view.link = link;
  return view;
}

/** The words of the link to the request's page. */
export const COORDINATOR_LINK_TEXT = 'Otwórz wniosek: weź go, przedłuż termin albo zapisz wynik (portal wyśle pismo)';

/** The text part. */
export function coordinatorMailText(v: CoordinatorMailView): string {
  return [v.title, '', v.lead, ...(v.target ? [v.target.trim()] : []), '', v.replyNote, ...(v.link ? ['', ...linkLines([{ text: COORDINATOR_LINK_TEXT, href: v.link }])] : []), ...section('Wniosek', factLines(v.request)), ...section('Dane kontaktowe', factLines(v.contact))].join('\n');
}

/** The HTML part. */
export function CoordinatorMail({ view }: { view: CoordinatorMailView }) {
  return (
    <MailDocument title={view.subject}>
      <MailTitle>{view.title}</MailTitle>
      <Lead>{view.lead}</Lead>
      {view.target && <p>{view.target.trim()}</p>}
      <Notice>{view.replyNote}</Notice>
      {view.link && <Links items={[{ text: COORDINATOR_LINK_TEXT, href: view.link }]} />}
      <Section heading="Wniosek">
        <Facts rows={view.request} />
      </Section>
      <Section heading="Dane kontaktowe">
        <Facts rows={view.contact} />
      </Section>
    </MailDocument>
  );
}

/** The e-mail to the coordinator. */
export function renderCoordinatorMail(r: AccessibilityRequest, to: readonly string[], ctx: Pick<MailContext, 'messageIdHost'>, link?: string): MailMessage {
  const view = coordinatorMailView(r, link);
  const message: MailMessage = {
    messageId: messageIdFor(r.reference, 'staff', ctx.messageIdHost),
    to: [...to],
    subject: view.subject,
    text: coordinatorMailText(view),
    html: renderMailHtml(<CoordinatorMail view={view} />),
    headers: { 'X-Oddzwonimy-Reference': r.reference, Importance: 'high' },
  };
  if (r.reply.email) message.replyTo = r.reply.email;
  return message;
}

/** Everything the person's confirmation says. */
export interface RequesterConfirmationView {
  subject: string;
  paragraphs: string[];
}

/** The person's view of their request. */
export function requesterConfirmationView(r: AccessibilityRequest, ctx: Pick<MailContext, 'officeName'>): RequesterConfirmationView {
  const law = LAWS[r.law];
  return {
    subject: `Przyjęliśmy Twój wniosek o dostępność – numer ${r.reference}`,
    paragraphs: [
      'Dzień dobry,',
      `przyjęliśmy Twój wniosek. Jego numer to ${r.reference}. To ${law.requestName} (${law.legalBasis}).`,
      `Urząd musi się nim zająć bez zbędnej zwłoki, najpóźniej do ${r.lastDayLabel}. Jeśli nie zdąży, napisze, dlaczego, i poda nowy termin – nie dłuższy niż 2 miesiące od dnia złożenia wniosku.`,
      law.nextStep + (law.nextStepUrl ? ` Więcej informacji: ${law.nextStepUrl}` : ''),
      ctx.officeName,
    ],
  };
}

/** The text part. */
export function requesterConfirmationText(v: RequesterConfirmationView): string {
  return v.paragraphs.join('\n\n');
}

/** The HTML part. */
export function RequesterConfirmation({ view }: { view: RequesterConfirmationView }) {
  return (
    <MailDocument title={view.subject} large>
      <Paragraphs items={view.paragraphs} />
    </MailDocument>
  );
}

/** The person's confirmation, or `undefined` when they gave no e-mail. */
export function renderRequesterConfirmation(r: AccessibilityRequest, ctx: Pick<MailContext, 'officeName' | 'messageIdHost'>): MailMessage | undefined {
  if (!r.reply.email) return undefined;
  const view = requesterConfirmationView(r, ctx);
  return {
    messageId: messageIdFor(r.reference, 'resident', ctx.messageIdHost),
    to: [r.reply.email],
    subject: view.subject,
    text: requesterConfirmationText(view),
    html: renderMailHtml(<RequesterConfirmation view={view} />),
    headers: { 'X-Oddzwonimy-Reference': r.reference },
  };
}
