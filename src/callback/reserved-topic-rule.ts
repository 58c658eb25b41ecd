/** The content rule the form needs: no topic in `content/sprawy.yaml` takes the id of the built-in "Inna sprawa" answer. */
import type { ContentProblem, ContentRule } from '../content/content-rule.ts';
import { contentFiles } from '../content/content-files.ts';
import { TOPIC_OTHER } from './callback-options.ts';

/** Refuses a topic whose id is the one the form keeps for "Inna sprawa albo nie wiem". */
export const reservedTopicRule: ContentRule = ({ topics, at }) => {
  const errors: ContentProblem[] = [];
  topics?.forEach((topic, index) => {
    if (topic.id === TOPIC_OTHER) errors.push(at(contentFiles.topics, [index, 'id'], `identyfikator „${TOPIC_OTHER}” jest zajęty przez wbudowaną odpowiedź „Inna sprawa albo nie wiem”: wybierz inny`));
  });
  return { errors };
};
