import { describe, it, expect } from 'vitest';
import { OfficeCalendar } from '../../src/calendar/working-days.ts';
import { availableWindows, findWindow, splitIntoWindows, windowId, windowsOn } from '../../src/calendar/time-windows.ts';
import type { WeekHours } from '../../src/calendar/week-hours.ts';

const weekdays = [{ od: '7:30', do: '15:30' }];
const hours: WeekHours = { poniedzialek: weekdays, wtorek: weekdays, sroda: weekdays, czwartek: weekdays, piatek: weekdays, sobota: [], niedziela: [] };
const office = new OfficeCalendar(hours);
const ids = (ws: readonly { id: string }[]): string[] => ws.map((w) => w.id);

describe('splitIntoWindows', () => {
  it('cuts 7:30–15:30 at 10:00 and 12:00', () => {
    expect(splitIntoWindows([{ start: 450, end: 930 }])).toEqual([
      { id: '0730-1000', start: 450, end: 600, label: '7:30–10:00' },
      { id: '1000-1200', start: 600, end: 720, label: '10:00–12:00' },
      { id: '1200-1530', start: 720, end: 930, label: '12:00–15:30' },
    ]);
  });

  it('cuts 8:00–16:00 the same way', () => {
    expect(ids(splitIntoWindows([{ start: 480, end: 960 }]))).toEqual(['0800-1000', '1000-1200', '1200-1600']);
  });

  it('merges a piece shorter than an hour into its neighbour', () => {
    expect(ids(splitIntoWindows([{ start: 585, end: 930 }]))).toEqual(['0945-1200', '1200-1530']);
    expect(ids(splitIntoWindows([{ start: 450, end: 615 }]))).toEqual(['0730-1015']);
  });

  it('never spans a break, and keeps a short interval as one window', () => {
    expect(ids(splitIntoWindows([{ start: 480, end: 720 }, { start: 780, end: 960 }]))).toEqual(['0800-1000', '1000-1200', '1300-1600']);
    expect(ids(splitIntoWindows([{ start: 900, end: 930 }]))).toEqual(['1500-1530']);
  });

  it('follows a custom rule', () => {
    expect(ids(splitIntoWindows([{ start: 450, end: 930 }], { cuts: [780, 600] }))).toEqual(['0730-1000', '1000-1300', '1300-1530']);
    expect(ids(splitIntoWindows([{ start: 450, end: 930 }], { cuts: [540, 600], minMinutes: 90 }))).toEqual(['0730-1000', '1000-1530']);
  });

  it('builds ids from start and end', () => {
    expect(windowId(450, 600)).toBe('0730-1000');
    expect(windowId(0, 1439)).toBe('0000-2359');
  });
});

describe('windowsOn, availableWindows, findWindow', () => {
  it('has no windows on a holiday', () => {
    expect(windowsOn(office, '2026-12-24')).toEqual([]);
  });

  it('offers every window on a later day and none on an earlier one', () => {
    const now = new Date('2026-12-01T11:00+01:00');
    expect(ids(availableWindows(office, '2026-12-02', now))).toEqual(['0730-1000', '1000-1200', '1200-1530']);
    expect(availableWindows(office, '2026-11-30', now)).toEqual([]);
  });

  it('offers a window today only with at least 60 minutes of it left', () => {
    expect(ids(availableWindows(office, '2026-12-01', new Date('2026-12-01T11:00+01:00')))).toEqual(['1000-1200', '1200-1530']);
    expect(ids(availableWindows(office, '2026-12-01', new Date('2026-12-01T11:01+01:00')))).toEqual(['1200-1530']);
    expect(ids(availableWindows(office, '2026-12-01', new Date('2026-12-01T11:01+01:00'), 30))).toEqual(['1000-1200', '1200-1530']);
    expect(availableWindows(office, '2026-12-01', new Date('2026-12-01T14:31+01:00'))).toEqual([]);
  });

  it('finds a window by id', () => {
    expect(findWindow(office, '2026-12-01', '1000-1200')).toEqual({ id: '1000-1200', start: 600, end: 720, label: '10:00–12:00' });
    expect(findWindow(office, '2026-12-01', '1000-1300')).toBeUndefined();
    expect(findWindow(office, '2026-12-05', '1000-1200')).toBeUndefined();
  });
});
