import fc from 'fast-check';
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

/**
 * The module remembers Warsaw's offset per UTC hour. These compare it, in
 * any order of calls, with Intl asked afresh each time, across every
 * summer-time change of a century and far outside the remembered years.
 */
describe('remembered offsets', () => {
  const fresh = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Warsaw', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const fields = (ms: number) => Object.fromEntries(fresh.formatToParts(ms).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)])) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  /** Warsaw date and minutes of an instant, from Intl alone. */
  const expectedLocal = (ms: number) => {
    const f = fields(ms);
    return { date: `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`, minutes: f.hour * 60 + f.minute };
  };
  /** The instant of a Warsaw wall time, from Intl alone: the earliest instant of the day's candidates that shows it, else an hour later. */
  const expectedInstant = (date: string, minutes: number) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const wall = Date.UTC(y, m - 1, d, 0, minutes);
    const wallOf = (ms: number) => {
      const f = fields(ms);
      return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
    };
    const shown = [wall - HOUR, wall - 2 * HOUR, wall - 3 * HOUR, wall].filter((ms) => wallOf(ms) === wall);
    return shown.length > 0 ? Math.min(...shown) : wall - (wallOf(wall - DAY) - (wall - DAY));
  };
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const lastSunday = (year: number, month: number) => {
    const last = new Date(Date.UTC(year, month, 0));
    return Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay());
  };
  /** Every change 2000–2100 (01:00 UTC on the last Sunday of March and October). */
  const changes = Array.from({ length: 101 }, (_, i) => 2000 + i).flatMap((y) => [lastSunday(y, 3) + HOUR, lastSunday(y, 10) + HOUR]);

  it('gives the same local time as Intl at and around every change, 2000–2100', () => {
    for (const at of changes) {
      for (const delta of [-HOUR, -1000, -1, 0, 1, 999, 1000, HOUR - 1000, HOUR]) {
        const ms = at + delta;
        expect(warsawLocal(new Date(ms)), new Date(ms).toISOString()).toMatchObject(expectedLocal(ms));
        // Once more, now that the hour is remembered.
        expect(warsawLocal(new Date(ms)), new Date(ms).toISOString()).toMatchObject(expectedLocal(ms));
      }
    }
  });

  it('gives the same instant as Intl for every minute of both change days of 2026 and for office hours around them', () => {
    for (const date of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26']) {
      for (let minutes = 0; minutes <= 1440; minutes += 5) expect(warsawInstant(date, minutes).getTime(), `${date} ${minutes}`).toBe(expectedInstant(date, minutes));
    }
  });

  it('agrees with Intl for any instant 1900–2300 and any wall time 1970–2199, in any order', () => {
    const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2300, 0, 1) });
    fc.assert(fc.property(instant, (ms) => {
      expect(warsawLocal(new Date(ms))).toMatchObject(expectedLocal(ms));
    }), { numRuns: 2000 });
    const day = fc.integer({ min: 0, max: 230 * 365 }).map((n) => new Date(Date.UTC(1970, 0, 1) + n * DAY).toISOString().slice(0, 10));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 1440 }), (date, minutes) => {
      expect(warsawInstant(date, minutes).getTime()).toBe(expectedInstant(date, minutes));
    }), { numRuns: 2000 });
  });
});
