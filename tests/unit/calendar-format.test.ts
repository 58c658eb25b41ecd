import { describe, it, expect } from 'vitest';
import { formatClock, formatCount, formatDayLabel, formatDays, formatDeadline, formatDeadlinePhrase, formatSlot, formatWorkingDays, pluralPl } from '../../src/calendar/format-pl.ts';

describe('formatDayLabel', () => {
  it('names the weekday and the day in the genitive', () => {
    expect(formatDayLabel('2026-12-01')).toBe('wtorek, 1 grudnia');
    expect(formatDayLabel('2026-03-30')).toBe('poniedziałek, 30 marca');
    expect(formatDayLabel('2026-10-25')).toBe('niedziela, 25 października');
    expect(formatDayLabel('2027-01-07')).toBe('czwartek, 7 stycznia');
  });
});

describe('formatDeadline and formatDeadlinePhrase', () => {
  it('writes the date, year and Warsaw time', () => {
    expect(formatDeadline(new Date('2026-12-01T14:30:00Z'))).toBe('wtorek, 1 grudnia 2026 r., godz. 15:30');
    expect(formatDeadline(new Date('2026-07-01T05:30:00Z'))).toBe('środa, 1 lipca 2026 r., godz. 7:30');
    expect(formatDeadline(new Date('2026-12-01T23:30:00Z'))).toBe('środa, 2 grudnia 2026 r., godz. 0:30');
  });

  it('reads after "Zadzwonimy najpóźniej" with the right preposition and case', () => {
    expect(formatDeadlinePhrase(new Date('2026-12-01T14:30:00Z'))).toBe('we wtorek, 1 grudnia 2026 r., do godz. 15:30');
    expect(formatDeadlinePhrase(new Date('2026-12-02T14:30:00Z'))).toBe('w środę, 2 grudnia 2026 r., do godz. 15:30');
    expect(formatDeadlinePhrase(new Date('2026-12-07T14:30:00Z'))).toBe('w poniedziałek, 7 grudnia 2026 r., do godz. 15:30');
  });

  it('writes an agreed window', () => {
    expect(formatSlot(new Date('2026-03-30T08:00:00Z'), new Date('2026-03-30T10:00:00Z'))).toBe('poniedziałek, 30 marca 2026 r., godz. 10:00–12:00');
  });
});

describe('plurals', () => {
  it('dzień', () => {
    expect([1, 2, 5, 12, 22, 0].map(formatDays)).toEqual(['1 dzień', '2 dni', '5 dni', '12 dni', '22 dni', '0 dni']);
  });

  it('dzień roboczy', () => {
    expect([1, 2, 4, 5, 12, 22, 25, 0].map(formatWorkingDays)).toEqual([
      '1 dzień roboczy',
      '2 dni robocze',
      '4 dni robocze',
      '5 dni roboczych',
      '12 dni roboczych',
      '22 dni robocze',
      '25 dni roboczych',
      '0 dni roboczych',
    ]);
    expect(formatWorkingDays(1.5)).toBe('1,5 dnia roboczego');
  });

  it('any noun', () => {
    const minutes = { one: 'minuta', few: 'minuty', many: 'minut', other: 'minuty' };
    expect(pluralPl(3, minutes)).toBe('minuty');
    expect(formatCount(60, minutes)).toBe('60 minut');
  });
});

describe('formatClock', () => {
  it('writes hours without a leading zero', () => {
    expect(formatClock(450)).toBe('7:30');
    expect(formatClock(930)).toBe('15:30');
    expect(formatClock(0)).toBe('0:00');
  });
});
