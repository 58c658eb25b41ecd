import { describe, expect, it } from 'vitest';
import { formatDay, formatDayLabel, formatDeadlinePhrase, formatForDay, formatFromDay, formatOnDay, weekdayName } from '../../src/calendar/format-pl.ts';
import { weekdayKeys } from '../../src/calendar/week-hours.ts';

// Monday 30 November to Sunday 6 December 2026.
const week = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];

describe('a day in each grammatical case, for every weekday', () => {
  it.each([
    ['nominative', ['poniedziałek, 30 listopada', 'wtorek, 1 grudnia', 'środa, 2 grudnia', 'czwartek, 3 grudnia', 'piątek, 4 grudnia', 'sobota, 5 grudnia', 'niedziela, 6 grudnia']],
    ['genitive', ['poniedziałku, 30 listopada', 'wtorku, 1 grudnia', 'środy, 2 grudnia', 'czwartku, 3 grudnia', 'piątku, 4 grudnia', 'soboty, 5 grudnia', 'niedzieli, 6 grudnia']],
    ['accusative', ['poniedziałek, 30 listopada', 'wtorek, 1 grudnia', 'środę, 2 grudnia', 'czwartek, 3 grudnia', 'piątek, 4 grudnia', 'sobotę, 5 grudnia', 'niedzielę, 6 grudnia']],
    ['instrumental', ['poniedziałkiem, 30 listopada', 'wtorkiem, 1 grudnia', 'środą, 2 grudnia', 'czwartkiem, 3 grudnia', 'piątkiem, 4 grudnia', 'sobotą, 5 grudnia', 'niedzielą, 6 grudnia']],
    ['locative', ['poniedziałku, 30 listopada', 'wtorku, 1 grudnia', 'środzie, 2 grudnia', 'czwartku, 3 grudnia', 'piątku, 4 grudnia', 'sobocie, 5 grudnia', 'niedzieli, 6 grudnia']],
  ] as const)('%s', (grammaticalCase, expected) => {
    expect(week.map((d) => formatDay(d, grammaticalCase))).toEqual(expected);
  });

  it('the radio label is the nominative', () => {
    expect(week.map(formatDayLabel)).toEqual(week.map((d) => formatDay(d, 'nominative')));
  });

  it('weekdayName covers every weekday key, nominative by default', () => {
    expect(weekdayKeys.map((k) => weekdayName(k))).toEqual(['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela']);
    expect(weekdayName('sobota', 'genitive')).toBe('soboty');
  });
});

describe('a day after a preposition', () => {
  it('"od" takes the genitive: "od piątku, 4 grudnia", never "od piątek"', () => {
    expect(week.map(formatFromDay)).toEqual([
      'od poniedziałku, 30 listopada',
      'od wtorku, 1 grudnia',
      'od środy, 2 grudnia',
      'od czwartku, 3 grudnia',
      'od piątku, 4 grudnia',
      'od soboty, 5 grudnia',
      'od niedzieli, 6 grudnia',
    ]);
  });

  it('"na" takes the accusative: "na środę, 2 grudnia"', () => {
    expect(week.map(formatForDay)).toEqual([
      'na poniedziałek, 30 listopada',
      'na wtorek, 1 grudnia',
      'na środę, 2 grudnia',
      'na czwartek, 3 grudnia',
      'na piątek, 4 grudnia',
      'na sobotę, 5 grudnia',
      'na niedzielę, 6 grudnia',
    ]);
  });

  it('"w" takes the accusative, "we" before "wtorek"', () => {
    expect(week.map(formatOnDay)).toEqual([
      'w poniedziałek, 30 listopada',
      'we wtorek, 1 grudnia',
      'w środę, 2 grudnia',
      'w czwartek, 3 grudnia',
      'w piątek, 4 grudnia',
      'w sobotę, 5 grudnia',
      'w niedzielę, 6 grudnia',
    ]);
    // The deadline phrase uses the same forms (15:30 Warsaw time each day).
    expect(week.map((d) => formatDeadlinePhrase(new Date(`${d}T14:30:00Z`)).split(' 2026')[0])).toEqual(week.map(formatOnDay));
  });
});
