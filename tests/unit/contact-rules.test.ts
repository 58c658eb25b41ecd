import { describe, expect, it } from 'vitest';
import { contactMethodIds } from '../../src/callback/callback-options.ts';
import { contactWordsOfContent as words } from './helpers/real-content.ts';
import { contactFieldHints, contactMessages, contactProblems, contactRequirements } from '../../src/callback/contact-rules.ts';

describe('which of phone and e-mail each contact method needs', () => {
  it('refuses an SMS or a video link to a landline with a message that a mobile number is needed', () => {
    expect(contactProblems({ kontakt: 'sms', telefon: '86 215 67 00' })).toEqual([{ field: 'telefon', message: contactMessages.smsToLandline }]);
    expect(contactProblems({ kontakt: 'wideo-pjm', telefon: '86 215 67 00' })).toEqual([{ field: 'telefon', message: contactMessages.videoToLandline }]);
    expect(contactMessages.smsToLandline).toContain('numer komórkowy');
    expect(contactMessages.videoToLandline).toContain('numer komórkowy');
  });

  it('accepts a landline for a call, and a landline beside an e-mail address for a video link (sent by e-mail)', () => {
    expect(contactProblems({ kontakt: 'telefon', telefon: '86 215 67 00' })).toEqual([]);
    expect(contactProblems({ kontakt: 'wideo-pjm', telefon: '86 215 67 00', email: 'jan@example.com' })).toEqual([]);
    expect(contactProblems({ kontakt: 'sms', telefon: '600 100 200' })).toEqual([]);
    expect(contactProblems({ kontakt: 'email', email: 'jan@example.com' })).toEqual([]);
  });

  it('asks for what is missing', () => {
    expect(contactProblems({ kontakt: 'telefon' })).toEqual([{ field: 'telefon', message: contactMessages.phoneMissing }]);
    expect(contactProblems({ kontakt: 'sms' })).toEqual([{ field: 'telefon', message: contactMessages.mobileMissing }]);
    expect(contactProblems({ kontakt: 'email' })).toEqual([{ field: 'email', message: contactMessages.emailMissing }]);
    expect(contactProblems({ kontakt: 'wideo-pjm' })).toEqual([{ field: 'telefon', message: contactMessages.videoNoContact }]);
    expect(contactProblems({})).toEqual([]);
  });

  it('checks a number that was typed whatever the method, even with none chosen', () => {
    expect(contactProblems({ kontakt: 'email', email: 'jan@example.com', telefon: '12 34' })[0]?.message).toMatch(/^Numer telefonu jest za krótki/);
    expect(contactProblems({ telefon: '12 34' })).toHaveLength(1);
  });

  it('asks an interpreter\'s contact (PJM, SJM, SKOGN) for a mobile or an e-mail, and a person of one\'s choice for any number or an e-mail', () => {
    for (const kontakt of ['wideo-sjm', 'skogn'] as const) {
      expect(contactProblems({ kontakt })).toEqual([{ field: 'telefon', message: contactMessages.videoNoContact }]);
      expect(contactProblems({ kontakt, telefon: '86 215 67 00' })).toEqual([{ field: 'telefon', message: contactMessages.videoToLandline }]);
      expect(contactProblems({ kontakt, email: 'jan@example.com' })).toEqual([]);
    }
    expect(contactProblems({ kontakt: 'osoba-przybrana' })).toEqual([{ field: 'telefon', message: contactMessages.helperNoContact }]);
    expect(contactProblems({ kontakt: 'osoba-przybrana', telefon: '86 215 67 00' })).toEqual([]);
    expect(contactProblems({ kontakt: 'osoba-przybrana', email: 'jan@example.com' })).toEqual([]);
  });

  it('the hints say exactly what the rule says, naming each kind of method', () => {
    const name = { telefon: 'rozmowy telefonicznej', sms: 'SMS', email: 'e-mail', 'wideo-pjm': 'tłumaczu języka migowego', 'wideo-sjm': 'tłumaczu języka migowego', skogn: 'tłumaczu języka migowego', 'osoba-przybrana': 'osobie przybranej' } as const;
    const labelWord = { telefon: 'rozmowa', sms: 'SMS', email: 'e-mail', 'wideo-pjm': 'PJM', 'wideo-sjm': 'SJM', skogn: 'SKOGN', 'osoba-przybrana': 'osobą przybraną' } as const;
    for (const method of contactMethodIds) {
      expect(words[method].label.toLowerCase()).toContain(labelWord[method].toLowerCase());
      const need = contactRequirements[method];
      if (need === 'phone' || need === 'mobile' || need === 'mobile-or-email' || need === 'phone-or-email') expect(contactFieldHints.telefon).toContain(name[method]);
      else expect(contactFieldHints.telefon).not.toContain(`wybierzesz ${name[method]}`);
      if (need === 'email' || need === 'mobile-or-email' || need === 'phone-or-email') expect(contactFieldHints.email).toContain(name[method]);
      else expect(contactFieldHints.email).not.toContain(name[method]);
    }
    expect(contactFieldHints.telefon).toContain('tylko na komórkę');
    expect(contactFieldHints.email).toContain('numer telefonu');
  });
});
