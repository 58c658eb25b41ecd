/**
 * Property-based tests (fast-check): whatever a resident types, the schema
 * answers with a valid request or Polish errors, phone normalisation is
 * stable, and the e-mails stay well-formed with the right headers.
 */
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { buildRequest } from '../../src/callback/callback-service.ts';
import { normalisePhone } from '../../src/phone/phone-number.ts';
import { buildMime } from '../../src/mail/mail-transport.ts';
import { renderResidentConfirmation } from '../../src/mail/resident-confirmation-mail.tsx';
import { renderStaffMail } from '../../src/mail/staff-request-mail.tsx';
import { contextAt, mailContext, schemaAt } from './helpers/callback-fixture.ts';
import { asActionInput } from './helpers/real-content.ts';

const schema = schemaAt(new Date('2026-12-01T11:00:00Z'));
const FIELDS = ['sprawa', 'opis', 'imie', 'osoba', 'relacja', 'kontakt', 'telefon', 'email', 'termin', 'pora', 'potrzeby_opis', 'strona_www'];
/** Any text, including control characters, bidi overrides, emoji, CR/LF and HTML. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 600 }),
  fc.string({ unit: fc.constantFrom('\r', '\n', '\u0000', '\u202E', '\u200B', '<', '>', '"', "'", '&', ':', ';', ',', '\\', 'ą', 'Ł', '😀', ' ', 'a', '1', '+'), maxLength: 300 }),
  fc.constantFrom('', ' ', '<script>alert(1)</script>', 'Jan\r\nBcc: x@example.com', '=?utf-8?q?x?=', '\u202Egnp.exe'),
);
const wednesday = new Date('2026-12-02T09:15:00Z');

describe('form schema properties', () => {
  it('never throws: any answers give a valid request or Polish field errors', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FIELDS), hostileText), fc.array(fc.string({ maxLength: 20 }), { maxLength: 8 }), (answers, needs) => {
        const result = schema.safeParse(asActionInput({ ...answers, potrzeby: needs }));
        if (result.success) return;
        for (const issue of result.error.issues) {
          expect(FIELDS.concat('potrzeby')).toContain(String(issue.path[0]));
          expect(issue.message).not.toMatch(/Invalid|expected|received/i);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('one-line answers that pass hold no line breaks or control characters', () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        const result = schema.safeParse(asActionInput({ ...callbackExamples.validMinimal.answers, imie: name }));
        if (result.success) expect(result.data.imie).not.toMatch(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
      }),
      { numRuns: 400 },
    );
  });
});

describe('phone normalisation properties', () => {
  it('is E.164 or undefined, and normalising the result changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^[+(]?[\d ()-]{6,20}$/)), (input) => {
        const e164 = normalisePhone(input);
        if (e164 === undefined) return;
        expect(e164).toMatch(/^\+[1-9]\d{7,14}$/);
        expect(normalisePhone(e164)).toBe(e164);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every 9-digit Polish number however it is spaced', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{8}$/), fc.array(fc.constantFrom(' ', '-', ''), { minLength: 9, maxLength: 9 }), (digits, seps) => {
        const typed = [...digits].map((d, i) => d + seps[i]).join('');
        expect(normalisePhone(typed)).toBe(`+48${digits}`);
      }),
    );
  });
});

describe('e-mail properties', () => {
  it('whatever the resident typed, the staff e-mail is one valid message with the right headers', async () => {
    const ctx = contextAt(wednesday);
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (name, description, needsText) => {
        const parsed = schema.safeParse(asActionInput({ ...callbackExamples.validOnBehalfByEmail.answers, termin: '2026-12-03', pora: 'przed-poludniem', imie: name, opis: description, potrzeby_opis: needsText }));
        if (!parsed.success) return;
        const request = buildRequest(parsed.data, ctx, 'K7M-4PX');
        if ('kind' in request) throw new Error(request.message);
        const staff = renderStaffMail(request, mailContext);
        expect(staff.html).not.toMatch(/<script|<img|onerror=/i);
        const mime = (await buildMime(staff, 'Urząd <oddzwonimy@lomza.example>')).toString('utf8');
        const mail = await simpleParser(mime);
        expect(mail.to && 'value' in mail.to ? mail.to.value.map((a) => a.address) : []).toEqual(['podatki@lomza.example']);
        expect(mail.messageId).toBe('<K7M-4PX.staff@lomza.example>');
        expect(mail.replyTo?.value.map((a) => a.address)).toEqual(['anna.nowak@example.com']);
        expect(mail.headers.has('bcc')).toBe(false);
        expect(mail.headers.has('cc')).toBe(false);
        expect(mail.attachments.map((a) => a.contentType)).toEqual(['text/calendar', 'application/ics']); // the invitation part and its .ics copy, nothing else
        const resident = renderResidentConfirmation(request, mailContext)!;
        expect(resident.to).toEqual(['anna.nowak@example.com']);
      }),
      { numRuns: 120 },
    );
  }, 60_000); // 120 MIME builds and parses: seconds on a busy 2-core machine
});
