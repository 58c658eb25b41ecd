import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { buildMime } from '../../src/mail/mail-transport.ts';
import { renderResidentConfirmation } from '../../src/mail/resident-confirmation-mail.tsx';
import { renderStaffMail } from '../../src/mail/staff-request-mail.tsx';
import { ctx, request } from './helpers/mail-fixture.ts';

const FROM = 'Urząd Miejski w Łomży <oddzwonimy@lomza.example>';

/** The header block of a raw message (text before the first blank line), unfolded into one line per header. */
function headerLines(mime: Buffer): string[] {
  const raw = mime.toString('utf8');
  const end = raw.indexOf('\r\n\r\n');
  expect(end).toBeGreaterThan(0);
  return raw.slice(0, end).replace(/\r\n[ \t]+/g, ' ').split('\r\n');
}

const header = (lines: string[], name: string) => lines.filter((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));

describe('buildMime', () => {
  it('writes a name with CR/LF into the body only: no Bcc header, To is only the unit', async () => {
    const mail = renderStaffMail(request({ name: 'Jan\r\nBcc: evil@example.com', contact: { method: 'telefon', phone: '+48600100200' } }), ctx);
    const lines = headerLines(await buildMime(mail, FROM));
    expect(header(lines, 'Bcc')).toEqual([]);
    expect(header(lines, 'Cc')).toEqual([]);
    expect(header(lines, 'To')).toEqual(['To: podatki@lomza.example']);
    expect(lines.join('\n')).not.toContain('evil@example.com');
  });

  it('lets the envelope carry only the unit, whatever the name says', async () => {
    const mail = renderStaffMail(request({ name: 'Jan\r\nBcc: evil@example.com\r\nCc: evil2@example.com' }), ctx);
    const parsed = await simpleParser(await buildMime(mail, FROM));
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.cc).toBeUndefined();
    expect(parsed.to).toMatchObject({ value: [{ address: 'podatki@lomza.example' }] });
  });

  it('sends the priority headers, the Message-ID and Reply-To of the staff mail', async () => {
    const lines = headerLines(await buildMime(renderStaffMail(request(), ctx), FROM));
    expect(header(lines, 'X-Priority')).toEqual(['X-Priority: 1 (Highest)']);
    expect(header(lines, 'Importance')).toEqual(['Importance: high']);
    expect(header(lines, 'Message-ID')).toEqual(['Message-ID: <K7M-4PX.staff@lomza.example>']);
    expect(header(lines, 'Reply-To')).toEqual(['Reply-To: anna.kowalska@example.com']);
  });

  it('has no Reply-To header when the resident gave no e-mail', async () => {
    const mail = renderStaffMail(request({ contact: { method: 'sms', phone: '+48600100200' } }), ctx);
    const lines = headerLines(await buildMime(mail, FROM));
    expect(header(lines, 'Reply-To')).toEqual([]);
  });

  it('encodes the Polish subject and sender so they read back unchanged', async () => {
    const parsed = await simpleParser(await buildMime(renderStaffMail(request(), ctx), FROM));
    expect(parsed.subject).toBe('Pilne: prośba o kontakt K7M-4PX – Podatki i opłaty lokalne – do śr., 2.12, 12:00');
    expect(parsed.from).toMatchObject({ value: [{ address: 'oddzwonimy@lomza.example', name: 'Urząd Miejski w Łomży' }] });
  });

  it('carries the invitation both as a text/calendar part (method REQUEST) and as an .ics attachment', async () => {
    const mail = renderStaffMail(request(), ctx);
    const mime = await buildMime(mail, FROM);
    const raw = mime.toString('utf8');
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(raw).toMatch(/Content-Disposition: attachment; filename="?termin-kontaktu\.ics"?/);

    const parsed = await simpleParser(mime);
    const calendar = parsed.attachments.find((a) => a.contentType === 'text/calendar');
    const file = parsed.attachments.find((a) => a.filename === 'termin-kontaktu.ics');
    expect(calendar?.content.toString('utf8')).toBe(mail.ics);
    expect(file?.contentDisposition).toBe('attachment');
    expect(file?.content.toString('utf8')).toBe(mail.ics);
  });

  it('keeps text and HTML bodies intact through the encoding', async () => {
    const mail = renderStaffMail(request(), ctx);
    const parsed = await simpleParser(await buildMime(mail, FROM));
    expect(parsed.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(mail.text);
    expect(parsed.html).toContain('Prośba o priorytetowy kontakt nr K7M-4PX');
  });

  it('sends the resident mail without an invitation or priority', async () => {
    const mail = renderResidentConfirmation(request(), ctx)!;
    const mime = await buildMime(mail, FROM);
    const lines = headerLines(mime);
    expect(header(lines, 'To')).toEqual(['To: anna.kowalska@example.com']);
    expect(header(lines, 'X-Priority')).toEqual([]);
    expect(mime.toString('utf8')).not.toMatch(/text\/calendar|\.ics/);
  });
});
