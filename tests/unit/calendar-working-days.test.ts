import { describe, it, expect } from 'vitest';
import { OfficeCalendar } from '../../src/calendar/working-days.ts';
import type { WeekHours } from '../../src/calendar/week-hours.ts';

const weekdays = [{ od: '7:30', do: '15:30' }];
const hours: WeekHours = { poniedzialek: weekdays, wtorek: weekdays, sroda: weekdays, czwartek: weekdays, piatek: weekdays, sobota: [], niedziela: [] };
const office = new OfficeCalendar(hours);

/** A Warsaw wall-clock time written with its UTC offset, e.g. at('2026-12-01T10:00+01:00'). */
const at = (s: string): Date => new Date(s);

describe('isWorkingDay and hoursOn', () => {
  it('is open on weekdays with hours and closed at weekends', () => {
    expect(office.isWorkingDay('2026-12-01')).toBe(true);
    expect(office.isWorkingDay('2026-12-05')).toBe(false);
    expect(office.isWorkingDay('2026-12-06')).toBe(false);
    expect(office.hoursOn('2026-12-01')).toEqual([{ start: 450, end: 930 }]);
    expect(office.hoursOn('2026-12-05')).toEqual([]);
  });

  it('is closed on public holidays, including Easter Monday and Wigilia', () => {
    expect(office.isWorkingDay('2026-04-06')).toBe(false);
    expect(office.isWorkingDay('2026-12-24')).toBe(false);
    expect(office.isWorkingDay('2024-12-24')).toBe(true);
    expect(office.hoursOn('2026-06-04')).toEqual([]);
  });

  it('is closed on extra closed days', () => {
    const cal = new OfficeCalendar(hours, ['2026-11-10']);
    expect(cal.isWorkingDay('2026-11-10')).toBe(false);
    expect(cal.isWorkingDay('2026-11-09')).toBe(true);
  });

  it('is closed on a holiday that falls on a day the office is normally open, e.g. a Saturday', () => {
    const saturdays = new OfficeCalendar({ ...hours, sobota: [{ od: '9:00', do: '13:00' }] });
    expect(saturdays.isWorkingDay('2026-12-19')).toBe(true);
    expect(saturdays.isWorkingDay('2026-12-26')).toBe(false);
  });

  it('sorts intervals and gives opening and closing instants', () => {
    const split = new OfficeCalendar({ ...hours, poniedzialek: [{ od: '13:00', do: '17:00' }, { od: '8:00', do: '12:00' }] });
    expect(split.hoursOn('2026-11-30')).toEqual([{ start: 480, end: 720 }, { start: 780, end: 1020 }]);
    expect(split.openingTime('2026-11-30').toISOString()).toBe('2026-11-30T07:00:00.000Z');
    expect(split.closingTime('2026-11-30').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(() => split.closingTime('2026-11-29')).toThrow(RangeError);
  });

  it('rejects an extra closed day that is not a date', () => {
    expect(() => new OfficeCalendar(hours, ['2026-11-31'])).toThrow(RangeError);
  });
});

describe('nextWorkingDay and addWorkingDays', () => {
  it('after Wednesday 23 Dec 2026 comes Monday 28 Dec (24–26 holidays, 27 Sunday)', () => {
    expect(office.nextWorkingDay('2026-12-23')).toBe('2026-12-28');
  });

  it('skips New Year and the weekend, and Trzech Króli', () => {
    expect(office.nextWorkingDay('2026-12-31')).toBe('2027-01-04');
    expect(office.nextWorkingDay('2027-01-05')).toBe('2027-01-07');
  });

  it('skips Easter Monday', () => {
    expect(office.nextWorkingDay('2026-04-03')).toBe('2026-04-07');
  });

  it('counts working days ahead', () => {
    expect(office.addWorkingDays('2026-12-04', 3)).toBe('2026-12-09');
    expect(office.addWorkingDays('2026-12-22', 2)).toBe('2026-12-28');
    expect(office.addWorkingDays('2026-12-23', 0)).toBe('2026-12-23');
    expect(() => office.addWorkingDays('2026-12-23', -1)).toThrow(RangeError);
  });

  it('gives up on an office that never opens', () => {
    const closed = new OfficeCalendar({ poniedzialek: [], wtorek: [], sroda: [], czwartek: [], piatek: [], sobota: [], niedziela: [] });
    expect(() => closed.nextWorkingDay('2026-12-01')).toThrow(RangeError);
  });
});

describe('nextWorkingDays', () => {
  it('offers today while at least 60 minutes of hours are left', () => {
    expect(office.nextWorkingDays(at('2026-12-01T10:00+01:00'), 5)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07']);
    expect(office.nextWorkingDays(at('2026-12-01T14:30+01:00'), 2)).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('does not offer today with less than 60 minutes left or after hours', () => {
    expect(office.nextWorkingDays(at('2026-12-01T14:31+01:00'), 2)).toEqual(['2026-12-02', '2026-12-03']);
    expect(office.nextWorkingDays(at('2026-12-01T18:00+01:00'), 2)).toEqual(['2026-12-02', '2026-12-03']);
  });

  it('takes the minimum minutes left as a parameter', () => {
    expect(office.nextWorkingDays(at('2026-12-01T15:00+01:00'), 1, { minMinutesLeftToday: 30 })).toEqual(['2026-12-01']);
    expect(office.nextWorkingDays(at('2026-12-01T08:00+01:00'), 1, { minMinutesLeftToday: 480 })).toEqual(['2026-12-02']);
  });

  it('offers today before opening', () => {
    expect(office.nextWorkingDays(at('2026-12-01T06:00+01:00'), 1)).toEqual(['2026-12-01']);
  });

  it('uses the Warsaw date even when UTC is on the previous day', () => {
    // 00:30 on Wednesday in Warsaw, still Tuesday in UTC and New York.
    expect(office.nextWorkingDays(new Date('2026-12-01T23:30:00Z'), 1)).toEqual(['2026-12-02']);
  });

  it('skips Christmas and New Year', () => {
    expect(office.nextWorkingDays(at('2026-12-23T16:00+01:00'), 5)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-04']);
  });

  it('skips Boże Ciało, and the Friday after when the office closes it', () => {
    expect(office.nextWorkingDays(at('2026-06-03T16:00+02:00'), 2)).toEqual(['2026-06-05', '2026-06-08']);
    const bridge = new OfficeCalendar(hours, ['2026-06-05']);
    expect(bridge.nextWorkingDays(at('2026-06-03T16:00+02:00'), 2)).toEqual(['2026-06-08', '2026-06-09']);
  });

  it('skips an extra closed day next to a holiday', () => {
    const cal = new OfficeCalendar(hours, ['2026-11-10']);
    expect(cal.nextWorkingDays(at('2026-11-09T16:00+01:00'), 3)).toEqual(['2026-11-12', '2026-11-13', '2026-11-16']);
  });

  it('offers Monday 30 March 2026 after the DST change', () => {
    expect(office.nextWorkingDays(at('2026-03-27T18:00+01:00'), 2)).toEqual(['2026-03-30', '2026-03-31']);
    expect(office.nextWorkingDays(at('2026-03-29T23:30+02:00'), 1)).toEqual(['2026-03-30']);
  });

  it('with PJM notice starts 3 working days after today, never today', () => {
    expect(office.nextWorkingDays(at('2026-12-01T06:00+01:00'), 3, { minWorkingDaysAhead: 3 })).toEqual(['2026-12-04', '2026-12-07', '2026-12-08']);
    expect(office.nextWorkingDays(at('2026-12-05T10:00+01:00'), 1, { minWorkingDaysAhead: 3 })).toEqual(['2026-12-09']);
    expect(office.nextWorkingDays(at('2026-12-21T10:00+01:00'), 1, { minWorkingDaysAhead: 3 })).toEqual(['2026-12-28']);
  });

  it('with one day of notice starts tomorrow even before opening', () => {
    expect(office.nextWorkingDays(at('2026-12-01T06:00+01:00'), 1, { minWorkingDaysAhead: 1 })).toEqual(['2026-12-02']);
  });

  it('returns nothing for a count of 0 and rejects bad counts', () => {
    expect(office.nextWorkingDays(at('2026-12-01T10:00+01:00'), 0)).toEqual([]);
    expect(() => office.nextWorkingDays(at('2026-12-01T10:00+01:00'), 1.5)).toThrow(RangeError);
    expect(() => office.nextWorkingDays(at('2026-12-01T10:00+01:00'), 1, { minWorkingDaysAhead: -1 })).toThrow(RangeError);
  });
});

describe('minutesLeft', () => {
  it('counts opening minutes still ahead today, across a break', () => {
    const split = new OfficeCalendar({ ...hours, poniedzialek: [{ od: '8:00', do: '12:00' }, { od: '13:00', do: '17:00' }] });
    expect(split.minutesLeft(at('2026-11-30T07:00+01:00'))).toBe(480);
    expect(split.minutesLeft(at('2026-11-30T11:00+01:00'))).toBe(300);
    expect(split.minutesLeft(at('2026-11-30T12:30+01:00'))).toBe(240);
    expect(split.minutesLeft(at('2026-11-30T17:00+01:00'))).toBe(0);
    expect(split.minutesLeft(at('2026-11-29T10:00+01:00'))).toBe(0);
  });
});
