import { describe, expect, it } from 'vitest';
import { workingMinutesBefore } from '../../src/calendar/working-time.ts';
import { calendar } from './helpers/real-content.ts';

// Warsaw is UTC+1 in winter, UTC+2 in summer; hours: Monday 8:00–16:00, Tuesday–Friday 7:30–15:30.
const w = (local: string, offset = '+01:00') => new Date(`${local}:00${offset}`);

describe('workingMinutesBefore', () => {
  it('counts back within one day', () => {
    expect(workingMinutesBefore(calendar, w('2026-12-02T15:30'), 120)).toEqual(w('2026-12-02T13:30'));
  });

  it('crosses a weekend: Monday 8:30 minus two working hours is Friday 14:00', () => {
    expect(workingMinutesBefore(calendar, w('2026-12-07T08:30'), 120)).toEqual(w('2026-12-04T14:00'));
  });

  it('crosses Christmas (24–26 December are holidays) and the weekend', () => {
    // Monday 28 December 2026, 9:00 minus 3 h: one hour on Monday, two on Wednesday 23 December.
    expect(workingMinutesBefore(calendar, w('2026-12-28T09:00'), 180)).toEqual(w('2026-12-23T13:30'));
  });

  it('starts from the close of the day when the instant is after hours', () => {
    expect(workingMinutesBefore(calendar, w('2026-12-02T20:00'), 30)).toEqual(w('2026-12-02T15:00'));
  });

  it('keeps to Warsaw time in summer', () => {
    expect(workingMinutesBefore(calendar, w('2026-06-02T15:30', '+02:00'), 60)).toEqual(w('2026-06-02T14:30', '+02:00'));
  });

  it('refuses a negative or fractional lead', () => {
    expect(() => workingMinutesBefore(calendar, w('2026-12-02T15:30'), -1)).toThrow(RangeError);
    expect(() => workingMinutesBefore(calendar, w('2026-12-02T15:30'), 1.5)).toThrow(RangeError);
  });
});
