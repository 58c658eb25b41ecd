import { describe, expect, it } from 'vitest';
import { buildMime } from '../../src/mail/mail-transport.ts';
import { renderStaffMail, staffMailView } from '../../src/mail/staff-request-mail.tsx';
import { renderResidentConfirmation } from '../../src/mail/resident-confirmation-mail.tsx';
import { children, durationMinutes, icsDate, parseIcs, prop } from './helpers/ics-parse.ts';
import { missingFacts } from './helpers/mail-facts.ts';
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
  it('starts with the reference, the deadline in words and where a reply goes', () => {
    const lines = renderStaffMail(request(), ctx).text.split('\n');
    expect(lines[0]).toBe('Prośba o priorytetowy kontakt nr K7M-4PX');
    expect(lines[1]).toBe('Skontaktuj się najpóźniej w środę, 2 grudnia 2026 r., do godz. 12:00.');
    expect(lines[2]).toBe('Odpowiedź na tę wiadomość trafi do mieszkańca.');
  });

  it('says when the request was received (Łomża time) and to which unit', () => {
    expect(renderStaffMail(request(), ctx).text).toContain('Prośbę przyjęto 1.12.2026, 09:05 i przypisano do: Wydział Finansowy.');
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

  it('for a written answer with no needs ticked, mentions no conversation', () => {
    const { text } = renderStaffMail(request({ needs: [], contact: { method: 'email', email: 'anna.kowalska@example.com' } }), ctx);
    expect(text).toContain('CO POMOŻE W KONTAKCIE\n- Mieszkaniec nie zaznaczył szczególnych potrzeb.\n');
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

  it('names who asks with their relation, and the person the matter concerns on a line of its own', () => {
    const { text } = renderStaffMail(request({ onBehalfOf: { name: 'Zofia Kowalska', relation: 'córka' } }), ctx);
    expect(text).toContain('KTO PROSI\nProsi: Anna Kowalska (córka osoby, której dotyczy sprawa)\nSprawa dotyczy osoby: Zofia Kowalska\n');
    expect(text).not.toContain('Zofia Kowalska (córka');
  });

  const checklistOf = (text: string) => {
    const lines = text.split('\n');
    return lines.flatMap((line, i) => {
      const m = /^\[ \] § 4 ust\. 1 lit\. ([a-z]): /.exec(line);
      return m ? [{ letter: m[1]!, link: lines[i + 1]!.trim() }] : [];
    });
  };

  it('for a phone call, has a checklist of exactly § 4 ust. 1 lit. d, h, i, j, k, l, m and o, each linked to its anchor', () => {
    const items = checklistOf(renderStaffMail(request(), ctx).text);
    expect(items.map((i) => i.letter)).toEqual(['h', 'l', 'd', 'm', 'i', 'j', 'o', 'k']);
    for (const { letter, link } of items) expect(link).toBe(`${PROCEDURE_URL}#par-4-ust-1-lit-${letter}`);
  });

  it('for a video call, has the same call standards', () => {
    const items = checklistOf(renderStaffMail(request({ contact: { method: 'wideo-pjm', email: 'anna.kowalska@example.com' } }), ctx).text);
    expect(items.map((i) => i.letter)).toEqual(['h', 'l', 'd', 'm', 'i', 'j', 'o', 'k']);
  });

  it('for an SMS or an e-mail, has only the standards that make sense in writing (h, l, i, j)', () => {
    for (const contact of [{ method: 'sms', phone: '+48600100200' }, { method: 'email', email: 'anna.kowalska@example.com' }] as const) {
      const { text } = renderStaffMail(request({ contact }), ctx);
      expect(checklistOf(text).map((i) => i.letter), contact.method).toEqual(['h', 'l', 'i', 'j']);
      expect(text).toContain('standardy, które dotyczą odpowiedzi na piśmie');
      expect(text).toContain('\nCO POMOŻE W KONTAKCIE\n');
      expect(text).not.toContain('W ROZMOWIE');
    }
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

  it('is one document in Polish whose title is the subject', () => {
    const { html, subject } = renderStaffMail(request(), ctx);
    expect(html.startsWith('<!doctype html><html lang="pl">')).toBe(true);
    expect(html).toContain(`<title>${subject}</title>`);
  });

  it('shows the reply warning and the time received, as the text part does (Outlook shows the HTML)', () => {
    const withEmail = renderStaffMail(request(), ctx);
    const withoutEmail = renderStaffMail(request({ contact: { method: 'telefon', phone: '+48600100200' } }), ctx);
    expect(withEmail.html).toContain('Odpowiedź na tę wiadomość trafi do mieszkańca.');
    expect(withoutEmail.html).toContain('Nie odpowiadaj na tę wiadomość: mieszkaniec nie podał adresu e-mail.');
    expect(withEmail.html).toContain('Prośbę przyjęto 1.12.2026, 09:05 i przypisano do: Wydział Finansowy.');
    expect(missingFacts(withEmail.text, withEmail.html)).toEqual([]);
    expect(missingFacts(withoutEmail.text, withoutEmail.html)).toEqual([]);
  });

  it('escapes a name with a script tag', () => {
    const { html } = renderStaffMail(request({ name: '<script>alert(1)</script>' }), ctx);
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('escapes a name that tries to close an attribute and add an image', () => {
    const { html } = renderStaffMail(request({ name: '"><img src=x onerror=alert(1)>' }), ctx);
    expect(html).not.toContain('<img');
    expect(html).toContain('&quot;>&lt;img src=x onerror=alert(1)>');
  });

  it('escapes every free-text field of the resident', () => {
    const evil = '<b onmouseover=alert(1)>x</b>';
    const { html } = renderStaffMail(
      request({ description: evil, needsText: evil, onBehalfOf: { name: evil, relation: evil }, when: { kind: 'any', label: 'dowolna pora' } }),
      ctx,
    );
    expect(html).not.toContain('<b ');
    expect(html.split('&lt;b onmouseover=alert(1)>x&lt;/b>').length - 1).toBe(4);
  });
});

describe('renderStaffMail: links to the staff side', () => {
  const links = { request: 'https://lomza.example/obsluga/prosba/12?podpis=abc&x=1', list: 'https://lomza.example/obsluga/lista/finanse/' };

  it('has none until the site gives them', () => {
    expect(renderStaffMail(request(), ctx).html).not.toContain('Zapisz, co zrobiono');
  });

  it('puts the request page and the unit list near the top of both parts', () => {
    const mail = renderStaffMail(request(), ctx, links);
    const lines = mail.text.split('\n');
    expect(lines.slice(3, 8)).toEqual(['', 'Zapisz, co zrobiono (weź prośbę, próba kontaktu, załatwiona)', `    ${links.request}`, 'Lista próśb jednostki', `    ${links.list}`]);
    expect(mail.html).toContain(`<a href="${links.request.replace('&', '&amp;')}">Zapisz, co zrobiono (weź prośbę, próba kontaktu, załatwiona)</a>`);
    expect(missingFacts(mail.text, mail.html)).toEqual([]);
  });

  it('can be sent again under another Message-ID (a transfer to another unit)', () => {
    expect(renderStaffMail(request(), ctx, links, '<K7M-4PX.staff-2@lomza.example>').messageId).toBe('<K7M-4PX.staff-2@lomza.example>');
  });
});

describe('renderStaffMail: calendar', () => {
  const calendarOf = (ics: string | undefined) => {
    if (!ics) throw new Error('no invitation');
    const calendar = parseIcs(ics);
    const events = children(calendar, 'VEVENT');
    expect(events).toHaveLength(1);
    return { calendar, event: events[0]! };
  };

  it('puts a chosen window in the calendar as it is: from its start to the deadline, in UTC', () => {
    const { calendar, event } = calendarOf(renderStaffMail(request(), ctx).ics);
    expect(prop(calendar, 'METHOD').value).toBe('REQUEST');
    expect(icsDate(prop(event, 'DTSTART').value).toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(icsDate(prop(event, 'DTEND').value).toISOString()).toBe('2026-12-02T11:00:00.000Z');
    expect(prop(event, 'UID').value).toBe('K7M-4PX@lomza.example');
    expect(event.props.filter((p) => p.name === 'ATTENDEE').map((p) => p.value)).toEqual(['mailto:podatki@lomza.example']);
  });

  it('shows the window as free time: a preference, not a meeting that blocks the clerk’s day', () => {
    const { event } = calendarOf(renderStaffMail(request(), ctx).ics);
    expect(prop(event, 'TRANSP').value).toBe('TRANSPARENT');
    expect(prop(event, 'X-MICROSOFT-CDO-BUSYSTATUS').value).toBe('FREE');
    expect(prop(event, 'X-MICROSOFT-CDO-INTENDEDSTATUS').value).toBe('FREE');
    expect(prop(event, 'SUMMARY').value).toContain('Pora kontaktu wybrana przez mieszkańca');
    expect(prop(event, 'DESCRIPTION').value).toContain('to jego preferencja\\, nie spotkanie');
  });

  it('reminds before the window opens and before the deadline, both before the deadline', () => {
    const { event } = calendarOf(renderStaffMail(request(), ctx).ics);
    const start = icsDate(prop(event, 'DTSTART').value).getTime();
    const end = icsDate(prop(event, 'DTEND').value).getTime();
    const alarms = children(event, 'VALARM').map((a) => {
      const trigger = prop(a, 'TRIGGER');
      expect(prop(a, 'ACTION').value).toBe('DISPLAY');
      return (trigger.params['RELATED'] === 'END' ? end : start) + durationMinutes(trigger.value) * 60_000;
    });
    expect(alarms.map((t) => new Date(t).toISOString())).toEqual(['2026-12-02T08:45:00.000Z', '2026-12-02T10:30:00.000Z']);
    for (const t of alarms) expect(t).toBeLessThan(Date.parse('2026-12-02T11:00:00.000Z'));
  });

  it('a whole chosen day (any time that day) is one free window from opening to the deadline', () => {
    const r = request({ when: { kind: 'slot', date: '2026-12-02', start: '2026-12-02T06:30:00.000Z', end: '2026-12-02T14:30:00.000Z', label: 'środa, 2 grudnia, o dowolnej porze (7:30–15:30)' }, deadline: '2026-12-02T14:30:00.000Z' });
    const { event } = calendarOf(renderStaffMail(r, ctx).ics);
    expect(prop(event, 'DTSTART').value).toBe('20261202T063000Z');
    expect(prop(event, 'DTEND').value).toBe('20261202T143000Z');
    expect(prop(event, 'TRANSP').value).toBe('TRANSPARENT');
  });

  it('sends no invitation for "as soon as possible" or "any time": they are no appointment', async () => {
    for (const when of [{ kind: 'asap', label: 'jak najszybciej' }, { kind: 'any', label: 'o dowolnej porze' }] as const) {
      const mail = renderStaffMail(request({ when, deadline: '2026-12-03T14:30:00.000Z', deadlineLabel: 'w czwartek, 3 grudnia 2026 r., do godz. 15:30' }), ctx);
      expect(mail.ics, when.kind).toBeUndefined();
      expect((await buildMime(mail, 'Urząd <oddzwonimy@lomza.example>')).toString('utf8')).not.toMatch(/text\/calendar|\.ics/);
      expect(mail.text).toContain('Skontaktuj się najpóźniej w czwartek, 3 grudnia 2026 r., do godz. 15:30.');
      expect(mail.text).not.toContain('W załączniku');
    }
  });

  it('says in both parts what the calendar entry is', () => {
    const mail = renderStaffMail(request(), ctx);
    const note = staffMailView(request(), ctx).invitation!;
    expect(note).toContain('widać ją jako czas wolny');
    expect(mail.text).toContain(note);
    expect(mail.html).toContain(note);
  });

  it('keeps personal data out of the invitation', () => {
    const { ics } = renderStaffMail(request({ onBehalfOf: { name: 'Zofia Nowak', relation: 'córka' } }), ctx);
    for (const personal of ['Anna', 'Kowalska', 'Zofia', '600', 'anna.kowalska', 'ratę podatku']) expect(ics).not.toContain(personal);
  });
});

describe('the sign-language act’s choices in every message of a request', () => {
  const means = [
    ['wideo-sjm', 'systemu językowo-migowego (SJM)'],
    ['skogn', 'tłumaczem-przewodnikiem dla osób głuchoniewidomych (SKOGN)'],
    ['osoba-przybrana', 'osobą przybraną'],
  ] as const;
  it.each(means)('%s: the unit’s e-mail, its calendar entry and the resident’s confirmation name the chosen means (content’s words)', (method, words) => {
    const r = request({ contact: { method, email: 'anna.kowalska@example.com' } });
    const staff = renderStaffMail(r, ctx);
    expect(staff.text).toContain(`Sposób kontaktu: ${ctx.contactWords[method].label} – ${ctx.contactWords[method].staff}`);
    expect(staff.text).toContain(words);
    expect(staff.html).toContain(words);
    expect(staff.ics?.replace(/\r\n[ \t]/g, '')).toContain(words);
    const resident = renderResidentConfirmation(r, ctx)!;
    expect(resident.text).toContain(`Sposób kontaktu: ${ctx.contactWords[method].label}.`);
  });
  it('treats each as a conversation: the call checklist and “Co pomoże w rozmowie”', () => {
    for (const [method] of means) {
      const view = staffMailView(request({ contact: { method, email: 'anna.kowalska@example.com' } }), ctx);
      expect(view.needsHeading).toBe('Co pomoże w rozmowie');
      expect(view.checklist.length).toBe(staffMailView(request(), ctx).checklist.length);
    }
  });
});
