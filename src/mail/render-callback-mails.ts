/**
 * The e-mails of a callback request: to the unit (what the resident needs
 * first, the deadline, the procedure's standards as a checklist, an
 * iCalendar invitation) and a short confirmation to the resident.
 * Pure: request + context in, `MailMessage` out. Resident text is escaped
 * in HTML and never placed in a header.
 */
import type { CallbackRequest } from '../callback/callback-request.ts';
import { contactMethods, contactNeeds } from '../callback/callback-options.ts';
import { formatPhone } from '../callback/phone-number.ts';
import { anchorId, citation } from '../procedure/citations.ts';
import type { Procedure } from '../content/schemas.ts';
import { escapeHtml, headerSafe } from './mail-escape.ts';
import { buildIcs } from './ics.ts';
import type { MailMessage } from './mail-message.ts';

/** The standards of § 4 ust. 1 that staff tick off, in the order of a call. */
export const CHECKLIST_LETTERS = ['h', 'l', 'd', 'm', 'i', 'j', 'o', 'k'] as const;

/** What the renderer needs besides the request. */
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
}

/** Message-ID of one message of a request; stable across retries. */
export function messageIdFor(reference: string, kind: 'staff' | 'resident' | 'give-up', host: string): string {
  return `<${reference}.${kind}@${host}>`;
}

interface ChecklistItem {
  cite: string;
  text: string;
  url: string;
}

function checklist(ctx: MailContext): ChecklistItem[] {
  const par = ctx.procedure.paragrafy.find((p) => p.numer === 4);
  const ust = par?.ustepy.find((u) => u.numer === 1);
  return CHECKLIST_LETTERS.flatMap((letter) => {
    const lit = ust?.litery?.find((l) => l.litera === letter);
    if (!lit) return [];
    const ref = { par: 4, ust: 1, lit: letter };
    return [{ cite: citation(ref), text: lit.tekst.replace(/[*]/g, '').replace(/[,.;]\s*$/, ''), url: `${ctx.procedureUrl}#${anchorId(ref)}` }];
  });
}

function needsLines(r: CallbackRequest): string[] {
  const lines: string[] = r.needs.map((n) => contactNeeds[n].staff);
  if (r.contact.method === 'wideo-pjm' && !r.needs.includes('tlumacz-pjm')) lines.push(contactNeeds['tlumacz-pjm'].staff);
  return lines;
}

function contactLines(r: CallbackRequest): [string, string][] {
  const rows: [string, string][] = [['Sposób kontaktu', `${contactMethods[r.contact.method].label} – ${contactMethods[r.contact.method].staff}`]];
  if (r.contact.phone) rows.push(['Telefon', formatPhone(r.contact.phone)]);
  if (r.contact.email) rows.push(['E-mail', r.contact.email]);
  rows.push(['Kiedy', r.when.label]);
  return rows;
}

function whoLines(r: CallbackRequest): [string, string][] {
  const rows: [string, string][] = [['Imię i nazwisko', r.name]];
  if (r.onBehalfOf) {
    rows.push(['Prosi w imieniu', r.onBehalfOf.name]);
    if (r.onBehalfOf.relation) rows.push(['Kim jest dla tej osoby', r.onBehalfOf.relation]);
  }
  return rows;
}

const shortDeadlineFormat = new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', weekday: 'short', day: 'numeric', month: 'numeric', hour: '2-digit', minute: '2-digit' });
const acceptedAtFormat = new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'short', timeStyle: 'short' });
const shortDeadline = (iso: string) => shortDeadlineFormat.format(new Date(iso));

/** The staff side's links in a unit's e-mail (absolute addresses). */
export interface StaffMailLinks {
  /** The request's signed page: its state, history and actions. */
  request: string;
  /** The unit's list of open requests (through sign-in when needed). */
  list: string;
}

/** The e-mail to the unit that must contact the resident. */
export function renderStaffMail(r: CallbackRequest, ctx: MailContext, links?: StaffMailLinks, messageId = messageIdFor(r.reference, 'staff', ctx.messageIdHost)): MailMessage {
  const needs = needsLines(r);
  const items = checklist(ctx);
  const subject = headerSafe(`Pilne: prośba o kontakt ${r.reference} – ${r.topic.name} – do ${shortDeadline(r.deadline)}`, 180);

  const text = [
    `Prośba o priorytetowy kontakt nr ${r.reference}`,
    `Skontaktuj się najpóźniej ${r.deadlineLabel}.`,
    ...(links ? ['', `Zapisz, co zrobiono (weź prośbę, próba kontaktu, załatwiona): ${links.request}`, `Lista próśb jednostki: ${links.list}`] : []),
    '',
    'CO POMOŻE W ROZMOWIE',
    ...(needs.length > 0 ? needs.map((n) => `- ${n}`) : ['- Mieszkaniec nie zaznaczył szczególnych potrzeb. Na początku rozmowy zapytaj, co może pomóc.']),
    ...(r.needsText ? [`- Mieszkaniec napisał: ${r.needsText}`] : []),
    '',
    'JAK SIĘ SKONTAKTOWAĆ',
    ...contactLines(r).map(([k, v]) => `${k}: ${v}`),
    '',
    'KTO PROSI',
    ...whoLines(r).map(([k, v]) => `${k}: ${v}`),
    '',
    'SPRAWA',
    `Temat: ${r.topic.name}`,
    `Opis: ${r.description ?? '(brak – dopytaj o szczegóły sprawy)'}`,
    '',
    'STANDARDY OBSŁUGI – LISTA KONTROLNA',
    'Procedura obsługi interesantów ze szczególnymi potrzebami przez telefon:',
    ...items.map((i) => `[ ] ${i.cite}: ${i.text}\n    ${i.url}`),
    '',
    `Prośbę przyjęto ${acceptedAtFormat.format(new Date(r.createdAt))} i przypisano do: ${r.unit.name}.`,
    r.contact.email ? 'Odpowiedź na tę wiadomość trafi do mieszkańca.' : 'Nie odpowiadaj na tę wiadomość: mieszkaniec nie podał adresu e-mail.',
    `W razie wątpliwości: Punkt Obsługi Mieszkańców, tel. ${ctx.officePhone}.`,
  ].join('\n');

  const row = ([k, v]: [string, string]) => `<tr><th scope="row" style="text-align:left;padding:4px 12px 4px 0;vertical-align:top">${escapeHtml(k)}</th><td style="padding:4px 0">${escapeHtml(v)}</td></tr>`;
  const html = `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;max-width:40em">
<h1 style="font-size:22px">Prośba o priorytetowy kontakt nr ${escapeHtml(r.reference)}</h1>
<p style="font-size:18px"><strong>Skontaktuj się najpóźniej ${escapeHtml(r.deadlineLabel)}.</strong></p>
${links ? `<p><a href="${escapeHtml(links.request)}">Zapisz, co zrobiono (weź prośbę, próba kontaktu, załatwiona)</a> · <a href="${escapeHtml(links.list)}">Lista próśb jednostki</a></p>\n` : ''}<h2 style="font-size:18px">Co pomoże w rozmowie</h2>
<ul>${needs.length > 0 ? needs.map((n) => `<li>${escapeHtml(n)}</li>`).join('') : '<li>Mieszkaniec nie zaznaczył szczególnych potrzeb. Na początku rozmowy zapytaj, co może pomóc.</li>'}${r.needsText ? `<li>Mieszkaniec napisał: ${escapeHtml(r.needsText)}</li>` : ''}</ul>
<h2 style="font-size:18px">Jak się skontaktować</h2>
<table role="presentation">${contactLines(r).map(row).join('')}</table>
<h2 style="font-size:18px">Kto prosi</h2>
<table role="presentation">${whoLines(r).map(row).join('')}</table>
<h2 style="font-size:18px">Sprawa</h2>
<p><strong>${escapeHtml(r.topic.name)}</strong></p>
<p style="white-space:pre-wrap">${escapeHtml(r.description ?? '(brak opisu – dopytaj o szczegóły sprawy)')}</p>
<h2 style="font-size:18px">Standardy obsługi – lista kontrolna</h2>
<ul style="list-style:none;padding-left:0">${items.map((i) => `<li>☐ <a href="${escapeHtml(i.url)}">${escapeHtml(i.cite)}</a>: ${escapeHtml(i.text)}</li>`).join('')}</ul>
<p>Przypisano do: ${escapeHtml(r.unit.name)}. W razie wątpliwości: Punkt Obsługi Mieszkańców, tel. ${escapeHtml(ctx.officePhone)}.</p>
</body></html>`;

  const start = r.when.start ? new Date(r.when.start) : new Date(new Date(r.deadline).getTime() - 30 * 60_000);
  const end = r.when.end ? new Date(r.when.end) : new Date(r.deadline);
  const ics = buildIcs({
    uid: `${r.reference}@${ctx.messageIdHost}`,
    stamp: new Date(r.createdAt),
    start,
    end,
    summary: `Kontakt z mieszkańcem – prośba ${r.reference} (${contactMethods[r.contact.method].label})`,
    description: `Prośba o priorytetowy kontakt nr ${r.reference}: ${r.topic.name}. Szczegóły w wiadomości e-mail.`,
    organizerEmail: ctx.fromAddress,
    organizerName: ctx.officeName,
    attendees: r.unit.emails,
  });

  const message: MailMessage = {
    messageId,
    to: r.unit.emails,
    subject,
    text,
    html,
    headers: { 'X-Priority': '1 (Highest)', Importance: 'high', Priority: 'urgent', 'X-Oddzwonimy-Reference': r.reference },
    ics,
  };
  if (r.contact.email) message.replyTo = r.contact.email;
  return message;
}

/** The short confirmation to the resident (only when they gave an e-mail). */
export function renderResidentMail(r: CallbackRequest, ctx: MailContext): MailMessage | undefined {
  if (!r.contact.email) return undefined;
  const subject = `Przyjęliśmy Twoją prośbę o kontakt – numer ${r.reference}`;
  const paragraphs = [
    'Dzień dobry,',
    `przyjęliśmy Twoją prośbę o kontakt. Jej numer to ${r.reference}.`,
    `Sprawa: ${r.topic.name}. Zajmie się nią: ${r.unit.name}.`,
    `Skontaktujemy się z Tobą najpóźniej ${r.deadlineLabel}. Sposób kontaktu: ${contactMethods[r.contact.method].label.toLowerCase()}.`,
    r.contact.method === 'telefon' ? `Zadzwonimy z numeru ${r.unit.phone}.` : `Gdybyś chciał(a) zadzwonić do nas: ${r.unit.phone}.`,
    `Jeśli nikt się nie odezwie do tego czasu, zadzwoń do Punktu Obsługi Mieszkańców: ${ctx.officePhone}. Podaj numer prośby: ${r.reference}.`,
    `${ctx.officeName}`,
  ];
  return {
    messageId: messageIdFor(r.reference, 'resident', ctx.messageIdHost),
    to: [r.contact.email],
    subject,
    text: paragraphs.join('\n\n'),
    html: `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Arial,sans-serif;font-size:18px;line-height:1.5;max-width:36em">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`,
    headers: { 'X-Oddzwonimy-Reference': r.reference },
  };
}

/** The warning to the fallback inbox when a message could not be delivered in the retry window. */
export function renderGiveUpMail(original: MailMessage, delivery: { attempts: number; lastError: string }, fallbackTo: string[]): MailMessage {
  const ref = original.headers['X-Oddzwonimy-Reference'] ?? 'bez numeru';
  const text = [
    'Nie udało się dostarczyć wiadomości z prośbą o kontakt.',
    `Temat: ${original.subject}`,
    `Adresaci: ${original.to.join(', ')}`,
    `Prób: ${delivery.attempts}. Ostatni błąd: ${delivery.lastError}`,
    '',
    'Sprawdź adresy jednostki w content/jednostki.yaml i ustawienia poczty (SMTP_URL). Prośba jest zapisana w bazie; skontaktuj się z mieszkańcem według danych w bazie albo przekaż ją właściwej jednostce.',
  ].join('\n');
  return {
    messageId: original.messageId.replace(/^<([^@]+)@/, '<$1.give-up@'),
    to: fallbackTo,
    subject: headerSafe(`Nie dostarczono: prośba o kontakt ${ref}`),
    text,
    html: `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Nie dostarczono</title></head><body>${text.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>`,
    headers: { 'X-Priority': '1 (Highest)', Importance: 'high' },
  };
}
