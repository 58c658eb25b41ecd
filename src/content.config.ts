/**
 * Content collections: what editors keep in `content/`, with the zod schemas
 * of `src/content/schemas.ts` (a doc line on every field there).
 * `src/content/check-content.ts` runs first in every build and names file,
 * line and field for any mistake; these collections then load the same files.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentFiles } from './content/content-files.ts';
import { letterTemplatesSchema, officeSchema, pageSchema, procedureSchema, statementSchema, topicSchema, unitSchema } from './content/schemas.ts';
import { yamlSingleton } from './content/yaml-singleton-loader.ts';

/** The office: name, address, phone, hours (`content/urzad.yaml`). */
const office = defineCollection({ loader: yamlSingleton(contentFiles.office), schema: officeSchema });

/** The phone-service procedure (`content/procedura.yaml`). */
const procedure = defineCollection({ loader: yamlSingleton(contentFiles.procedure), schema: procedureSchema });

/** The accessibility statement's data (`content/deklaracja.yaml`). */
const statement = defineCollection({ loader: yamlSingleton(contentFiles.statement), schema: statementSchema });

/** Units of the office that receive callback requests (`content/jednostki.yaml`). */
const units = defineCollection({ loader: file(contentFiles.units), schema: unitSchema });

/** Topics residents choose from, each routed to a unit (`content/sprawy.yaml`). */
const topics = defineCollection({
  // The loader returns entries sorted by id; `kolejnosc` keeps the editor's order for the form.
  loader: file(contentFiles.topics, { parser: (text) => ((parse(text) as Record<string, unknown>[] | null) ?? []).map((t, i) => ({ ...t, kolejnosc: i })) }),
  schema: topicSchema.extend({
    jednostka: reference('units'),
    /** Position in `content/sprawy.yaml` (added by the loader, not written by editors). */
    kolejnosc: z.number().int(),
  }),
});

/** Prose pages: easy-to-read, sign language, privacy (`content/strony/*.md`). */
const pages = defineCollection({ loader: glob({ pattern: '*.md', base: contentFiles.pagesDir }), schema: pageSchema });

/** Letters to people who made an accessibility request (`content/pisma.yaml`). */
const letters = defineCollection({ loader: yamlSingleton(contentFiles.letters), schema: letterTemplatesSchema });

export const collections = { office, procedure, statement, units, topics, pages, letters };
