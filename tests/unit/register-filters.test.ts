import { describe, expect, it } from 'vitest';
import { defaultPeriod, filterQuery, parseDate, parseRegisterFilters } from '../../src/register/register-filters.ts';

const ctx = { today: '2026-12-01', units: [{ id: 'pom', name: 'Punkt Obsługi Mieszkańców' }, { id: 'koordynator', name: 'Koordynator' }] };
const parse = (q: string, extra: Partial<typeof ctx> & { maxDays?: number } = {}) => parseRegisterFilters(new URLSearchParams(q), { ...ctx, ...extra });
const errorsOf = (q: string, extra = {}) => {
  const r = parse(q, extra);
  return r.ok ? [] : r.errors.map((e) => [e.field, e.message]);
};

describe('register filters', () => {
  it('default to the last twelve months, newest first, page 1', () => {
    expect(parse('')).toMatchObject({ ok: true, filters: { from: '2025-12-02', to: '2026-12-01', sort: 'wplyw', direction: 'malejaco', page: 1 } });
    expect(defaultPeriod('2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('read every filter and give them back as a query', () => {
    const r = parse('od=1.02.2026&do=2026-03-31&rodzaj=dostepnosc-cyfrowa&jednostka=pom&stan=otwarte&termin=spoznione&sort=termin&kierunek=rosnaco&strona=3&utm=x');
    expect(r).toMatchObject({ ok: true, filters: { from: '2026-02-01', to: '2026-03-31', kind: 'dostepnosc-cyfrowa', unitId: 'pom', state: 'otwarte', deadline: 'spoznione', sort: 'termin', direction: 'rosnaco', page: 3 } });
    if (!r.ok) throw new Error();
    expect(filterQuery(r.filters, { page: 1 })).toBe('od=2026-02-01&do=2026-03-31&rodzaj=dostepnosc-cyfrowa&jednostka=pom&stan=otwarte&termin=spoznione&sort=termin&kierunek=rosnaco');
    expect(parseRegisterFilters(new URLSearchParams(filterQuery(r.filters)), ctx)).toMatchObject({ ok: true, filters: r.filters });
  });

  it('name every bad value at once, in the order of the form, in Polish', () => {
    expect(errorsOf('od=2026-02-30&do=wczoraj&rodzaj=skarga&jednostka=finanse2&stan=zgubiona&termin=zawsze&sort=nazwisko&kierunek=bokiem&strona=0')).toEqual([
      ['od', 'Wpisz datę początku okresu jako dzień, miesiąc i rok, np. 2026-01-31 albo 31.01.2026'],
      ['do', 'Wpisz datę końca okresu jako dzień, miesiąc i rok, np. 2026-01-31 albo 31.01.2026'],
      ['rodzaj', expect.stringContaining('Nie ma takiego rodzaju')],
      ['jednostka', 'Nie ma takiej jednostki. Wybierz jednostkę z listy'],
      ['stan', 'Nie ma takiego stanu. Wybierz stan z listy'],
      ['termin', 'Nie ma takiej wartości. Wybierz z listy, jak sprawdzić termin'],
      ['sort', 'Nie można sortować po tej kolumnie. Wybierz kolumnę z listy'],
      ['kierunek', 'Wybierz kierunek sortowania z listy'],
      ['strona', 'Numer strony to liczba całkowita od 1, np. 2'],
    ]);
  });

  it('refuse reversed, absurd and too long periods', () => {
    expect(errorsOf('od=2026-05-01&do=2026-04-01')).toEqual([['od', 'Początek okresu jest późniejszy niż jego koniec. Zamień daty miejscami']]);
    expect(errorsOf('od=1999-01-01&do=9999-12-31')).toEqual([
      ['od', 'Data początku okresu musi przypadać między 1 stycznia 2019 r. a 31 grudnia 2027 r.'],
      ['do', 'Data końca okresu musi przypadać między 1 stycznia 2019 r. a 31 grudnia 2027 r.'],
    ]);
    expect(errorsOf('od=2020-01-01&do=2026-12-01', { maxDays: 2200 })).toEqual([['od', 'Okres może mieć najwyżej 2200 dni. Wybierz krótszy okres']]);
  });

  it('refuse repeated, overlong and non-numeric values and keep the raw values for the form', () => {
    const r = parse(`rodzaj=oddzwonienie&rodzaj=dostepnosc-cyfrowa&stan=${'x'.repeat(500)}&strona=2.5`);
    expect(r.ok).toBe(false);
    if (r.ok) throw new Error();
    expect(r.errors.map((e) => e.field)).toEqual(['rodzaj', 'stan', 'strona']);
    expect(r.values.stan).toHaveLength(64);
    expect(r.values.rodzaj).toBe('oddzwonienie');
    expect(errorsOf('strona=-1')).toEqual([['strona', 'Numer strony to liczba całkowita od 1, np. 2']]);
    expect(errorsOf('strona=99999999')).toEqual([['strona', 'Numer strony to liczba całkowita od 1, np. 2']]);
  });

  it('read dates in both written forms and nothing else', () => {
    expect(parseDate(' 2026-01-31 ')).toBe('2026-01-31');
    expect(parseDate('5.3.2026')).toBe('2026-03-05');
    expect(parseDate('29.02.2026')).toBeUndefined();
    expect(parseDate('2026-1-5')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
  });
});

describe('register labels', () => {
  it('name the accessibility requests’ unit (the coordinator)', async () => {
    const { COORDINATOR_UNIT_ID } = await import('../../src/content/content-files.ts');
    const { registerLabels } = await import('../../src/register/register-labels.ts');
    expect(registerLabels([{ id: 'pom', nazwa: 'Punkt Obsługi Mieszkańców' }], [], {}).unitName(COORDINATOR_UNIT_ID)).toBe('Koordynator do spraw dostępności');
  });
});
