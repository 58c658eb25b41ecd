/**
 * Names the register shows for stored ids: units, topics, kinds, states,
 * outcomes and channels, from content and the one mapping. Pure: the site
 * builds it once from content.
 */
import type { PluralForms } from '../calendar/format-pl.ts';
import { COORDINATOR_UNIT_ID } from '../content/content-files.ts';
import { channelOf, channels, outcomes, registerState, requestKinds, type Outcome, type RequestKind } from './request-outcome.ts';

/** The names of one office's units and topics. */
export interface RegisterLabels {
  /** Units a request can belong to, in the order of the filter (the coordinator last). */
  units: readonly { id: string; name: string }[];
  unitName(id: string): string;
  topicName(id: string): string;
}

/** Labels from content: units, topics (callback topics and accessibility barrier places) and the coordinator's name. */
export function registerLabels(units: readonly { id: string; nazwa: string }[], topics: readonly { id: string; nazwa: string }[], extraTopics: Readonly<Record<string, string>>): RegisterLabels {
  const list = [...units.map((u) => ({ id: u.id, name: u.nazwa })), { id: COORDINATOR_UNIT_ID, name: 'Koordynator do spraw dostępności' }];
  const unitNames = new Map(list.map((u) => [u.id, u.name]));
  const topicNames = new Map([...topics.map((t) => [t.id, t.nazwa] as const), ...Object.entries(extraTopics)]);
  return { units: list, unitName: (id) => unitNames.get(id) ?? id, topicName: (id) => topicNames.get(id) ?? id };
}

/** "Prośba o kontakt", …; an unknown kind as it is stored. */
export function kindLabel(kind: string): string {
  return requestKinds[kind as RequestKind]?.label ?? kind;
}

/** A state's label. */
export function stateLabel(state: string): string {
  return registerState(state).label;
}

/** An outcome's label, "w toku" while open. */
export function outcomeLabel(outcome: string | null): string {
  return outcome === null ? 'w toku' : (outcomes[outcome as Outcome]?.label ?? outcome);
}

/** A channel's label. */
export function channelLabel(channel: string | null): string {
  return channel === null ? '' : channels[channelOf(channel)].label;
}

/** Forms of "sprawa" (a request of any kind). */
export const CASES: PluralForms = { one: 'sprawa', few: 'sprawy', many: 'spraw', other: 'sprawy' };
