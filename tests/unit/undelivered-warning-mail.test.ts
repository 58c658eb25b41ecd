import { describe, expect, it } from 'vitest';
import { renderResidentConfirmation } from '../../src/mail/resident-confirmation-mail.tsx';
import { renderStaffMail } from '../../src/mail/staff-request-mail.tsx';
import { renderGiveUpMail } from '../../src/mail/undelivered-warning-mail.tsx';
import { missingFacts } from './helpers/mail-facts.ts';
import { ctx, request } from './helpers/mail-fixture.ts';

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
    const resident = renderResidentConfirmation(request(), ctx)!;
    const a = renderGiveUpMail(staff, { attempts: 1, lastError: 'x' }, fallback);
    const b = renderGiveUpMail(resident, { attempts: 1, lastError: 'x' }, fallback);
    expect(b.messageId).toBe('<K7M-4PX.resident.give-up@lomza.example>');
    expect(a.messageId).not.toBe(b.messageId);
  });

  it('names the reference, the original recipients, the attempts and the last error, in both parts', () => {
    const mail = renderGiveUpMail(staff, { attempts: 12, lastError: 'connect ECONNREFUSED' }, fallback);
    expect(mail.subject).toBe('Nie dostarczono: prośba o kontakt K7M-4PX');
    expect(mail.text).toContain('Adresaci: podatki@lomza.example');
    expect(mail.text).toContain('Prób: 12\nOstatni błąd: connect ECONNREFUSED');
    expect(mail.headers).toMatchObject({ 'X-Priority': '1 (Highest)', Importance: 'high' });
    expect(missingFacts(mail.text, mail.html)).toEqual([]);
  });

  it('escapes the error text in HTML', () => {
    const mail = renderGiveUpMail(staff, { attempts: 1, lastError: '550 <evil@example.com> rejected' }, fallback);
    expect(mail.html).not.toContain('<evil@');
    expect(mail.html).toContain('550 &lt;evil@example.com> rejected');
  });
});
