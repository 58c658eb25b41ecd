import { describe, expect, it } from 'vitest';
import { checkPhone, formatPhone, normalisePhone, phoneProblemMessages, telUri } from '../../src/phone/phone-number.ts';

describe('normalisePhone', () => {
  it.each([
    ['600 100 200', '+48600100200'],
    ['600-100-200', '+48600100200'],
    ['600100200', '+48600100200'],
    ['  600 100 200  ', '+48600100200'],
    ['(86) 215 67 00', '+48862156700'],
    ['86.215.67.00', '+48862156700'],
    ['86/215 67 00', '+48862156700'],
    ['+48 600 100 200', '+48600100200'],
    ['+48600100200', '+48600100200'],
    ['(+48) 600 100 200', '+48600100200'],
    ['0048600100200', '+48600100200'],
    ['0048 600-100-200', '+48600100200'],
    ['48600100200', '+48600100200'],
  ])('reads the Polish number %j as %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it('drops the old trunk prefix 0 of a landline written as "0 86 215 67 00"', () => {
    expect(normalisePhone('0 86 215 67 00')).toBe('+48862156700');
  });

  it('keeps a Radom landline (area code 48) as a Polish number instead of mistaking 48 for the country code', () => {
    expect(normalisePhone('48 362 12 34')).toBe('+48483621234');
  });

  it.each([
    ['+44 20 7946 0958', '+442079460958'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+1 212 555 0100', '+12125550100'],
  ])('keeps the foreign number %j with its country code: %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it('reads a foreign country code in brackets like the documented "(+48)" form', () => {
    expect(normalisePhone('(+44) 20 7946 0958')).toBe('+442079460958');
  });

  it.each([
    ['letters instead of digits', '600 100 2OO'],
    ['a word before the number', 'tel. 600 100 200'],
    ['an empty answer', ''],
    ['only spaces', '   '],
    ['only a plus sign', '+'],
    ['eight digits', '600 100 20'],
    ['ten digits without a leading 0', '600 100 2000'],
    ['a Polish country code followed by too few digits', '+48 600'],
    ['a Polish country code followed by too many digits', '+48 600 100 200 1'],
    ['a Polish number one digit short after +48', '+4860010020'],
    ['a country code starting with 0', '+0 600 100 200'],
    ['a foreign number of 7 digits', '+1234567'],
    ['a foreign number of 16 digits', '+1234567890123456'],
    ['full-width (non-ASCII) digits', '６００ １００ ２００'],
    ['Arabic-Indic digits', '٦٠٠١٠٠٢٠٠'],
  ])('rejects %s (%j)', (_what, input) => {
    expect(normalisePhone(input)).toBeUndefined();
  });
});

describe('formatPhone', () => {
  it('groups a mobile number 3-3-3', () => {
    expect(formatPhone('+48600100200')).toBe('+48 600 100 200');
    expect(formatPhone('+48451234567')).toBe('+48 451 234 567');
    expect(formatPhone('+48881234567')).toBe('+48 881 234 567');
  });

  it('groups a landline number 2-3-2-2 after the area code', () => {
    expect(formatPhone('+48862156700')).toBe('+48 86 215 67 00');
    expect(formatPhone('+48221234567')).toBe('+48 22 123 45 67');
  });

  it('leaves a foreign number as it is', () => {
    expect(formatPhone('+442079460958')).toBe('+442079460958');
  });

  it('leaves a Polish number of the wrong length as it is', () => {
    expect(formatPhone('+4860010020')).toBe('+4860010020');
  });
});

describe('telUri', () => {
  it('links a phone text in the form people write it to its E.164 number', () => {
    expect(telUri('86 215 67 00')).toBe('tel:+48862156700');
    expect(telUri('+44 20 7946 0958')).toBe('tel:+442079460958');
  });

  it('keeps a short number such as the emergency number as digits', () => {
    expect(telUri('112')).toBe('tel:112');
  });
});

describe('checkPhone (libphonenumber-js)', () => {
  it('says "too short" for too few digits, not "write it in digits"', () => {
    expect(checkPhone('12 34')).toEqual({ ok: false, problem: 'too-short' });
    expect(phoneProblemMessages['too-short']).toMatch(/^Numer telefonu jest za krótki/);
    expect(checkPhone('600 100 20')).toEqual({ ok: false, problem: 'too-short' });
    expect(checkPhone('+48 600')).toEqual({ ok: false, problem: 'too-short' });
  });

  it('says "too many digits" for a Polish number that is too long', () => {
    expect(checkPhone('600 100 2000')).toEqual({ ok: false, problem: 'too-long' });
    expect(checkPhone('+48 600 100 200 1')).toEqual({ ok: false, problem: 'too-long' });
  });

  it('says "digits" only when there is something else than a phone number', () => {
    expect(checkPhone('600 1OO 2OO')).toEqual({ ok: false, problem: 'not-digits' });
    expect(checkPhone('tel. 600 100 200')).toEqual({ ok: false, problem: 'not-digits' });
  });

  it('tells a mobile number from a landline', () => {
    expect(checkPhone('600 100 200')).toEqual({ ok: true, e164: '+48600100200', mobile: true });
    expect(checkPhone('500 100 200')).toMatchObject({ ok: true, mobile: true });
    expect(checkPhone('86 215 67 00')).toEqual({ ok: true, e164: '+48862156700', mobile: false });
    expect(checkPhone('22 123 45 67')).toMatchObject({ ok: true, mobile: false });
  });

  it('refuses a country code that does not exist', () => {
    expect(checkPhone('+0 600 100 200')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('has its own message for every problem', () => {
    expect(new Set(Object.values(phoneProblemMessages)).size).toBe(Object.keys(phoneProblemMessages).length);
  });
});
