import { describe, expect, it } from 'vitest';
import { callbackExamples } from '../../src/callback/callback-examples.ts';
import { cleanLine, cleanText } from '../../src/callback/callback-schema.ts';
import { firstErrors } from '../../src/callback/form-state.ts';
import { asActionInput } from './helpers/real-content.ts';
import { contextAt, schemaAt } from './helpers/callback-fixture.ts';
import { decideTimingForTopic, timingProblem } from '../../src/callback/callback-timing.ts';

const tuesdayNoon = new Date('2026-12-01T11:00:00Z');
const schema = schemaAt(tuesdayNoon);

/** Field → first message, as the server answers one submission (the calendar's checks included). */
function serverErrors(answers: Record<string, string | string[]>, now = tuesdayNoon): Record<string, string> {
  const parsed = schemaAt(now).safeParse(asActionInput(answers));
  return parsed.success ? {} : firstErrors(parsed.error.issues);
}

describe('callback form examples', () => {
  for (const [name, example] of Object.entries(callbackExamples)) {
    it(`${name}: ${Object.keys(example.errors).length === 0 ? 'is accepted' : `fails on ${Object.keys(example.errors).join(', ')}`}`, () => {
      const errors = serverErrors(example.answers);
      expect(Object.keys(errors).sort()).toEqual(Object.keys(example.errors).sort());
      for (const [field, message] of Object.entries(example.errors)) expect(errors[field]).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    });
  }

  it('shows every error at once, cross-field ones included', () => {
    const errors = serverErrors({ kontakt: 'sms', relacja: 'wnuk' });
    expect(Object.keys(errors).sort()).toEqual(['imie', 'osoba', 'sprawa', 'telefon', 'termin']);
  });

  it("reports the calendar's verdict together with the schema's errors, in one answer", () => {
    // A landline for a video link, too soon for an interpreter, and no name: all three at once.
    const errors = serverErrors({ ...callbackExamples.videoLandlineTooSoon.answers, imie: '' });
    expect(Object.keys(errors).sort()).toEqual(['imie', 'telefon', 'termin']);
    // A day that is not offered is reported while the name is still missing.
    expect(serverErrors({ ...callbackExamples.valid.answers, imie: '', termin: '2027-06-01' })).toEqual({
      imie: 'Wpisz swoje imię i nazwisko, żebyśmy wiedzieli, o kogo zapytać',
      termin: 'Możesz wybrać tylko jeden z dni z listy',
    });
    // …and for an unknown topic, on the fallback unit's calendar.
    expect(Object.keys(serverErrors({ ...callbackExamples.valid.answers, sprawa: 'x', termin: '2026-12-05' })).sort()).toEqual(['sprawa', 'termin']);
  });

  it('names the first day a PJM interpreter can come, in the genitive after "od"', () => {
    // Tuesday 1 Dec 2026: 3 working days later is Friday 4 Dec.
    expect(serverErrors(callbackExamples.videoTooSoon.answers)['termin']).toContain('Wybierz dzień od piątku, 4 grudnia albo późniejszy');
    expect(serverErrors({ ...callbackExamples.valid.answers, kontakt: 'wideo-pjm', termin: '2026-12-03' })['termin']).toContain('od piątku, 4 grudnia');
    expect(serverErrors({ ...callbackExamples.valid.answers, kontakt: 'wideo-pjm', termin: '2026-12-04' })).toEqual({});
  });

  it('asks the same 3 working days for every interpreter (PJM, SJM, SKOGN), none for a person of one\'s choice', () => {
    for (const kontakt of ['wideo-pjm', 'wideo-sjm', 'skogn']) {
      const answers = { ...callbackExamples.valid.answers, kontakt, email: 'jan@example.com' };
      expect(serverErrors({ ...answers, termin: '2026-12-03' })['termin'], kontakt).toContain('od piątku, 4 grudnia');
      expect(serverErrors({ ...answers, termin: '2026-12-04' }), kontakt).toEqual({});
    }
    expect(serverErrors({ ...callbackExamples.valid.answers, kontakt: 'osoba-przybrana', termin: '2026-12-01', pora: 'po-poludniu' })).toEqual({});
  });

  it('counts the notice in working days: over a weekend and over a public holiday', () => {
    // Thursday 10 Dec 2026 noon: Fri 11, Mon 14, Tue 15 are the 3 working days; the first day is Tue 15 Dec.
    const thursday = new Date('2026-12-10T11:00:00Z');
    const sjm = { ...callbackExamples.valid.answers, kontakt: 'wideo-sjm', email: 'jan@example.com' };
    expect(serverErrors({ ...sjm, termin: '2026-12-14' }, thursday)['termin']).toContain('od wtorku, 15 grudnia');
    expect(serverErrors({ ...sjm, termin: '2026-12-15' }, thursday)).toEqual({});
    // Monday 21 Dec 2026: 24, 25 and 26 Dec are holidays, so Tue 22, Wed 23, Mon 28 count; the first day is Mon 28 Dec.
    const monday = new Date('2026-12-21T11:00:00Z');
    const skogn = { ...callbackExamples.valid.answers, kontakt: 'skogn', email: 'jan@example.com' };
    expect(serverErrors({ ...skogn, termin: '2026-12-23' }, monday)['termin']).toContain('od poniedziałku, 28 grudnia');
    expect(serverErrors({ ...skogn, termin: '2026-12-28' }, monday)).toEqual({});
    // A person of one's choice on the same Monday may be contacted the next day.
    expect(serverErrors({ ...callbackExamples.valid.answers, kontakt: 'osoba-przybrana', termin: '2026-12-22' }, monday)).toEqual({});
  });

  it('rejects a day that is not offered, a closed day and a past part of today', () => {
    expect(serverErrors({ ...callbackExamples.valid.answers, termin: '2027-06-01' })['termin']).toBe('Możesz wybrać tylko jeden z dni z listy');
    expect(serverErrors({ ...callbackExamples.valid.answers, termin: '2026-11-30' })['termin']).toBe('Ten dzień już minął. Wybierz jeden z dni z listy');
    expect(serverErrors({ ...callbackExamples.valid.answers, termin: '2026-12-05' })['termin']).toBe('Tego dnia urząd jest nieczynny. Wybierz inny dzień z listy');
    expect(serverErrors({ ...callbackExamples.valid.answers, termin: '2026-12-01', pora: 'rano' })['pora']).toMatch(/^Ta pora dnia już minęła/);
    expect(serverErrors({ ...callbackExamples.valid.answers, termin: '2026-12-01', pora: 'po-poludniu' })).toEqual({});
  });

  it('keeps hostile text harmless: no controls, no line breaks in one-line fields', () => {
    expect(cleanLine(' Jan\r\nBcc: x@example.com\u202E ')).toBe('Jan Bcc: x@example.com');
    expect(cleanText('a\r\n\r\n\r\n\r\nb\u0000\u200B')).toBe('a\n\nb');
    const parsed = schema.parse(asActionInput({ ...callbackExamples.valid.answers, imie: 'Jan\nKowalski' }));
    expect(parsed.imie).toBe('Jan Kowalski');
  });

  it('knows one "no particular time" choice: "Jak najszybciej" (the old "Dowolny dzień i pora" promised the same)', () => {
    expect(serverErrors({ ...callbackExamples.valid.answers, termin: 'dowolna-pora' })['termin']).toBe('Wybierz jeden z dni z listy');
    expect(serverErrors({ ...callbackExamples.valid.answers, termin: 'jak-najszybciej' })).toEqual({});
  });

  it('rejects unknown values in lists and choices', () => {
    expect(serverErrors({ ...callbackExamples.valid.answers, potrzeby: ['wolniej', 'hack'] })['potrzeby']).toBe('Wybierz potrzeby z listy');
    expect(serverErrors({ ...callbackExamples.valid.answers, kontakt: 'fax' })['kontakt']).toBe('Wybierz, jak mamy się z Tobą skontaktować');
    expect(serverErrors({ ...callbackExamples.valid.answers, pora: 'noc' })['pora']).toBe('Wybierz porę dnia z listy');
  });
});

describe('timingProblem', () => {
  it('gives the same verdict as deciding the timing in full', () => {
    const ctx = contextAt(tuesdayNoon);
    const cases = [
      { termin: 'jak-najszybciej', kontakt: 'telefon' as const },
      { termin: 'jak-najszybciej', kontakt: 'wideo-pjm' as const },
      { termin: '2026-12-01', pora: 'rano', kontakt: 'sms' as const },
      { termin: '2026-12-02', pora: 'po-poludniu', kontakt: 'wideo-pjm' as const },
      { termin: '2026-12-04', kontakt: 'wideo-pjm' as const },
      { termin: 'jak-najszybciej', kontakt: 'skogn' as const },
      { termin: '2026-12-02', kontakt: 'wideo-sjm' as const },
      { termin: 'jak-najszybciej', kontakt: 'osoba-przybrana' as const },
      { termin: '2026-12-05' },
    ];
    for (const answers of cases) {
      const full = decideTimingForTopic({ sprawa: 'podatki-lokalne', ...answers }, ctx, tuesdayNoon);
      expect(timingProblem({ sprawa: 'podatki-lokalne', ...answers }, ctx, tuesdayNoon), JSON.stringify(answers)).toEqual(full.ok ? undefined : { field: full.field, message: full.message });
    }
  });
});
