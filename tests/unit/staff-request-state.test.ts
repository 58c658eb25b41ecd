import { describe, expect, it } from 'vitest';
import { actionProblem, allowedActions, attemptsAllowUnreachable, partOfDay } from '../../src/staff/request-state.ts';

// Warsaw is UTC+1 in December.
const at = (hhmm: string, day = '2026-12-01') => new Date(`${day}T${hhmm}:00+01:00`);

describe('request states', () => {
  it('offers "take" and "transfer" on a new request, nothing to close it yet', () => {
    expect(allowedActions('new', [])).toEqual(['take', 'transfer']);
    expect(actionProblem('done', 'new', [])).toMatch(/^Najpierw zapisz „Biorę tę prośbę”/);
  });

  it('offers attempt, done, a proposal of another date or form, and transfer once taken', () => {
    expect(allowedActions('in-progress', [])).toEqual(['attempt', 'done', 'propose', 'transfer']);
  });

  it('needs two failed attempts at different parts of the day before "unreachable"', () => {
    expect(actionProblem('unreachable', 'attempt-failed', [at('08:30')])).toMatch(/co najmniej 2 nieudanych próbach.*Do tej pory: 1 próba \(rano\)/);
    expect(attemptsAllowUnreachable([at('08:30'), at('09:40')])).toBe(false);
    expect(attemptsAllowUnreachable([at('08:30'), at('09:40', '2026-12-02')])).toBe(false);
    expect(attemptsAllowUnreachable([at('08:30'), at('13:10')])).toBe(true);
    expect(allowedActions('attempt-failed', [at('09:59'), at('10:00')])).toContain('unreachable');
  });

  it('cuts the day at the form\'s hours: before 10, 10 to 12, from 12', () => {
    expect([at('07:30'), at('09:59'), at('10:00'), at('11:59'), at('12:00'), at('15:29')].map(partOfDay)).toEqual(['rano', 'rano', 'przed-poludniem', 'przed-poludniem', 'po-poludniu', 'po-poludniu']);
  });

  it('refuses every action on a closed request and says so', () => {
    for (const state of ['done', 'unreachable'] as const) {
      expect(allowedActions(state, [at('08:00'), at('13:00')])).toEqual([]);
      expect(actionProblem('done', state, [])).toMatch(/^Prośba ma już stan .*Nic nie zmieniono\.$/);
    }
  });

  it('lets the new unit take a transferred request', () => {
    expect(allowedActions('transferred', [])).toEqual(['take', 'transfer']);
  });
});
