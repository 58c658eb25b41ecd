/**
 * The counts of a period, folded from two grouped passes over the register
 * (see src/db/register-store.ts): what does not depend on the clock (kept
 * while the register does not change), and what does (counted fresh). The
 * figures and the coordinator's report are both made from here, so they
 * cannot disagree. Pure.
 */
import type { FigureCounts } from './figures.ts';
import type { ReportCounts } from './state-report.ts';

/** One group of the period's pass: how many requests share all of these. */
export interface PeriodGroup {
  month: string;
  kind: string;
  law: string;
  channel_asked: string;
  unit_id: string;
  on_time: number | null;
  outcome: string | null;
  channel_used: string | null;
  extended_to: string | null;
  n: number;
}

/** How many requests of a unit took `m` minutes to the first contact; in order of unit, then minutes. */
export interface FirstContactGroup {
  unit_id: string;
  m: number;
  n: number;
}

/** What the clock changes: per unit, law and outcome, requests of the period not yet decided whose deadline has passed. */
export interface LateOpenGroup {
  unit_id: string;
  law: string;
  outcome: string | null;
  n: number;
}

/** The counts of a period that only a change to the register can change. */
export interface PeriodTally {
  from: string;
  to: string;
  monthlyKinds: readonly { month: string; key: string; n: number }[];
  monthlyChannels: readonly { month: string; key: string; n: number }[];
  /** Per unit: requests, on time, late whatever the clock says (answered late). */
  units: readonly { unit_id: string; total: number; on_time: number; late: number }[];
  firstContact: readonly { unit_id: string; n: number; median: number; p90: number }[];
  /** Per law and outcome; `late` as for units. */
  byLaw: readonly { law: string; outcome: string | null; n: number; open: number; late: number; extended: number }[];
  channelsAsked: readonly { key: string; n: number }[];
  channelsUsed: readonly { key: string; n: number }[];
}

/** Text order, with `null` first (as SQLite orders it). */
const byText = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

function sumBy<K extends string>(rows: readonly PeriodGroup[], key: (r: PeriodGroup) => K | null): Map<K, number> {
  const out = new Map<K, number>();
  for (const r of rows) {
    const k = key(r);
    if (k !== null) out.set(k, (out.get(k) ?? 0) + r.n);
  }
  return out;
}

const monthly = (rows: readonly PeriodGroup[], key: (r: PeriodGroup) => string) =>
  [...sumBy(rows, (r) => `${r.month}|${key(r)}`)]
    .map(([k, n]) => ({ month: k.slice(0, 7), key: k.slice(8), n }))
    .sort((a, b) => byText(a.month, b.month) || byText(a.key, b.key));

const mostFirst = (counts: Map<string, number>) => [...counts].map(([key, n]) => ({ key, n })).sort((a, b) => b.n - a.n || byText(a.key, b.key));

/**
 * Median (mean of the two middle values for an even count) and 90th
 * percentile (nearest rank: the value at rank ⌈0,9·n⌉) per unit, from the
 * counts of each value in ascending order.
 */
export function firstContactStats(groups: readonly FirstContactGroup[]): PeriodTally['firstContact'] {
  const out: { unit_id: string; n: number; median: number; p90: number }[] = [];
  let i = 0;
  while (i < groups.length) {
    let j = i;
    let n = 0;
    while (j < groups.length && groups[j]!.unit_id === groups[i]!.unit_id) n += groups[j++]!.n;
    const unit = groups.slice(i, j);
    // The value at rank r (1-based) in the ascending order.
    const at = (r: number): number => {
      let seen = 0;
      for (const g of unit) if ((seen += g.n) >= r) return g.m;
      return unit.at(-1)!.m;
    };
    const low = Math.floor((n + 1) / 2);
    const high = Math.floor((n + 2) / 2);
    out.push({ unit_id: groups[i]!.unit_id, n, median: (at(low) + at(high)) / 2, p90: at(Math.ceil((9 * n) / 10)) });
    i = j;
  }
  return out.sort((a, b) => byText(a.unit_id, b.unit_id));
}

/** The period's tally from its groups (any order). */
export function periodTally(from: string, to: string, groups: readonly PeriodGroup[], firstContact: readonly FirstContactGroup[]): PeriodTally {
  const units = new Map<string, { unit_id: string; total: number; on_time: number; late: number }>();
  const laws = new Map<string, { law: string; outcome: string | null; n: number; open: number; late: number; extended: number }>();
  for (const g of groups) {
    const u = units.get(g.unit_id) ?? { unit_id: g.unit_id, total: 0, on_time: 0, late: 0 };
    u.total += g.n;
    if (g.on_time === 1) u.on_time += g.n;
    if (g.on_time === 0) u.late += g.n;
    units.set(g.unit_id, u);
    const lawKey = `${g.law}|${g.outcome ?? ''}`;
    const l = laws.get(lawKey) ?? { law: g.law, outcome: g.outcome, n: 0, open: 0, late: 0, extended: 0 };
    l.n += g.n;
    if (g.outcome === null) l.open += g.n;
    if (g.on_time === 0) l.late += g.n;
    if (g.extended_to !== null) l.extended += g.n;
    laws.set(lawKey, l);
  }
  return {
    from,
    to,
    monthlyKinds: monthly(groups, (r) => r.kind),
    monthlyChannels: monthly(groups, (r) => r.channel_asked),
    units: [...units.values()].sort((a, b) => byText(a.unit_id, b.unit_id)),
    firstContact: firstContactStats(firstContact),
    byLaw: [...laws.values()].sort((a, b) => byText(a.law, b.law) || byText(a.outcome, b.outcome)),
    channelsAsked: mostFirst(sumBy(groups, (r) => r.channel_asked)),
    channelsUsed: mostFirst(sumBy(groups, (r) => r.channel_used)),
  };
}

/** The figures' counts: the tally, with what is late now and what is overdue now counted at the moment of asking. */
export function figureCountsOf(t: PeriodTally, lateOpen: readonly LateOpenGroup[], overdue: readonly { unit_id: string; n: number }[]): FigureCounts {
  const late = new Map<string, number>();
  for (const g of lateOpen) late.set(g.unit_id, (late.get(g.unit_id) ?? 0) + g.n);
  return {
    from: t.from,
    to: t.to,
    monthlyKinds: t.monthlyKinds,
    monthlyChannels: t.monthlyChannels,
    onTime: t.units.map((u) => ({ ...u, late: u.late + (late.get(u.unit_id) ?? 0) })),
    firstContact: t.firstContact,
    overdue,
  };
}

/** The report's counts: the tally, with what is late now counted at the moment of asking. */
export function reportCountsOf(t: PeriodTally, lateOpen: readonly LateOpenGroup[]): ReportCounts {
  const late = new Map<string, number>();
  for (const g of lateOpen) late.set(`${g.law}|${g.outcome ?? ''}`, (late.get(`${g.law}|${g.outcome ?? ''}`) ?? 0) + g.n);
  return {
    byLaw: t.byLaw.map((l) => ({ ...l, late: l.late + (late.get(`${l.law}|${l.outcome ?? ''}`) ?? 0) })),
    channelsAsked: t.channelsAsked,
    channelsUsed: t.channelsUsed,
  };
}
