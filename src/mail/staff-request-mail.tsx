/**
 * The e-mail to the unit that must contact the resident: the deadline and
 * where a reply goes first, then what helps in the contact, how to make
 * contact, who asks, the matter, the procedure's standards for this contact
 * method as a checklist, and when the request was received. A chosen window
 * comes as a calendar entry (see `contact-window-invitation.ts`).
 */
import { contactNeeds } from '../callback/callback-options.ts';
import type { CallbackRequest } from '../callback/callback-request.ts';
import { formatPhone } from '../phone/phone-number.ts';
import { whoAsks, type LabelledValue } from '../callback/request-wording.ts';
import { contactWindowIcs, invitationNote } from './contact-window-invitation.ts';
import { messageIdFor, type MailContext } from './mail-context.ts';
import { headerSafe } from './mail-escape.ts';
import { Bullets, Checklist, Facts, Lead, Links, MailDocument, MailTitle, Notice, Paragraphs, Section, bulletLines, checklistLines, factLines, linkLines, renderMailHtml, section } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';
import { checklistFor, isCall, type ChecklistItem } from './procedure-checklist.ts';

/** The staff side's links in a unit's e-mail (absolute addresses). */
export interface StaffMailLinks {
  /** The request's signed page: its state, history and actions. */
  request: string;
  /** The unit's list of open requests (through sign-in when needed). */
  list: string;
}

/** A link with its words. */
export interface MailLink {
  text: string;
  href: string;
}

/** Everything the staff e-mail says, each fact once. */
export interface StaffMailView {
  subject: string;
  title: string;
  deadline: string;
  /** Where a reply goes ("Odpowiedź … trafi do mieszkańca" / "Nie odpowiadaj …"). */
  replyWarning: string;
  /** Links to the staff side (the request's page, the unit's list), when the site has them. */
  links: MailLink[];
  /** "Co pomoże w rozmowie" for a call, "Co pomoże w kontakcie" for a written answer. */
  needsHeading: string;
  needs: string[];
  contact: LabelledValue[];
  who: LabelledValue[];
  matter: LabelledValue[];
  checklistIntro: string;
  checklist: ChecklistItem[];
  /** When the request was received and which unit it went to. */
  received: string;
  help: string;
  /** What the calendar part is, when there is one. */
  invitation?: string;
}

const shortDeadlineFormat = new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', weekday: 'short', day: 'numeric', month: 'numeric', hour: '2-digit', minute: '2-digit' });
const receivedFormat = new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'short', timeStyle: 'short' });

function needsOf(r: CallbackRequest): string[] {
  const needs: string[] = r.needs.map((n) => contactNeeds[n].staff);
  if (r.contact.method === 'wideo-pjm' && !r.needs.includes('tlumacz-pjm')) needs.push(contactNeeds['tlumacz-pjm'].staff);
  if (needs.length === 0) needs.push(isCall(r.contact.method) ? 'Mieszkaniec nie zaznaczył szczególnych potrzeb. Na początku rozmowy zapytaj, co może pomóc.' : 'Mieszkaniec nie zaznaczył szczególnych potrzeb.');
  if (r.needsText) needs.push(`Mieszkaniec napisał: ${r.needsText}`);
  return needs;
}

function contactOf(r: CallbackRequest, ctx: MailContext): LabelledValue[] {
  const method = ctx.contactWords[r.contact.method];
  const rows: LabelledValue[] = [['Sposób kontaktu', `${method.label} – ${method.staff}`]];
  if (r.contact.phone) rows.push(['Telefon', formatPhone(r.contact.phone)]);
  if (r.contact.email) rows.push(['E-mail', r.contact.email]);
  rows.push(['Kiedy', r.when.label]);
  return rows;
}

/** The staff e-mail's view of a request. */
export function staffMailView(r: CallbackRequest, ctx: MailContext, links?: StaffMailLinks): StaffMailView {
  const view: StaffMailView = {
    subject: headerSafe(`Pilne: prośba o kontakt ${r.reference} – ${r.topic.name} – do ${shortDeadlineFormat.format(new Date(r.deadline))}`, 180),
    title: `Prośba o priorytetowy kontakt nr ${r.reference}`,
    deadline: `Skontaktuj się najpóźniej ${r.deadlineLabel}.`,
    replyWarning: r.contact.email ? 'Odpowiedź na tę wiadomość trafi do mieszkańca.' : 'Nie odpowiadaj na tę wiadomość: mieszkaniec nie podał adresu e-mail.',
    links: links
      ? [
          { text: 'Zapisz, co zrobiono (weź prośbę, próba kontaktu, załatwiona)', href: links.request },
          { text: 'Lista próśb jednostki', href: links.list },
        ]
      : [],
    needsHeading: isCall(r.contact.method) ? 'Co pomoże w rozmowie' : 'Co pomoże w kontakcie',
    needs: needsOf(r),
    contact: contactOf(r, ctx),
    who: whoAsks(r),
    matter: [
      ['Temat', r.topic.name],
      ['Opis', r.description ?? '(brak – dopytaj o szczegóły sprawy)'],
    ],
    checklistIntro: isCall(r.contact.method)
      ? `${ctx.procedure.tytul} – standardy rozmowy:`
      : `${ctx.procedure.tytul} – standardy, które dotyczą odpowiedzi na piśmie (${r.contact.method === 'sms' ? 'SMS' : 'e-mail'}):`,
    checklist: checklistFor(r.contact.method, ctx.procedure, ctx.procedureUrl),
    received: `Prośbę przyjęto ${receivedFormat.format(new Date(r.createdAt))} i przypisano do: ${r.unit.name}.`,
    help: `W razie wątpliwości: Punkt Obsługi Mieszkańców, tel. ${ctx.officePhone}.`,
  };
  const invitation = invitationNote(r);
  if (invitation) view.invitation = invitation;
  return view;
}

/** The text part. */
export function staffMailText(v: StaffMailView): string {
  return [
    v.title,
    v.deadline,
    v.replyWarning,
    ...(v.links.length > 0 ? ['', ...linkLines(v.links)] : []),
    ...section(v.needsHeading, bulletLines(v.needs)),
    ...section('Jak się skontaktować', factLines(v.contact)),
    ...section('Kto prosi', factLines(v.who)),
    ...section('Sprawa', factLines(v.matter)),
    ...section('Standardy obsługi – lista kontrolna', [v.checklistIntro, ...checklistLines(v.checklist)]),
    '',
    v.received,
    ...(v.invitation ? [v.invitation] : []),
    v.help,
  ].join('\n');
}

/** The HTML part. */
export function StaffMail({ view: v }: { view: StaffMailView }) {
  return (
    <MailDocument title={v.subject}>
      <MailTitle>{v.title}</MailTitle>
      <Lead>{v.deadline}</Lead>
      <Notice>{v.replyWarning}</Notice>
      {v.links.length > 0 && <Links items={v.links} />}
      <Section heading={v.needsHeading}>
        <Bullets items={v.needs} />
      </Section>
      <Section heading="Jak się skontaktować">
        <Facts rows={v.contact} />
      </Section>
      <Section heading="Kto prosi">
        <Facts rows={v.who} />
      </Section>
      <Section heading="Sprawa">
        <Facts rows={v.matter} />
      </Section>
      <Section heading="Standardy obsługi – lista kontrolna">
        <p>{v.checklistIntro}</p>
        <Checklist items={v.checklist} />
      </Section>
      <Paragraphs items={[v.received, ...(v.invitation ? [v.invitation] : []), v.help]} />
    </MailDocument>
  );
}

/**
 * The e-mail to the unit, with the calendar entry when the resident chose a
 * window. `messageId` differs only when the same request goes to another unit.
 */
export function renderStaffMail(r: CallbackRequest, ctx: MailContext, links?: StaffMailLinks, messageId = messageIdFor(r.reference, 'staff', ctx.messageIdHost)): MailMessage {
  const view = staffMailView(r, ctx, links);
  const message: MailMessage = {
    messageId,
    to: r.unit.emails,
    subject: view.subject,
    text: staffMailText(view),
    html: renderMailHtml(<StaffMail view={view} />),
    headers: { 'X-Priority': '1 (Highest)', Importance: 'high', Priority: 'urgent', 'X-Oddzwonimy-Reference': r.reference },
  };
  const ics = contactWindowIcs(r, ctx);
  if (ics) message.ics = ics;
  if (r.contact.email) message.replyTo = r.contact.email;
  return message;
}
