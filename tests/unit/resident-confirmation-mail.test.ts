import { describe, expect, it } from 'vitest';
import { renderResidentConfirmation } from '../../src/mail/resident-confirmation-mail.tsx';
import { missingFacts } from './helpers/mail-facts.ts';
import { ctx, request } from './helpers/mail-fixture.ts';

describe('renderResidentConfirmation', () => {
  it('is not written when the resident gave no e-mail', () => {
    expect(renderResidentConfirmation(request({ contact: { method: 'telefon', phone: '+48600100200' } }), ctx)).toBeUndefined();
  });

  it('goes to the resident with the reference, the deadline and the phone of Punkt Obsługi Mieszkańców', () => {
    const mail = renderResidentConfirmation(request(), ctx)!;
    expect(mail.to).toEqual(['anna.kowalska@example.com']);
    expect(mail.messageId).toBe('<K7M-4PX.resident@lomza.example>');
    expect(mail.subject).toBe('Przyjęliśmy Twoją prośbę o kontakt – numer K7M-4PX');
    expect(mail.text).toContain('Jej numer to K7M-4PX.');
    expect(mail.text).toContain('Skontaktujemy się z Tobą najpóźniej w środę, 2 grudnia 2026 r., do godz. 12:00.');
    expect(mail.text).toContain('zadzwoń do Punktu Obsługi Mieszkańców: 86 215 67 00. Podaj numer prośby: K7M-4PX.');
    expect(missingFacts(mail.text, mail.html)).toEqual([]);
  });

  it('tells the resident which number the unit will call from', () => {
    expect(renderResidentConfirmation(request(), ctx)!.text).toContain('Zadzwonimy z numeru 86 215 67 21 (Wydział Finansowy).');
  });

  it('for an e-mail answer without a phone, promises no call and gives the number to call instead', () => {
    const { text } = renderResidentConfirmation(request({ contact: { method: 'email', email: 'anna.kowalska@example.com' } }), ctx)!;
    expect(text).not.toMatch(/zadzwonimy|możemy (też )?zadzwonić/i);
    expect(text).toContain('Jeśli chcesz, zadzwoń do nas: Wydział Finansowy, tel. 86 215 67 21.');
  });

  it('for an e-mail answer with a phone given, says a call is possible', () => {
    const { text } = renderResidentConfirmation(request({ contact: { method: 'email', email: 'anna.kowalska@example.com', phone: '+48600100200' } }), ctx)!;
    expect(text).toContain('Jeśli będziemy mieć pytania, możemy też zadzwonić z numeru 86 215 67 21 (Wydział Finansowy).');
  });

  it('writes the contact method as its label, capitals kept (PJM, not pjm)', () => {
    const { text, html } = renderResidentConfirmation(request({ contact: { method: 'wideo-pjm', email: 'anna.kowalska@example.com' } }), ctx)!;
    expect(text).toContain('Sposób kontaktu: Połączenie wideo z tłumaczem polskiego języka migowego (PJM).');
    expect(text + html).not.toContain('(pjm)');
  });

  it('is not marked urgent and has no invitation', () => {
    const mail = renderResidentConfirmation(request(), ctx)!;
    expect(mail.headers).toEqual({ 'X-Oddzwonimy-Reference': 'K7M-4PX' });
    expect(mail.ics).toBeUndefined();
  });
});
