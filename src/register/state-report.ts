/**
 * The numbers of the coordinator's report on the state of accessibility
 * (art. 11 of the act of 19 July 2019, "raport o stanie zapewniania
 * dostępności", filed through the GUS portal every four years) that this
 * system's data can give for a period. Pure.
 */
import { channelOf, channels, type Channel, type LawId } from './request-outcome.ts';

/** The report's counts for one law. */
export interface LawReport {
  total: number;
  madeAccessible: number;
  alternative: number;
  refused: number;
  open: number;
  extended: number;
  late: number;
}

/** The numbers for a period. */
export interface StateReport {
  art30: LawReport;
  art18: LawReport;
  callbacks: number;
  /** Cases of alternative access under either law. */
  alternativeAccess: number;
  /** Means of communication (art. 6 pkt 3): asked for and actually used, per channel group. */
  channels: readonly { channel: Channel; label: string; asked: number; used: number }[];
}

/** Counts as the database gives them (see reportCounts). */
export interface ReportCounts {
  byLaw: readonly { law: string; outcome: string | null; n: number; open: number; late: number; extended: number }[];
  channelsAsked: readonly { key: string; n: number }[];
  channelsUsed: readonly { key: string; n: number }[];
}

function lawReport(counts: ReportCounts, law: LawId): LawReport {
  const rows = counts.byLaw.filter((r) => r.law === law);
  const sum = (pick: (r: ReportCounts['byLaw'][number]) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const outcome = (o: string) => sum((r) => (r.outcome === o ? r.n : 0));
  return { total: sum((r) => r.n), madeAccessible: outcome('zapewniono'), alternative: outcome('dostep-alternatywny'), refused: outcome('odmowa'), open: sum((r) => r.open), extended: sum((r) => r.extended), late: sum((r) => r.late) };
}

/** The report's numbers from the counts of a period. */
export function stateReport(counts: ReportCounts): StateReport {
  const art30 = lawReport(counts, 'art-30');
  const art18 = lawReport(counts, 'art-18');
  const tally = new Map<Channel, { asked: number; used: number }>();
  const add = (key: string, field: 'asked' | 'used', n: number) => {
    const ch = channelOf(key);
    const t = tally.get(ch) ?? { asked: 0, used: 0 };
    t[field] += n;
    tally.set(ch, t);
  };
  for (const r of counts.channelsAsked) add(r.key, 'asked', r.n);
  for (const r of counts.channelsUsed) add(r.key, 'used', r.n);
  return {
    art30,
    art18,
    callbacks: lawReport(counts, 'art-6-pkt-3').total,
    alternativeAccess: art30.alternative + art18.alternative,
    channels: (Object.keys(channels) as Channel[]).filter((ch) => tally.has(ch)).map((ch) => ({ channel: ch, label: channels[ch].label, ...tally.get(ch)! })),
  };
}
