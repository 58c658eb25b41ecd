import { describe, expect, it } from 'vitest';
import { unitPhoneSentence, unitPhoneText, whoAsks } from '../../src/callback/request-wording.ts';
import { request } from './helpers/mail-fixture.ts';

describe('whoAsks', () => {
  it('for oneself, is just the name', () => {
    expect(whoAsks(request())).toEqual([['Imię i nazwisko', 'Anna Kowalska']]);
  });

  it('keeps the relation beside the one who asks, and names the person the matter concerns separately', () => {
    expect(whoAsks(request({ name: 'Jan Kowalski', onBehalfOf: { name: 'Zofia Kowalska', relation: 'córka' } }))).toEqual([
      ['Prosi', 'Jan Kowalski (córka osoby, której dotyczy sprawa)'],
      ['Sprawa dotyczy osoby', 'Zofia Kowalska'],
    ]);
  });

  it('never puts the relation in brackets after the other person’s name', () => {
    const text = whoAsks(request({ onBehalfOf: { name: 'Zofia Kowalska', relation: 'córka' } })).flat().join(' | ');
    expect(text).not.toContain('Zofia Kowalska (córka');
    expect(text).not.toMatch(/W imieniu/);
  });

  it('without a relation, still says the resident asks for someone else', () => {
    expect(whoAsks(request({ onBehalfOf: { name: 'Zofia Kowalska' } }))).toEqual([
      ['Prosi', 'Anna Kowalska (w imieniu innej osoby)'],
      ['Sprawa dotyczy osoby', 'Zofia Kowalska'],
    ]);
  });
});

describe('unitPhoneSentence', () => {
  it('promises a call from the unit’s number only for a phone call', () => {
    expect(unitPhoneText(request())).toBe('Zadzwonimy z numeru 86 215 67 21 (Wydział Finansowy).');
  });

  it('for an e-mail answer without a phone, promises no call at all', () => {
    const text = unitPhoneText(request({ contact: { method: 'email', email: 'anna@example.com' } }));
    expect(text).toBe('Jeśli chcesz, zadzwoń do nas: Wydział Finansowy, tel. 86 215 67 21.');
    expect(text).not.toMatch(/zadzwonimy|możemy/i);
  });

  it('for a video call reached by e-mail only, promises no call either', () => {
    expect(unitPhoneText(request({ contact: { method: 'wideo-pjm', email: 'anna@example.com' } }))).not.toMatch(/zadzwonimy|możemy/i);
  });

  it('when a phone was given for an SMS or an e-mail answer, says a call is possible', () => {
    for (const contact of [{ method: 'sms', phone: '+48600100200' }, { method: 'email', email: 'anna@example.com', phone: '+48600100200' }] as const) {
      expect(unitPhoneText(request({ contact }))).toBe('Jeśli będziemy mieć pytania, możemy też zadzwonić z numeru 86 215 67 21 (Wydział Finansowy).');
    }
  });

  it('keeps the number apart, so a page can make it a link', () => {
    expect(unitPhoneSentence(request()).phone).toBe('86 215 67 21');
  });
});
