/**
 * Office calendar for callback requests: Polish public holidays, Europe/Warsaw
 * time, working days, time windows, callback deadlines and Polish labels.
 */
export { addDays, daysBetween, isoDateOf, parseIsoDate, weekdayOf, type IsoDate } from './iso-date.ts';
export {
  CHRISTMAS_EVE_FROM_YEAR,
  EPIPHANY_FROM_YEAR,
  easterSunday,
  holidayName,
  isPublicHoliday,
  polishHolidays,
  type PublicHoliday,
} from './polish-holidays.ts';
export { WARSAW_TIME_ZONE, warsawDate, warsawInstant, warsawLocal, warsawMinutes, warsawWeekday, type WarsawLocal } from './warsaw-time.ts';
export { DEFAULT_MIN_MINUTES_LEFT, OfficeCalendar, type NextWorkingDaysOptions, type OpeningInterval } from './working-days.ts';
export {
  DEFAULT_MIN_WINDOW_MINUTES,
  DEFAULT_WINDOW_CUTS,
  availableWindows,
  findWindow,
  splitIntoWindows,
  windowId,
  windowsOn,
  type TimeWindow,
  type WindowRule,
} from './time-windows.ts';
export { PJM_MIN_WORKING_DAYS_AHEAD, callbackDeadline, type CallbackChoice, type CallbackDeadline, type DeadlineOptions } from './deadline.ts';
export { choiceProblem, type ChoiceCheckOptions, type ChoiceProblem } from './choice-check.ts';
export {
  DAYS,
  WORKING_DAYS,
  formatClock,
  formatCount,
  formatDayLabel,
  formatDays,
  formatDeadline,
  formatDeadlinePhrase,
  formatSlot,
  formatWorkingDays,
  pluralPl,
  type PluralForms,
} from './format-pl.ts';
