import { describe, it, expect } from 'vitest';
import { OfficeCalendar } from '../../src/calendar/working-days.ts';
import { PJM_MIN_WORKING_DAYS_AHEAD, callbackDeadline } from '../../src/calendar/deadline.ts';
import { choiceProblem } from '../../src/calendar/choice-check.ts';
import type { WeekHours } from '../../src/calendar/week-hours.ts';

const weekdays = [{ od: '7:30', do: '15:30' }];
const hours: WeekHours = { poniedzialek: weekdays, wtorek: weekdays, sroda: weekdays, czwartek: weekdays, piatek: weekdays, sobota: [], niedziela: [] };
const office = new OfficeCalendar(hours, ['2026-11-10']);
const asap = { kind: 'asap' } as const;
const deadlineOf = (sent: string, choice: Parameters<typeof callbackDeadline>[1] = asap): string =>
  callbackDeadline(new Date(sent), choice, office).deadline.toISOString();

describe('callbackDeadline: asap', () => {
  it('before opening on a working day: the end of that day', () => {
    expect(deadlineOf('2026-12-01T06:00+01:00')).toBe('2026-12-01T14:30:00.000Z');
  });

  it('just after midnight in Warsaw (still the previous day in UTC): the end of that Warsaw day', () => {
    expect(deadlineOf('2026-12-01T23:30:00Z')).toBe('2026-12-02T14:30:00.000Z');
  });

  it('during hours: the end of the next working day', () => {
    expect(deadlineOf('2026-12-01T07:30+01:00')).toBe('2026-12-02T14:30:00.000Z');
    expect(deadlineOf('2026-12-01T10:00+01:00')).toBe('2026-12-02T14:30:00.000Z');
  });

  it('after hours: the end of the next working day', () => {
    expect(deadlineOf('2026-12-01T18:00+01:00')).toBe('2026-12-02T14:30:00.000Z');
  });

  it('on Friday evening: the end of Monday', () => {
    expect(deadlineOf('2026-12-04T20:00+01:00')).toBe('2026-12-07T14:30:00.000Z');
  });

  it('on Saturday morning: the end of Monday', () => {
    expect(deadlineOf('2026-12-05T09:00+01:00')).toBe('2026-12-07T14:30:00.000Z');
  });

  it('before the May long weekend: the end of Monday 4 May (summer time)', () => {
    expect(deadlineOf('2026-04-30T16:00+02:00')).toBe('2026-05-04T13:30:00.000Z');
  });

  it('before Christmas: the end of Monday 28 December', () => {
    expect(deadlineOf('2026-12-23T12:00+01:00')).toBe('2026-12-28T14:30:00.000Z');
  });

  it('before an extra closed day and a holiday: the end of Thursday 12 November', () => {
    expect(deadlineOf('2026-11-09T12:00+01:00')).toBe('2026-11-12T14:30:00.000Z');
  });

  it('on Friday before the spring DST change: Monday 15:30 summer time', () => {
    expect(deadlineOf('2026-03-27T12:00+01:00')).toBe('2026-03-30T13:30:00.000Z');
  });

  it('has no start', () => {
    expect(callbackDeadline(new Date('2026-12-01T10:00+01:00'), asap, office).start).toBeUndefined();
  });
});

describe('callbackDeadline: any time', () => {
  it('has the same latest deadline as asap', () => {
    expect(deadlineOf('2026-12-01T06:00+01:00', { kind: 'any' })).toBe('2026-12-01T14:30:00.000Z');
    expect(deadlineOf('2026-12-04T20:00+01:00', { kind: 'any' })).toBe('2026-12-07T14:30:00.000Z');
  });
});

describe('callbackDeadline: PJM interpreter', () => {
  it('ends with the 3rd working day after the day sent', () => {
    const options = { minWorkingDaysAhead: PJM_MIN_WORKING_DAYS_AHEAD };
    expect(callbackDeadline(new Date('2026-11-30T06:00+01:00'), asap, office, options).deadline.toISOString()).toBe('2026-12-03T14:30:00.000Z');
    expect(callbackDeadline(new Date('2026-11-09T10:00+01:00'), asap, office, options).deadline.toISOString()).toBe('2026-11-16T14:30:00.000Z');
  });
});

describe('callbackDeadline: slot', () => {
  it('a window: from its start to its end', () => {
    const r = callbackDeadline(new Date('2026-11-30T10:00+01:00'), { kind: 'slot', date: '2026-12-01', windowId: '1000-1200' }, office);
    expect(r.start?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(r.deadline.toISOString()).toBe('2026-12-01T11:00:00.000Z');
  });

  it('a window on Monday 30 March 2026, after the DST change, is in summer time', () => {
    const r = callbackDeadline(new Date('2026-03-27T10:00+01:00'), { kind: 'slot', date: '2026-03-30', windowId: '1200-1530' }, office);
    expect(r.start?.toISOString()).toBe('2026-03-30T10:00:00.000Z');
    expect(r.deadline.toISOString()).toBe('2026-03-30T13:30:00.000Z');
  });

  it('a day without a window: the whole day', () => {
    const r = callbackDeadline(new Date('2026-11-30T10:00+01:00'), { kind: 'slot', date: '2026-12-01' }, office);
    expect(r.start?.toISOString()).toBe('2026-12-01T06:30:00.000Z');
    expect(r.deadline.toISOString()).toBe('2026-12-01T14:30:00.000Z');
  });

  it('throws for a closed day or an unknown window', () => {
    const sent = new Date('2026-11-30T10:00+01:00');
    expect(() => callbackDeadline(sent, { kind: 'slot', date: '2026-12-24' }, office)).toThrow(RangeError);
    expect(() => callbackDeadline(sent, { kind: 'slot', date: '2026-12-01', windowId: '0900-1000' }, office)).toThrow(RangeError);
  });
});

describe('choiceProblem', () => {
  const sent = new Date('2026-12-01T11:30+01:00');

  it('accepts asap, any, and a window still open', () => {
    expect(choiceProblem(sent, asap, office)).toBeUndefined();
    expect(choiceProblem(sent, { kind: 'any' }, office)).toBeUndefined();
    expect(choiceProblem(sent, { kind: 'slot', date: '2026-12-01', windowId: '1200-1530' }, office)).toBeUndefined();
    expect(choiceProblem(sent, { kind: 'slot', date: '2026-12-01' }, office)).toBeUndefined();
  });

  it('refuses a closed day, an unknown window and a window that has (almost) passed', () => {
    expect(choiceProblem(sent, { kind: 'slot', date: '2026-12-05' }, office)).toBe('closed-day');
    expect(choiceProblem(sent, { kind: 'slot', date: '2026-12-01', windowId: '1100-1200' }, office)).toBe('unknown-window');
    expect(choiceProblem(sent, { kind: 'slot', date: '2026-12-01', windowId: '1000-1200' }, office)).toBe('too-late');
    expect(choiceProblem(sent, { kind: 'slot', date: '2026-11-30' }, office)).toBe('too-late');
    expect(choiceProblem(new Date('2026-12-01T14:45+01:00'), { kind: 'slot', date: '2026-12-01' }, office)).toBe('too-late');
  });

  it('refuses a PJM call sooner than 3 working days ahead', () => {
    const options = { minWorkingDaysAhead: PJM_MIN_WORKING_DAYS_AHEAD };
    expect(choiceProblem(sent, { kind: 'slot', date: '2026-12-03' }, office, options)).toBe('too-soon');
    expect(choiceProblem(sent, { kind: 'slot', date: '2026-12-04', windowId: '0730-1000' }, office, options)).toBeUndefined();
  });
});
