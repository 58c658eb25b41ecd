import { describe, expect, it } from 'vitest';
import { OfficeCalendar } from '../../src/calendar/working-days.ts';
import type { WeekHours } from '../../src/calendar/week-hours.ts';
import { addMonths, extensionProblem, legalDeadline, pfronComplaintLastDay } from '../../src/accessibility-requests/legal-deadlines.ts';

const weekdays = [{ od: '7:30', do: '15:30' }];
const hours: WeekHours = { poniedzialek: weekdays, wtorek: weekdays, sroda: weekdays, czwartek: weekdays, piatek: weekdays, sobota: [], niedziela: [] };
const office = new OfficeCalendar(hours, ['2026-11-10']);
const at = (local: string) => new Date(local);

describe('legalDeadline', () => {
  it('digital: 7 days from the day after receipt; a working last day is the office target', () => {
    // Tuesday 1 Dec → Tuesday 8 Dec
    expect(legalDeadline('cyfrowa', at('2026-12-01T10:00+01:00'), office)).toEqual({
      received: '2026-12-01',
      lastDay: '2026-12-08',
      officeTarget: '2026-12-08',
      latestExtension: '2027-02-01',
    });
  });

  it('architectural: 14 days', () => {
    expect(legalDeadline('architektoniczna', at('2026-12-01T10:00+01:00'), office).lastDay).toBe('2026-12-15');
  });

  it('the Warsaw date counts, not UTC: 23:30 UTC on 30 Nov is 1 Dec in Warsaw', () => {
    expect(legalDeadline('cyfrowa', at('2026-11-30T23:30:00Z'), office).received).toBe('2026-12-01');
  });

  it('a last day on a Sunday: the law keeps it, the office aims for the Friday before', () => {
    // Sunday 6 Dec 2026 ← received Sunday 29 Nov
    const d = legalDeadline('cyfrowa', at('2026-11-29T12:00+01:00'), office);
    expect(d.lastDay).toBe('2026-12-06');
    expect(d.officeTarget).toBe('2026-12-04');
  });

  it('a last day on a public holiday after a weekend: back over both', () => {
    // Received 18 Dec 2026 (Friday); + 7 = Friday 25 Dec (Christmas); 24 Dec is a holiday from 2025 → Wednesday 23 Dec
    const d = legalDeadline('cyfrowa', at('2026-12-18T09:00+01:00'), office);
    expect(d.lastDay).toBe('2026-12-25');
    expect(d.officeTarget).toBe('2026-12-23');
  });

  it('an extra closed day of the office moves the target too', () => {
    // 10 Nov 2026 is closed in this calendar; received 3 Nov (Tue) + 7 = 10 Nov → Monday 9 Nov
    expect(legalDeadline('cyfrowa', at('2026-11-03T09:00+01:00'), office).officeTarget).toBe('2026-11-09');
  });

  it('across a month and a year end', () => {
    expect(legalDeadline('architektoniczna', at('2026-12-28T09:00+01:00'), office).lastDay).toBe('2027-01-11');
    expect(legalDeadline('cyfrowa', at('2027-01-31T09:00+01:00'), office).lastDay).toBe('2027-02-07');
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-12-01', '2027-02-01'],
    ['2026-12-31', '2027-02-28'],
    ['2027-12-31', '2028-02-29'],
    ['2026-10-31', '2026-12-31'],
    ['2026-08-31', '2026-10-31'],
    ['2026-07-31', '2026-09-30'],
  ])('%s + 2 months = %s', (from, to) => {
    expect(addMonths(from, 2)).toBe(to);
  });
});

describe('extensionProblem', () => {
  const d = legalDeadline('cyfrowa', at('2026-12-01T10:00+01:00'), office);
  it('accepts a date after the legal day and within 2 months', () => {
    expect(extensionProblem(d, '2027-02-01', '2026-12-05')).toBeUndefined();
    expect(extensionProblem(d, '2026-12-09', '2026-12-05')).toBeUndefined();
  });
  it('refuses a date past 2 months, on or before the legal day, or in the past', () => {
    expect(extensionProblem(d, '2027-02-02', '2026-12-05')).toBe('Nowy termin może przypadać najpóźniej 2 miesiące od dnia wystąpienia z żądaniem.');
    expect(extensionProblem(d, '2026-12-08', '2026-12-05')).toBe('Nowy termin musi być późniejszy niż termin ustawowy.');
    expect(extensionProblem(d, '2026-12-20', '2026-12-21')).toBe('Nowy termin nie może przypadać w przeszłości.');
  });
});

it('PFRON complaint: 30 days from the missed deadline', () => {
  expect(pfronComplaintLastDay('2026-12-15')).toBe('2027-01-14');
});

it('formatCalendarDate writes the month in the genitive and "r."', async () => {
  const { formatCalendarDate } = await import('../../src/calendar/format-pl.ts');
  expect(formatCalendarDate('2026-12-08')).toBe('8 grudnia 2026 r.');
  expect(formatCalendarDate('2027-03-01')).toBe('1 marca 2027 r.');
});
