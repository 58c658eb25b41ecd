/** Which unit handles a topic: content decides; anything unknown goes to the fallback unit (POM). */
import type { Topic, Unit } from '../content/schemas.ts';
import { FALLBACK_UNIT_ID } from '../content/content-files.ts';
import { TOPIC_OTHER, TOPIC_OTHER_LABEL } from './callback-options.ts';

/** The topic chosen and the unit it is routed to. */
export interface Route {
  topic: { id: string; name: string };
  unit: Unit;
}

/** Route a topic id (possibly "inna", unknown or missing) to a unit. */
export function routeTopic(topicId: string | undefined, topics: readonly Topic[], units: readonly Unit[]): Route {
  const fallback = units.find((u) => u.id === FALLBACK_UNIT_ID);
  if (!fallback) throw new Error(`Brak jednostki „${FALLBACK_UNIT_ID}” w treściach`);
  const topic = topics.find((t) => t.id === topicId);
  if (!topic || topicId === TOPIC_OTHER) return { topic: { id: TOPIC_OTHER, name: TOPIC_OTHER_LABEL }, unit: fallback };
  const unit = units.find((u) => u.id === topic.jednostka) ?? fallback;
  return { topic: { id: topic.id, name: topic.nazwa }, unit };
}
