/**
 * The anonymous facts of one request, as kept for reports after the request
 * itself is purged: kind and law, channel asked and used, unit, topic, the
 * dates (received, first contact, closed, deadline), outcome and whether the
 * office kept its deadline. No reference, name, contact, free text or
 * payload; instants to the minute. Pure: computed from the stored row and
 * its history.
 */
import { warsawDate, warsawInstant } from '../calendar/warsaw-time.ts';
import { actionMeaning, channelOf, registerState, requestKinds, type Channel, type LawId, type Outcome, type RequestKind } from './request-outcome.ts';

/** What the facts are computed from: the stored row (its payload parsed) and its history, oldest first. */
export interface FactsSource {
  kind: RequestKind;
  state: string;
  created_at: string;
  deadline_at: string;
  unit_id: string;
  topic_id: string;
  /** The parsed payload; only the contact method and an accessibility request's statutory last day are read from it. */
  payload: { contact?: { method?: string }; reply?: { channel?: string }; clock?: { lastDay?: string } };
  history: readonly { at: string; action: string; detail: string }[];
}

/** One row of `request_facts` (without its id and link). */
export interface RequestFacts {
  kind: RequestKind;
  law: LawId;
  channel_asked: Channel;
  channel_used: Channel | null;
  unit_id: string;
  topic_id: string;
  received_at: string;
  /** Warsaw date of receipt (period filters). */
  received_on: string;
  /** Warsaw month of receipt, `RRRR-MM`. */
  received_month: string;
  deadline_at: string;
  /** The deadline in force: the extended date's end when the extension came in time, else `deadline_at`. */
  due_at: string;
  first_contact_at: string | null;
  /** Calendar minutes from receipt to the first contact. */
  first_contact_minutes: number | null;
  closed_at: string | null;
  state: string;
  outcome: Outcome | null;
  /** A later date set by an extension (`RRRR-MM-DD`). */
  extended_to: string | null;
  attempts: number;
  /** 1 when the office answered by its (effective) deadline, 0 when late, null while that is not decided. */
  on_time: 0 | 1 | null;
}

/** An ISO instant cut to the minute. */
export function toMinute(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16)}:00.000Z`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function detailOf(json: string): { channel?: string; newDate?: string } {
  try {
    const parsed = JSON.parse(json) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as { channel?: string; newDate?: string }) : {};
  } catch {
    return {};
  }
}

/** The facts of a request as it stands. */
export function factsOf(s: FactsSource): RequestFacts {
  const receivedMs = Date.parse(s.created_at);
  const received = new Date(receivedMs);
  const status = registerState(s.state, s.kind);
  let firstContact: string | undefined;
  let channelUsed: Channel | null = null;
  let extendedTo: string | null = null;
  let extendedInTime = false;
  let attempts = 0;
  // The deadline the law set: an extension overwrites the row's deadline_at, the payload keeps the statutory day.
  const lastDay = s.payload.clock?.lastDay;
  const statutoryMs = s.kind !== 'oddzwonienie' && lastDay && ISO_DATE.test(lastDay) ? warsawInstant(lastDay, 24 * 60 - 1).getTime() : Date.parse(s.deadline_at);
  for (const h of s.history) {
    const meaning = actionMeaning(h.action);
    const detail = detailOf(h.detail);
    if (h.action === 'attempt') attempts++;
    if (meaning.reaches && firstContact === undefined) firstContact = h.at;
    if (meaning.contact && detail.channel) channelUsed = channelOf(detail.channel);
    if (meaning.extends && detail.newDate && ISO_DATE.test(detail.newDate)) {
      extendedTo = detail.newDate;
      extendedInTime = Date.parse(h.at) <= statutoryMs;
    }
  }
  // A closed request closed with its last change.
  const closedAt = status.open ? undefined : (s.history.at(-1)?.at ?? s.created_at);
  // What the office promised by the deadline: a callback, to reach out; an accessibility request, to answer.
  const promised = s.kind === 'oddzwonienie' ? firstContact : closedAt;
  const deadlineMs = extendedTo && extendedInTime ? warsawInstant(extendedTo, 24 * 60 - 1).getTime() : statutoryMs;
  const on_time: RequestFacts['on_time'] = promised !== undefined ? (Date.parse(promised) <= deadlineMs ? 1 : 0) : null;
  const receivedOn = warsawDate(received);
  return {
    kind: s.kind,
    law: requestKinds[s.kind].law,
    channel_asked: channelOf(s.payload.contact?.method ?? s.payload.reply?.channel),
    channel_used: channelUsed,
    unit_id: s.unit_id,
    topic_id: s.topic_id,
    received_at: toMinute(s.created_at),
    received_on: receivedOn,
    received_month: receivedOn.slice(0, 7),
    deadline_at: s.deadline_at,
    due_at: new Date(deadlineMs).toISOString(),
    first_contact_at: firstContact === undefined ? null : toMinute(firstContact),
    first_contact_minutes: firstContact === undefined ? null : Math.max(0, Math.round((Date.parse(firstContact) - receivedMs) / 60_000)),
    closed_at: closedAt === undefined ? null : toMinute(closedAt),
    state: s.state,
    outcome: status.outcome ?? null,
    extended_to: extendedTo,
    attempts,
    on_time,
  };
}
