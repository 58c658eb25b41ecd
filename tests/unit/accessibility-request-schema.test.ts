import { describe, expect, it } from 'vitest';
import { accessibilityRequestExamples } from '../../src/accessibility-requests/request-examples.ts';
import { accessibilityRequestSchema, barrierPlaces, lawOf, requestLimits } from '../../src/accessibility-requests/request-schema.ts';

const parse = (answers: Record<string, unknown>) => {
  const r = accessibilityRequestSchema.safeParse(answers);
  const errors: Record<string, string> = {};
  if (!r.success) for (const i of r.error.issues) errors[String(i.path[0])] ??= i.message;
  return { ok: r.success, data: r.success ? r.data : undefined, errors };
};

describe('accessibility request examples', () => {
  for (const [name, example] of Object.entries(accessibilityRequestExamples)) {
    it(name, () => {
      const { ok, errors } = parse(example.answers);
      expect(ok).toBe(Object.keys(example.errors).length === 0);
      expect(Object.keys(errors).sort()).toEqual(Object.keys(example.errors).sort());
      for (const [field, start] of Object.entries(example.errors)) expect(errors[field]).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    });
  }
});

describe('the law follows the place', () => {
  it('a page is the digital request, the building and the service desk art. 30', () => {
    expect(lawOf('strona')).toBe('cyfrowa');
    expect(lawOf('budynek')).toBe('architektoniczna');
    expect(lawOf('obsluga')).toBe('architektoniczna');
    expect(Object.keys(barrierPlaces)).toEqual(['strona', 'budynek', 'obsluga']);
  });
  it('the digital request does not ask who the person is; art. 30 does', () => {
    const { kto: _, ...digital } = accessibilityRequestExamples.validCommunicationByPhone.answers;
    expect(parse({ ...digital, miejsce: 'strona' }).ok).toBe(true);
    expect(parse({ ...digital, miejsce: 'obsluga' }).errors['kto']).toBeDefined();
  });
});

describe('free text', () => {
  it('is cleaned and limited', () => {
    const { data } = parse({ ...accessibilityRequestExamples.validDigital.answers, imie: '  Adam\u202E Nowak  ' });
    expect(data?.imie).toBe('Adam Nowak');
    expect(parse({ ...accessibilityRequestExamples.validDigital.answers, bariera: 'x'.repeat(requestLimits.barrier + 1) }).errors['bariera']).toBe(
      `Opis bariery może mieć najwyżej ${requestLimits.barrier} znaków`,
    );
  });
  it('an unknown place or channel is refused with a Polish message', () => {
    const { errors } = parse({ ...accessibilityRequestExamples.validDigital.answers, miejsce: 'kosmos', odpowiedz: 'fax' });
    expect(errors['miejsce']).toBe('Wybierz, gdzie napotkałeś(-aś) barierę');
    expect(errors['odpowiedz']).toBe('Wybierz, jak urząd ma Ci odpowiedzieć');
  });
});
