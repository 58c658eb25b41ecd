import { describe, expect, it } from 'vitest';
import type { MailMessage } from '../../src/mail/mail-message.ts';
import { renderResidentTransferMail } from '../../src/mail/ResidentTransferMail.tsx';
import { renderResidentUnreachableMail } from '../../src/mail/ResidentUnreachableMail.tsx';
import { renderResidentProposalMail } from '../../src/mail/ResidentProposalMail.tsx';
import { renderStaffDigestMail } from '../../src/mail/StaffDigestMail.tsx';
import { renderStaffEscalationMail } from '../../src/mail/StaffEscalationMail.tsx';
import { renderStaffReminderMail } from '../../src/mail/StaffReminderMail.tsx';
import { renderStaffSignInMail } from '../../src/mail/StaffSignInMail.tsx';
import type { RequestSummary } from '../../src/mail/staff-notice-data.ts';
import { readStaffClockContent } from '../../src/server/staff-clock-start.ts';

const summary: RequestSummary = { reference: 'K7M-4PX', topic: 'Podatki <i> & opłaty', unitName: 'Wydział Finansowy', state: 'w toku', deadlineLabel: 'we wtorek, 1 grudnia 2026 r., do godz. 15:30', overdue: true, attempts: 2, link: 'https://www.lomza.pl/obsluga/prosba/7-abc/?a=1&b=2' };
const examples: Record<string, MailMessage> = {
  reminder: renderStaffReminderMail({ request: { ...summary, overdue: false, attempts: 0 }, to: ['podatki@lomza.example'], listLink: 'https://www.lomza.pl/obsluga/?jednostka=finanse', officePhone: '86 215 67 00', messageId: '<a@x>' }),
  escalation: renderStaffEscalationMail({ request: summary, unitPhone: '86 215 67 21', to: ['pom@lomza.example', 'dostepnosc@lomza.example'], listLink: 'https://www.lomza.pl/obsluga/', messageId: '<b@x>' }),
  digest: renderStaffDigestMail({ unitName: 'Wydział Finansowy', dayLabel: 'środa, 2 grudnia', requests: [summary, { ...summary, reference: 'ACD-EFG', overdue: false }], to: ['podatki@lomza.example'], listLink: 'https://www.lomza.pl/obsluga/', messageId: '<c@x>' }),
  signIn: renderStaffSignInMail({ to: 'usc@lomza.example', link: 'https://www.lomza.pl/obsluga/logowanie/abc/', minutes: 15, officeName: 'Urząd Miejski w Łomży', messageId: '<d@x>' }),
  unreachable: renderResidentUnreachableMail({ reference: 'K7M-4PX', to: 'a@example.com', attempts: ['środa, 2 grudnia, godz. 8:05', 'środa, 2 grudnia, godz. 13:15'], unitName: 'Wydział Finansowy', unitPhone: '86 215 67 21', officeName: 'Urząd Miejski w Łomży', officePhone: '86 215 67 00', messageId: '<e@x>' }),
  transfer: renderResidentTransferMail({ reference: 'K7M-4PX', to: 'a@example.com', unitName: 'Urząd Stanu Cywilnego', unitPhone: '86 215 67 41', deadlineLabel: 'we wtorek, 1 grudnia 2026 r., do godz. 15:30', officeName: 'Urząd Miejski w Łomży', officePhone: '86 215 67 00', messageId: '<f@x>' }),
};
const decode = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/\s+/g, ' ');

describe('the staff side e-mails', () => {
  it.each(Object.entries(examples))('%s: every line of the text part is in the HTML part, escaped', (_name, m) => {
    const html = decode(m.html);
    for (const line of m.text.split('\n').map((l) => l.replace(/^- /, '').replace(/:$/, '').trim()).filter(Boolean)) {
      if (/^https?:/.test(line)) expect(m.html).toContain(`href="${line.replace(/&/g, '&amp;')}"`);
      else expect(html.toLowerCase()).toContain(line.toLowerCase());
    }
    expect(m.html).not.toContain('<i>');
    expect(m.html).toMatch(/^<!doctype html><html lang="pl">/);
  });

  it('subjects carry no resident data and no control characters', () => {
    for (const m of Object.values(examples)) {
      expect(m.subject).not.toMatch(/a@example\.com|[\u0000-\u001f]/);
    }
  });
});

describe('the clock reads its content from content/', () => {
  it('units, POM addresses and the coordinator', () => {
    const c = readStaffClockContent(new URL('../../', import.meta.url));
    expect(c.pomEmails).toEqual(['pom@lomza.example']);
    expect(c.coordinatorEmail).toBe('dostepnosc@lomza.example');
    expect(c.units.map((u) => u.id)).toContain('finanse');
    expect(c.calendarFor('finanse').isWorkingDay('2026-12-24')).toBe(false);
  });
});

describe('the resident’s e-mail "propozycja innego terminu lub formy kontaktu" (on mail-layout.tsx)', () => {
  const m = renderResidentProposalMail({ reference: 'K7M-4PX', to: 'a@example.com', reasons: 'Tłumacz <SJM> & przewodnik nie może przyjść.', proposedDate: 'czwartek, 10 grudnia, 10:00', proposedForm: 'wideo z tłumaczem online', chosenMeans: 'Połączenie wideo z tłumaczem systemu językowo-migowego (SJM)', unitName: 'Wydział Finansowy', unitPhone: '86 215 67 21', officeName: 'Urząd Miejski w Łomży', officePhone: '86 215 67 00', messageId: '<g@x>' });
  it('says in the HTML every line of the text part, escaped, and keeps personal data out of the subject', () => {
    const html = decode(m.html);
    for (const line of m.text.split('\n').map((l) => l.trim()).filter(Boolean)) expect(html).toContain(line);
    expect(m.html).toContain('Tłumacz &lt;SJM');
    expect(m.html).not.toContain('<SJM>');
    expect(m.subject).toBe('Propozycja innego terminu lub formy kontaktu – prośba K7M-4PX');
  });
  it('leaves out what was not proposed', () => {
    const only = renderResidentProposalMail({ reference: 'K7M-4PX', to: 'a@example.com', reasons: 'Brak tłumacza.', proposedForm: 'SMS', chosenMeans: 'SJM', unitName: 'W', unitPhone: '86 215 67 21', officeName: 'U', officePhone: '86 215 67 00', messageId: '<h@x>' });
    expect(only.text).toContain('Proponowana forma kontaktu: SMS');
    expect(only.text).not.toContain('Proponowany termin');
  });
});
