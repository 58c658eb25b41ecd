/**
 * How the register, the figures and the CSV write dates, durations and
 * shares, in Polish, Warsaw time. Pure.
 */
import { WARSAW_TIME_ZONE } from '../calendar/warsaw-time.ts';

const instantFormat = new Intl.DateTimeFormat('pl-PL', { timeZone: WARSAW_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const monthFormat = new Intl.DateTimeFormat('pl-PL', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const monthShortFormat = new Intl.DateTimeFormat('pl-PL', { timeZone: 'UTC', month: 'short', year: 'numeric' });

/** "02.12.2026, 08:15" (Warsaw). */
export function formatInstant(iso: string): string {
  return instantFormat.format(new Date(iso));
}

/** "grudzień 2026" for `2026-12`. */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-15T00:00:00Z`));
}

/** "gru 2026" for `2026-12` (chart labels). */
export function formatMonthShort(month: string): string {
  return monthShortFormat.format(new Date(`${month}-15T00:00:00Z`));
}

/** Minutes as people read a waiting time: "45 min", "3 godz. 20 min", "2 dni 4 godz.". */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const rest = m % 60;
  if (days === 0) return rest === 0 ? `${hours} godz.` : `${hours} godz. ${rest} min`;
  const dayWord = days === 1 ? 'dzień' : 'dni';
  return hours === 0 ? `${days} ${dayWord}` : `${days} ${dayWord} ${hours} godz.`;
}

const percentFormat = new Intl.NumberFormat('pl-PL', { style: 'percent', maximumFractionDigits: 1 });

/** "87,5%" (a share of 0–1), or "–" when there is nothing to share. */
export function formatShare(part: number, whole: number): string {
  return whole === 0 ? '–' : percentFormat.format(part / whole);
}

/** The months `RRRR-MM` from the month of `from` to the month of `to`, both dates `RRRR-MM-DD`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The median of numbers (mean of the two middle values for an even count); `undefined` for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length / 2;
  return Number.isInteger(mid) ? (s[mid - 1]! + s[mid]!) / 2 : s[Math.floor(mid)]!;
}

/** The `p`-th percentile by nearest rank (the value at rank ⌈p/100 · n⌉); `undefined` for none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(1, Math.ceil((p / 100) * s.length)) - 1]!;
}
