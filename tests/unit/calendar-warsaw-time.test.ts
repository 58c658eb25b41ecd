import { describe, it, expect } from 'vitest';
import { addDays } from '../../src/calendar/iso-date.ts';
import { warsawDate, warsawInstant, warsawLocal, warsawMinutes, warsawWeekday } from '../../src/calendar/warsaw-time.ts';

describe('warsawLocal', () => {
  it('gives the Warsaw date when UTC is still on the previous day (winter, UTC+1)', () => {
    expect(warsawLocal(new Date('2026-12-01T23:30:00Z'))).toEqual({ date: '2026-12-02', minutes: 30, weekday: 'sroda' });
  });

  it('uses UTC+2 in summer', () => {
    expect(warsawLocal(new Date('2026-07-01T22:30:00Z'))).toEqual({ date: '2026-07-02', minutes: 30, weekday: 'czwartek' });
    expect(warsawMinutes(new Date('2026-07-01T05:30:00Z'))).toBe(450);
  });

  it('jumps from 1:59 to 3:00 on the last Sunday of March 2026', () => {
    expect(warsawMinutes(new Date('2026-03-29T00:59:00Z'))).toBe(119);
    expect(warsawMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(180);
  });

  it('repeats 2:00–3:00 on the last Sunday of October 2026', () => {
    expect(warsawMinutes(new Date('2026-10-25T00:30:00Z'))).toBe(150);
    expect(warsawMinutes(new Date('2026-10-25T01:30:00Z'))).toBe(150);
  });

  it('has date and weekday shortcuts', () => {
    expect(warsawDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(warsawWeekday(new Date('2026-12-31T23:00:00Z'))).toBe('piatek');
  });
});

describe('warsawInstant', () => {
  it('maps office times to UTC+1 before and UTC+2 after the spring change', () => {
    expect(warsawInstant('2026-03-27', 600).toISOString()).toBe('2026-03-27T09:00:00.000Z');
    expect(warsawInstant('2026-03-30', 600).toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(warsawInstant('2026-03-30', 930).toISOString()).toBe('2026-03-30T13:30:00.000Z');
  });

  it('maps office times back to UTC+1 after the autumn change', () => {
    expect(warsawInstant('2026-10-23', 450).toISOString()).toBe('2026-10-23T05:30:00.000Z');
    expect(warsawInstant('2026-10-26', 450).toISOString()).toBe('2026-10-26T06:30:00.000Z');
  });

  it('moves a time skipped in spring one hour forward', () => {
    expect(warsawInstant('2026-03-29', 150).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(warsawInstant('2027-03-28', 120).toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('takes the first (summer-time) occurrence of a repeated autumn time', () => {
    expect(warsawInstant('2026-10-25', 150).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(warsawInstant('2026-10-25', 180).toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(warsawInstant('2027-10-31', 60).toISOString()).toBe('2027-10-30T23:00:00.000Z');
  });

  it('treats 1440 minutes as the next midnight', () => {
    expect(warsawInstant('2026-03-29', 1440).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(warsawInstant('2026-12-31', 1440).toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('round-trips every day of 2026 at several times of day', () => {
    for (let d = '2026-01-01'; d < '2027-01-01'; d = addDays(d, 1)) {
      for (const m of [0, 450, 930, 1439]) {
        const local = warsawLocal(warsawInstant(d, m));
        expect([local.date, local.minutes]).toEqual([d, m]);
      }
    }
  });

  it('rejects bad input', () => {
    expect(() => warsawInstant('2026-13-01', 0)).toThrow(RangeError);
    expect(() => warsawInstant('2026-12-01', 1.5)).toThrow(RangeError);
    expect(() => warsawLocal(new Date('nonsense'))).toThrow(RangeError);
  });
});
