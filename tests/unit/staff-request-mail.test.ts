import { describe, expect, it } from 'vitest';
import { renderGiveUpMail, renderResidentMail, renderStaffMail } from '../../src/mail/render-callback-mails.ts';
import { ctx, PROCEDURE_URL, request } from './helpers/mail-fixture.ts';

describe('renderStaffMail: envelope', () => {
  it('goes to the unit, with a stable Message-ID built from the reference', () => {
    const mail = renderStaffMail(request(), ctx);
    expect(mail.to).toEqual(['podatki@lomza.example']);
    expect(mail.messageId).toBe('<K7M-4PX.staff@lomza.example>');
  });

  it('has a subject with the reference, the topic and the deadline', () => {
    const mail = renderStaffMail(request(), ctx);
    expect(mail.subject).toBe('Pilne: prośba o kontakt K7M-4PX – Podatki i opłaty lokalne – do śr., 2.12, 12:00');
  });

  it('keeps the resident’s name, phone and e-mail out of the subject', () => {
    const { subject } = renderStaffMail(request(), ctx);
    for (const personal of ['Anna', 'Kowalska', '600', 'anna.kowalska', 'example.com']) expect(subject).not.toContain(personal);
  });

  it('is marked as urgent and carries the reference in a header', () => {
    const mail = renderStaffMail(request(), ctx);
    expect(mail.headers).toMatchObject({ 'X-Priority': '1 (Highest)', Importance: 'high', 'X-Oddzwonimy-Reference': 'K7M-4PX' });
  });

  it('sets Reply-To to the resident when they gave an e-mail', () => {
    expect(renderStaffMail(request(), ctx).replyTo).toBe('anna.kowalska@example.com');
  });

  it('has no Reply-To and says so in the text when the resident gave no e-mail', () => {
    const mail = renderStaffMail(request({ contact: { method: 'telefon', phone: '+48600100200' } }), ctx);
    expect(mail.replyTo).toBeUndefined();
    expect(mail.text).toContain('Nie odpowiadaj na tę wiadomość: mieszkaniec nie podał adresu e-mail.');
  });
});

describe('renderStaffMail: text', () => {
  it('starts with the reference and the deadline in words', () => {
    const lines = renderStaffMail(request(), ctx).text.split('\n');
    expect(lines[0]).toBe('Prośba o priorytetowy kontakt nr K7M-4PX');
    expect(lines[1]).toBe('Skontaktuj się najpóźniej w środę, 2 grudnia 2026 r., do godz. 12:00.');
  });

  it('lists what helps in the conversation before how to contact and who asks', () => {
    const { text } = renderStaffMail(request(), ctx);
    const slowly = text.indexOf('- Mów wolno i wyraźnie.');
    const plain = text.indexOf('- Używaj prostych słów i krótkich zdań. Upewnij się, że rozmówca zrozumiał.');
    const phone = text.indexOf('Telefon: +48 600 100 200');
    const email = text.indexOf('E-mail: anna.kowalska@example.com');
    const name = text.indexOf('Imię i nazwisko: Anna Kowalska');
    expect(slowly).toBeGreaterThan(-1);
    expect(plain).toBeGreaterThan(-1);
    expect(slowly).toBeLessThan(phone);
    expect(plain).toBeLessThan(phone);
    expect(phone).toBeLessThan(name);
    expect(email).toBeLessThan(name);
  });

  it('asks staff to find out what helps when the resident ticked no needs', () => {
    const { text } = renderStaffMail(request({ needs: [] }), ctx);
    expect(text).toContain('- Mieszkaniec nie zaznaczył szczególnych potrzeb. Na początku rozmowy zapytaj, co może pomóc.');
  });

  it('adds the sign-language interpreter for a video call even when the need was not ticked', () => {
    const { text } = renderStaffMail(request({ contact: { method: 'wideo-pjm', email: 'anna.kowalska@example.com' }, needs: [] }), ctx);
    expect(text).toContain('- Zapewnij tłumacza polskiego języka migowego (PJM).');
  });

  it('shows the phone grouped for reading aloud and the chosen time', () => {
    const { text } = renderStaffMail(request(), ctx);
    expect(text).toContain('Sposób kontaktu: Rozmowa telefoniczna – zadzwonić');
    expect(text).toContain('Telefon: +48 600 100 200');
    expect(text).toContain('Kiedy: środa, 2 grudnia, przed południem (10:00–12:00)');
  });

  it('names the person the resident asks for', () => {
    const { text } = renderStaffMail(request({ onBehalfOf: { name: 'Zofia Kowalska', relation: 'matka' } }), ctx);
    expect(text).toContain('Prosi w imieniu: Zofia Kowalska');
    expect(text).toContain('Kim jest dla tej osoby: matka');
  });

  it('has a checklist of exactly § 4 ust. 1 lit. d, h, i, j, k, l, m and o, each linked to its anchor', () => {
    const lines = renderStaffMail(request(), ctx).text.split('\n');
    const items = lines.flatMap((line, i) => {
      const m = /^\[ \] § 4 ust\. 1 lit\. ([a-z]): /.exec(line);
      return m ? [{ letter: m[1]!, link: lines[i + 1]!.trim() }] : [];
    });
    expect(items.map((i) => i.letter).sort()).toEqual(['d', 'h', 'i', 'j', 'k', 'l', 'm', 'o']);
    for (const { letter, link } of items) expect(link).toBe(`${PROCEDURE_URL}#par-4-ust-1-lit-${letter}`);
  });

  it('quotes each standard without its trailing comma or emphasis marks', () => {
    const { text } = renderStaffMail(request(), ctx);
    expect(text).toContain('[ ] § 4 ust. 1 lit. l: należy zawsze oddzwonić w umówionym terminie\n');
    expect(text).toContain('[ ] § 4 ust. 1 lit. o: nie należy dopuszczać aby rozmówca czekał przy telefonie bez wyraźnej informacji i prośby o cierpliwość\n');
  });

  it('does not list the standards that are not part of a callback (a, b, c, e, f, g, n)', () => {
    const { text } = renderStaffMail(request(), ctx);
    for (const letter of ['a', 'b', 'c', 'e', 'f', 'g', 'n']) expect(text).not.toContain(`lit. ${letter}:`);
  });
});

describe('renderStaffMail: HTML', () => {
  it('links the same eight standards to their anchors', () => {
    const { html } = renderStaffMail(request(), ctx);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.sort()).toEqual(['d', 'h', 'i', 'j', 'k', 'l', 'm', 'o'].map((l) => `${PROCEDURE_URL}#par-4-ust-1-lit-${l}`));
  });

  it('escapes a name with a script tag', () => {
    const { html } = renderStaffMail(request({ name: '<script>alert(1)</script>' }), ctx);
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes a name that tries to close an attribute and add an image', () => {
    const { html } = renderStaffMail(request({ name: '"><img src=x onerror=alert(1)>' }), ctx);
    expect(html).not.toContain('<img');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes every free-text field of the resident', () => {
    const evil = '<b onmouseover=alert(1)>x</b>';
    const { html } = renderStaffMail(
      request({ description: evil, needsText: evil, onBehalfOf: { name: evil, relation: evil }, when: { kind: 'any', label: 'dowolna pora' } }),
      ctx,
    );
    expect(html).not.toContain('<b ');
    expect(html.split('&lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;').length - 1).toBe(4);
  });
});

describe('renderStaffMail: calendar invitation', () => {
  it('invites for the agreed slot in UTC', () => {
    const { ics } = renderStaffMail(request(), ctx);
    expect(ics).toContain('\r\nDTSTART:20261202T090000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261202T110000Z\r\n');
    expect(ics).toContain('\r\nUID:K7M-4PX@lomza.example\r\n');
    expect(ics).toContain('\r\nATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:podatki@lomza.example\r\n');
  });

  it('without a slot, blocks the last half hour before the deadline', () => {
    const { ics } = renderStaffMail(request({ when: { kind: 'asap', label: 'jak najszybciej' }, deadline: '2026-12-03T14:30:00.000Z' }), ctx);
    expect(ics).toContain('\r\nDTSTART:20261203T140000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261203T143000Z\r\n');
  });

  it('keeps personal data out of the invitation', () => {
    const { ics } = renderStaffMail(request(), ctx);
    for (const personal of ['Anna', 'Kowalska', '600', 'anna.kowalska']) expect(ics).not.toContain(personal);
  });
});

describe('renderResidentMail', () => {
  it('is not written when the resident gave no e-mail', () => {
    expect(renderResidentMail(request({ contact: { method: 'telefon', phone: '+48600100200' } }), ctx)).toBeUndefined();
  });

  it('goes to the resident with the reference, the deadline and the phone of Punkt Obsługi Mieszkańców', () => {
    const mail = renderResidentMail(request(), ctx)!;
    expect(mail.to).toEqual(['anna.kowalska@example.com']);
    expect(mail.messageId).toBe('<K7M-4PX.resident@lomza.example>');
    expect(mail.subject).toBe('Przyjęliśmy Twoją prośbę o kontakt – numer K7M-4PX');
    expect(mail.text).toContain('Jej numer to K7M-4PX.');
    expect(mail.text).toContain('Skontaktujemy się z Tobą najpóźniej w środę, 2 grudnia 2026 r., do godz. 12:00.');
    expect(mail.text).toContain('zadzwoń do Punktu Obsługi Mieszkańców: 86 215 67 00. Podaj numer prośby: K7M-4PX.');
    expect(mail.html).toContain('86 215 67 00');
  });

  it('tells the resident which number the unit will call from', () => {
    expect(renderResidentMail(request(), ctx)!.text).toContain('Zadzwonimy z numeru 86 215 67 21.');
  });

  it('is not marked urgent and has no invitation', () => {
    const mail = renderResidentMail(request(), ctx)!;
    expect(mail.headers).toEqual({ 'X-Oddzwonimy-Reference': 'K7M-4PX' });
    expect(mail.ics).toBeUndefined();
  });
});

describe('renderGiveUpMail', () => {
  const staff = renderStaffMail(request(), ctx);
  const fallback = ['pom@lomza.example', 'kontakt@lomza.example'];

  it('goes to the fallback addresses with its own Message-ID', () => {
    const mail = renderGiveUpMail(staff, { attempts: 12, lastError: 'connect ECONNREFUSED' }, fallback);
    expect(mail.to).toEqual(['pom@lomza.example', 'kontakt@lomza.example']);
    expect(mail.messageId).toBe('<K7M-4PX.staff.give-up@lomza.example>');
    expect(mail.messageId).not.toBe(staff.messageId);
  });

  it('gives a different Message-ID for the resident mail’s warning than for the staff mail’s', () => {
    const resident = renderResidentMail(request(), ctx)!;
    const a = renderGiveUpMail(staff, { attempts: 1, lastError: 'x' }, fallback);
    const b = renderGiveUpMail(resident, { attempts: 1, lastError: 'x' }, fallback);
    expect(b.messageId).toBe('<K7M-4PX.resident.give-up@lomza.example>');
    expect(a.messageId).not.toBe(b.messageId);
  });

  it('names the reference, the original recipients, the attempts and the last error', () => {
    const mail = renderGiveUpMail(staff, { attempts: 12, lastError: 'connect ECONNREFUSED' }, fallback);
    expect(mail.subject).toBe('Nie dostarczono: prośba o kontakt K7M-4PX');
    expect(mail.text).toContain('Adresaci: podatki@lomza.example');
    expect(mail.text).toContain('Prób: 12. Ostatni błąd: connect ECONNREFUSED');
    expect(mail.headers).toMatchObject({ 'X-Priority': '1 (Highest)', Importance: 'high' });
  });

  it('escapes the error text in HTML', () => {
    const mail = renderGiveUpMail(staff, { attempts: 1, lastError: '550 <evil@example.com> rejected' }, fallback);
    expect(mail.html).not.toContain('<evil@');
    expect(mail.html).toContain('550 &lt;evil@example.com&gt; rejected');
  });
});
