/**
 * Every message, for every valid named example and every contact method:
 * each line of the text part is also in the HTML part (Outlook shows only
 * the HTML), and the checker itself notices a fact left out of the HTML.
 */
import { describe, expect, it } from 'vitest';
import { callbackExamples, type CallbackExample } from '../../src/callback/callback-examples.ts';
import type { CallbackRequest } from '../../src/callback/callback-request.ts';
import { buildRequest } from '../../src/callback/callback-service.ts';
import type { MailMessage } from '../../src/mail/mail-message.ts';
import { renderResidentConfirmation } from '../../src/mail/resident-confirmation-mail.tsx';
import { renderStaffMail, staffMailView } from '../../src/mail/staff-request-mail.tsx';
import { renderGiveUpMail } from '../../src/mail/undelivered-warning-mail.tsx';
import { contextAt, mailContext, validForm } from './helpers/callback-fixture.ts';
import { missingFacts, visibleText } from './helpers/mail-facts.ts';

const wednesday = new Date('2026-12-02T09:15:00Z'); // 10:15 in Łomża
/** The first day a video call with an interpreter may be booked on that Wednesday. */
const firstPjmDay = '2026-12-07';

const validExamples = Object.entries(callbackExamples as Record<string, CallbackExample>).filter(([, e]) => Object.keys(e.errors).length === 0);

/** Each valid example as sent, and as sent with each other contact method (and a chosen day and part of day). */
const variants = validExamples.flatMap(([name, e]) => {
  const a = e.answers;
  return [
    [name, a],
    [`${name}, SMS`, { ...a, kontakt: 'sms', telefon: '600 100 200' }],
    [`${name}, e-mail without a phone`, { ...a, kontakt: 'email', telefon: '', email: 'jan.nowak@example.com' }],
    [`${name}, e-mail with a phone`, { ...a, kontakt: 'email', telefon: '600 100 200', email: 'jan.nowak@example.com' }],
    [`${name}, PJM video`, { ...a, kontakt: 'wideo-pjm', email: 'jan.nowak@example.com', termin: firstPjmDay, pora: 'po-poludniu' }],
    [`${name}, Thursday morning`, { ...a, termin: '2026-12-03', pora: 'przed-poludniem' }],
    [`${name}, Thursday any time`, { ...a, termin: '2026-12-03', pora: 'dowolna' }],
  ] as const;
});

function requestOf(answers: Record<string, string | string[]>): CallbackRequest {
  const built = buildRequest(validForm(answers), contextAt(wednesday), 'K7M-4PX');
  if ('kind' in built) throw new Error(built.message);
  return built;
}

function messagesOf(r: CallbackRequest): [string, MailMessage][] {
  const staff = renderStaffMail(r, mailContext);
  const resident = renderResidentConfirmation(r, mailContext);
  const out: [string, MailMessage][] = [
    ['staff', staff],
    ['staff with links', renderStaffMail(r, mailContext, { request: 'https://lomza.example/obsluga/prosba/1?p=a&b', list: 'https://lomza.example/obsluga/lista/' })],
  ];
  if (resident) out.push(['resident', resident]);
  for (const [kind, m] of [...out]) out.push([`give-up of ${kind}`, renderGiveUpMail(m, { attempts: 7, lastError: 'SMTP 550 5.1.1 [adres] unknown user' }, ['pom@lomza.example'])]);
  return out;
}

describe('text and HTML parts say the same', () => {
  it('covers the valid named examples', () => {
    expect(validExamples.map(([n]) => n)).toEqual(expect.arrayContaining(['valid', 'validMinimal', 'validOnBehalfByEmail']));
  });

  for (const [name, answers] of variants) {
    it(`${name}: every line of every message's text part is in its HTML part`, () => {
      const messages = messagesOf(requestOf(answers));
      expect(messages.length).toBeGreaterThanOrEqual(2);
      for (const [kind, m] of messages) {
        expect(m.text.split('\n').filter((l) => l.trim()).length, kind).toBeGreaterThan(3);
        expect(missingFacts(m.text, m.html), kind).toEqual([]);
      }
    });
  }
});

describe('the comparison notices what the HTML leaves out', () => {
  const r = requestOf(callbackExamples.validOnBehalfByEmail.answers);
  const staff = renderStaffMail(r, mailContext);
  const view = staffMailView(r, mailContext);

  it('a missing reply warning', () => {
    expect(missingFacts(staff.text, staff.html.replace(view.replyWarning, ''))).toEqual([view.replyWarning]);
  });

  it('a missing time received', () => {
    expect(missingFacts(staff.text, staff.html.replace(view.received, ''))).toEqual([view.received]);
  });

  it('a missing link of a standard, or a label without its value', () => {
    const first = view.checklist[0]!;
    expect(missingFacts(staff.text, staff.html.replace(`href="${first.url}"`, 'href="#"'))).toEqual([`    ${first.url}`]);
    expect(missingFacts(staff.text, staff.html.replace('Zofia Nowak', ''))).toEqual(['Sprawa dotyczy osoby: Zofia Nowak']);
  });

  it('reads only what a reader sees: not the title in the head, and entities decoded', () => {
    expect(visibleText('<html><head><title>Tytuł</title></head><body><p>a &lt;b&gt; &amp; c</p><p>d</p></body></html>')).toBe('a <b> & c d');
  });
});
