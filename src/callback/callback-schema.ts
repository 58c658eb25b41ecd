/**
 * The callback request form: one zod schema, used by the server (the truth)
 * and by the browser island (early hints). Messages are Polish and say how
 * to fix the answer. Field names are the HTML `name`s and `id`s of the form.
 */
import { z } from 'zod';
import { removeHiddenCharacters } from './hidden-characters.ts';
import {
  contactMethodIds,
  type ContactMethod,
  contactNeedIds,
  dayPartIds,
  limits,
  PART_ANY,
  TOPIC_OTHER,
  WHEN_ASAP,
} from './callback-options.ts';
import { contactProblems } from './contact-rules.ts';

z.config(z.locales.pl());

/** Clean a one-line answer: no hidden characters, NFC, line breaks and runs of spaces become one space. */
export function cleanLine(value: string): string {
  return removeHiddenCharacters(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Clean a multi-line answer: no hidden characters, NFC, `\n` line ends, at most one empty line in a row. */
export function cleanText(value: string): string {
  return removeHiddenCharacters(value)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const requiredLine = (missing: string, max: number, tooLong: string) =>
  z
    .string({ error: missing })
    .transform(cleanLine)
    .pipe(z.string().min(1, { error: missing }).max(max, { error: tooLong }));

const optionalLine = (max: number, tooLong: string) =>
  z
    .string()
    .transform(cleanLine)
    .pipe(z.string().max(max, { error: tooLong }))
    .optional();

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().max(max, { error: tooLong }))
    .optional();

const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);

/** The "when" answers as the timing check reads them (the others may be missing or invalid). */
export interface TimingAnswers {
  sprawa?: string | undefined;
  termin: string;
  pora?: string | undefined;
  kontakt?: ContactMethod | undefined;
}

/** What the form may offer at the moment of asking. */
export interface CallbackFormChoices {
  /** Ids of the topics from content (without "inna"). */
  topicIds: readonly string[];
  /**
   * The calendar's verdict on the "when" answers at the moment of checking
   * (days offered, notice for an interpreter, hours of the topic's unit), so
   * that it is reported together with every other error.
   */
  timing: (answers: TimingAnswers) => { field: 'termin' | 'pora'; message: string } | undefined;
}

/** Build the schema for the choices the form offers now. */
export function callbackFormSchema(choices: CallbackFormChoices) {
  const topics = new Set([...choices.topicIds, TOPIC_OTHER]);
  return z
    .object({
      /** The topic id, or "inna". */
      sprawa: z
        .string({ error: 'Wybierz, czego dotyczy sprawa. Jeśli nie wiesz, wybierz „Inna sprawa albo nie wiem”' })
        .refine((v) => topics.has(v), { error: 'Wybierz sprawę z listy' }),
      /** Short description of the matter. */
      opis: optionalText(limits.description, `Opis może mieć najwyżej ${limits.description} znaków. Skróć go albo opowiedz resztę podczas rozmowy`),
      /** The resident's name, in any form. */
      imie: requiredLine('Wpisz swoje imię i nazwisko, żebyśmy wiedzieli, o kogo zapytać', limits.name, `Imię i nazwisko może mieć najwyżej ${limits.name} znaków`),
      /** Name of the person on whose behalf the resident asks, if any. */
      osoba: optionalLine(limits.name, `Imię i nazwisko tej osoby może mieć najwyżej ${limits.name} znaków`),
      /** How the resident is related to that person. */
      relacja: optionalLine(limits.relation, `Wpisz krócej, najwyżej ${limits.relation} znaków, np. „córka” albo „opiekun”`),
      /** Preferred contact method. */
      kontakt: z.enum(contactMethodIds, { error: 'Wybierz, jak mamy się z Tobą skontaktować' }),
      /** Phone number in any format. */
      telefon: optionalLine(limits.phone, 'Numer telefonu jest za długi. Wpisz sam numer, np. 600 100 200'),
      /** E-mail address. */
      email: optionalLine(limits.email, 'Adres e-mail jest za długi'),
      /** When: as soon as possible or a date (the calendar checks it is one the form offers). */
      termin: z
        .string({ error: 'Wybierz, kiedy mamy się z Tobą skontaktować' })
        .refine((v) => v === WHEN_ASAP || /^\d{4}-\d{2}-\d{2}$/.test(v), {
          error: 'Wybierz jeden z dni z listy',
        }),
      /** Part of the chosen day. */
      pora: z.enum([PART_ANY, ...dayPartIds], { error: 'Wybierz porę dnia z listy' }).optional(),
      /** What helps during the contact. */
      potrzeby: z.array(z.enum(contactNeedIds, { error: 'Wybierz potrzeby z listy' })).max(contactNeedIds.length).default([]),
      /** Anything else that helps, in the resident's words. */
      potrzeby_opis: optionalText(limits.needsText, `Opis potrzeb może mieć najwyżej ${limits.needsText} znaków`),
      /** Honeypot: people never see it; anything typed here marks a bot. */
      strona_www: z.string().max(2000).optional(),
    })
    .superRefine((v, ctx) => {
      // With `when` the refinement also sees values that failed their own check: trust only strings.
      v = { ...v, telefon: str(v.telefon), email: str(v.email), osoba: str(v.osoba), relacja: str(v.relacja) };
      const kontakt = (contactMethodIds as readonly unknown[]).includes(v.kontakt) ? v.kontakt : undefined;
      for (const p of contactProblems({ kontakt, telefon: v.telefon, email: v.email })) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
      if (v.email && !z.email().safeParse(v.email).success) {
        ctx.addIssue({ code: 'custom', path: ['email'], message: 'Wpisz adres e-mail w postaci nazwa@domena.pl' });
      }
      const termin = str(v.termin);
      const pora = str(v.pora);
      if (termin && (termin === WHEN_ASAP || /^\d{4}-\d{2}-\d{2}$/.test(termin)) && (pora === undefined || pora === PART_ANY || (dayPartIds as readonly string[]).includes(pora))) {
        const problem = choices.timing({ sprawa: str(v.sprawa), termin, pora, kontakt });
        if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
      }
      if (v.relacja && !v.osoba) {
        ctx.addIssue({ code: 'custom', path: ['osoba'], message: 'Wpisz imię i nazwisko osoby, w której imieniu prosisz o kontakt' });
      }
    }, { when: () => true }); // cross-field rules run even when other fields failed, so every error shows at once
}

/** A valid request as the server accepts it. */
export type CallbackForm = z.output<ReturnType<typeof callbackFormSchema>>;
/** The raw answers as they come from the form (for re-filling it). */
export type CallbackFormInput = z.input<ReturnType<typeof callbackFormSchema>>;
