/** The content rule the staff e-mails need: the procedure keeps every standard their checklist quotes. */
import type { ContentRule } from '../content/content-rule.ts';
import { contentFiles } from '../content/content-files.ts';
import { CHECKLIST_LETTERS } from './procedure-checklist.ts';

/** Refuses a procedure without one of the letters of § 4 ust. 1 that the checklist quotes. */
export const checklistLettersRule: ContentRule = ({ procedure }) => {
  if (!procedure) return {};
  const letters = new Set(procedure.paragrafy.find((p) => p.numer === 4)?.ustepy.find((u) => u.numer === 1)?.litery?.map((l) => l.litera) ?? []);
  const lost = CHECKLIST_LETTERS.filter((l) => !letters.has(l));
  if (lost.length === 0) return {};
  return {
    errors: [
      {
        file: contentFiles.procedure,
        message: `e-maile do pracowników cytują § 4 ust. 1 lit. ${CHECKLIST_LETTERS.join(', ')}; brakuje lit. ${lost.join(', ')}. Nie usuwaj tych standardów ani nie zmieniaj ich liter (poproś zespół techniczny o zmianę listy)`,
      },
    ],
  };
};
