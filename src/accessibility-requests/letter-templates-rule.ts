/**
 * The content rule for the letter templates of `content/pisma.yaml`: every
 * placeholder is one the letter knows, and each letter has the ones the law
 * needs (reasons, the new date, the next step). The line named is the line
 * of the placeholder in the file.
 */
import { contentFiles } from '../content/content-files.ts';
import type { ContentProblem, ContentRule } from '../content/content-rule.ts';
import { LETTER_KINDS, letterTemplateProblems } from './letter-templates.ts';

/** Refuses unknown, misplaced or unclosed placeholders and a missing required one. */
export const letterTemplatesRule: ContentRule = ({ letters, at }) => {
  if (!letters) return {};
  const errors: ContentProblem[] = [];
  for (const kind of LETTER_KINDS) {
    for (const p of letterTemplateProblems(kind, letters[kind])) {
      const problem = at(contentFiles.letters, [kind, p.field], p.message);
      // A block text (`tresc: |`) starts on the line after its key.
      if (p.line !== undefined && problem.line !== undefined) problem.line += p.line;
      errors.push(problem);
    }
  }
  return { errors };
};
