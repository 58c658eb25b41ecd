/**
 * The clock's e-mails about an accessibility request: the reminder to the
 * coordinator a lead time before the office's target, and the escalation to
 * the Punkt Obsługi Mieszkańców and the coordinator when it passes. No data
 * of the person: the reference, the law, the state, the deadline, the link.
 */
import { headerSafe } from './mail-escape.ts';
import { linkLines, Links, MailDocument, MailTitle, Lead, Paragraphs, renderMailHtml } from './mail-layout.tsx';
import type { MailMessage } from './mail-message.ts';

/** What either message says. */
export interface AccessibilityDeadlineData {
  which: 'reminder' | 'escalation';
  reference: string;
  /** What the request is ("żądanie zapewnienia dostępności cyfrowej"). */
  requestName: string;
  /** State in words. */
  state: string;
  /** The office's target as people read it ("8 grudnia 2026 r."). */
  targetLabel: string;
  /** The legal last day, when it differs from the target. */
  lastDayLabel?: string;
  /** Absolute signed link to the request's page; absolute list link. */
  link: string;
  listLink: string;
  to: readonly string[];
  messageId: string;
}

/** Everything the message says, for both parts. */
export interface AccessibilityDeadlineView {
  subject: string;
  heading: string;
  lead: string;
  paragraphs: string[];
  links: { text: string; href: string }[];
}

/** The view of a reminder or an escalation. */
export function accessibilityDeadlineView(d: AccessibilityDeadlineData): AccessibilityDeadlineView {
  const legal = d.lastDayLabel ? ` (termin ustawowy: ${d.lastDayLabel})` : '';
  const facts = `Wniosek nr ${d.reference}: ${d.requestName}. Stan: ${d.state}.`;
  if (d.which === 'reminder') {
    return {
      subject: headerSafe(`Przypomnienie: wniosek o dostępność ${d.reference} – termin ${d.targetLabel}`),
      heading: `Przypomnienie: wniosek o dostępność nr ${d.reference}`,
      lead: `Wniosek jest nadal otwarty. Odpowiedz wnioskodawcy najpóźniej ${d.targetLabel}${legal}.`,
      paragraphs: [facts, 'Jeśli nie zdążysz, przedłuż termin na stronie wniosku: portal wyśle pismo z powodami i nowym terminem (najpóźniej 2 miesiące od dnia wystąpienia z wnioskiem).'],
      links: [{ text: 'Otwórz wniosek i zapisz, co zrobiono', href: d.link }, { text: 'Lista próśb i wniosków', href: d.listLink }],
    };
  }
  return {
    subject: headerSafe(`Minął termin: wniosek o dostępność ${d.reference}`),
    heading: `Minął termin wniosku o dostępność nr ${d.reference}`,
    lead: `Urząd miał odpowiedzieć najpóźniej ${d.targetLabel}${legal}, a wniosek jest nadal otwarty.`,
    paragraphs: [facts, 'Wnioskodawca może już złożyć skargę. Ustal z koordynatorem do spraw dostępności, kto jeszcze dziś wyśle odpowiedź albo pismo o przedłużeniu terminu.'],
    links: [{ text: 'Otwórz wniosek', href: d.link }, { text: 'Lista wszystkich otwartych próśb i wniosków', href: d.listLink }],
  };
}

/** The text part. */
export function accessibilityDeadlineText(v: AccessibilityDeadlineView): string {
  return [v.heading, '', v.lead, '', ...v.paragraphs.flatMap((p) => [p, '']), ...linkLines(v.links)].join('\n');
}

/** The HTML part. */
export function AccessibilityDeadlineMail({ view }: { view: AccessibilityDeadlineView }) {
  return (
    <MailDocument title={view.subject}>
      <MailTitle>{view.heading}</MailTitle>
      <Lead>{view.lead}</Lead>
      <Paragraphs items={view.paragraphs} />
      <Links items={view.links} />
    </MailDocument>
  );
}

/** The rendered message. */
export function renderAccessibilityDeadlineMail(d: AccessibilityDeadlineData): MailMessage {
  const view = accessibilityDeadlineView(d);
  const headers: Record<string, string> = { 'X-Oddzwonimy-Reference': d.reference, Importance: 'high' };
  if (d.which === 'escalation') headers['X-Priority'] = '1 (Highest)';
  return { messageId: d.messageId, to: [...d.to], subject: view.subject, text: accessibilityDeadlineText(view), html: renderMailHtml(<AccessibilityDeadlineMail view={view} />), headers };
}
