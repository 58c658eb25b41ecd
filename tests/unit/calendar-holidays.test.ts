import { describe, it, expect } from 'vitest';
import { easterSunday, holidayName, isPublicHoliday, polishHolidays } from '../../src/calendar/polish-holidays.ts';

describe('easterSunday (Gregorian computus)', () => {
  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('polishHolidays', () => {
  it('lists all 14 holidays of 2026 in date order with their names', () => {
    expect(polishHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nowy Rok' },
      { date: '2026-01-06', name: 'Święto Trzech Króli' },
      { date: '2026-04-05', name: 'Wielkanoc' },
      { date: '2026-04-06', name: 'Poniedziałek Wielkanocny' },
      { date: '2026-05-01', name: 'Święto Pracy' },
      { date: '2026-05-03', name: 'Święto Narodowe Trzeciego Maja' },
      { date: '2026-05-24', name: 'Zielone Świątki' },
      { date: '2026-06-04', name: 'Boże Ciało' },
      { date: '2026-08-15', name: 'Wniebowzięcie Najświętszej Maryi Panny' },
      { date: '2026-11-01', name: 'Wszystkich Świętych' },
      { date: '2026-11-11', name: 'Narodowe Święto Niepodległości' },
      { date: '2026-12-24', name: 'Wigilia Bożego Narodzenia' },
      { date: '2026-12-25', name: 'Pierwszy dzień Bożego Narodzenia' },
      { date: '2026-12-26', name: 'Drugi dzień Bożego Narodzenia' },
    ]);
  });

  it('has 13 holidays in 2024 (no Wigilia yet) and 14 from 2025', () => {
    expect(polishHolidays(2024)).toHaveLength(13);
    expect(polishHolidays(2025)).toHaveLength(14);
  });

  it('puts moving feasts of 2025 and 2027 on the right dates', () => {
    expect(holidayName('2025-04-21')).toBe('Poniedziałek Wielkanocny');
    expect(holidayName('2025-06-08')).toBe('Zielone Świątki');
    expect(holidayName('2025-06-19')).toBe('Boże Ciało');
    expect(holidayName('2027-03-29')).toBe('Poniedziałek Wielkanocny');
    expect(holidayName('2027-05-27')).toBe('Boże Ciało');
  });
});

describe('isPublicHoliday', () => {
  it('Boże Ciało 2026 is on Thursday 4 June; the Friday after is not a holiday', () => {
    expect(holidayName('2026-06-04')).toBe('Boże Ciało');
    expect(isPublicHoliday('2026-06-05')).toBe(false);
  });

  it('24 December is a holiday from 2025 on, not in 2024', () => {
    expect(isPublicHoliday('2024-12-24')).toBe(false);
    expect(isPublicHoliday('2025-12-24')).toBe(true);
    expect(isPublicHoliday('2026-12-24')).toBe(true);
  });

  it('6 January is a holiday from 2011 on', () => {
    expect(isPublicHoliday('2010-01-06')).toBe(false);
    expect(isPublicHoliday('2011-01-06')).toBe(true);
  });

  it('an ordinary Sunday or weekday is not a public holiday', () => {
    expect(isPublicHoliday('2026-12-27')).toBe(false);
    expect(isPublicHoliday('2026-12-01')).toBe(false);
  });

  it('rejects a date that does not exist', () => {
    expect(() => isPublicHoliday('2026-02-30')).toThrow(RangeError);
    expect(() => isPublicHoliday('1.12.2026')).toThrow(RangeError);
  });
});
