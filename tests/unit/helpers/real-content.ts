/** The real content of `content/`, parsed and validated as the site does, for unit tests. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { OfficeCalendar } from '../../../src/calendar/working-days.ts';
import { letterTemplatesSchema, officeSchema, procedureSchema, topicSchema, unitSchema } from '../../../src/content/schemas.ts';
import { contentFiles } from '../../../src/content/content-files.ts';
import { answersFromForm } from '../../../src/callback/form-answers.ts';
import { contactWords } from '../../../src/callback/callback-options.ts';

const read = (file: string): unknown => parse(readFileSync(file, 'utf8'));

export const office = officeSchema.parse(read(contentFiles.office));
export const procedure = procedureSchema.parse(read(contentFiles.procedure));
export const units = (read(contentFiles.units) as unknown[]).map((u) => unitSchema.parse(u));
export const topics = (read(contentFiles.topics) as unknown[]).map((t) => topicSchema.parse(t));
/** The wording of every contact method, as the site builds it from content. */
export const contactWordsOfContent = contactWords(office.jezyk_migowy.wybory);
export const calendar = new OfficeCalendar(office.godziny, office.dni_wolne.map((d) => d.data));

/** Answers as the browser posts them → what the schema reads (the server's own form reader). */
export function asActionInput(answers: Record<string, string | string[]>): Record<string, unknown> {
  const posted = new URLSearchParams();
  for (const [k, v] of Object.entries(answers)) for (const one of Array.isArray(v) ? v : [v]) posted.append(k, one);
  return answersFromForm(posted);
}

/** The letter templates of `content/pisma.yaml`. */
export const letters = letterTemplatesSchema.parse(read(contentFiles.letters));
