/**
 * What a member of staff posts from a request's page: the action, the
 * version they saw, their name, and what the action needs (the channel
 * used, the unit to transfer to, an optional short note). Polish messages.
 */
import { z } from 'zod';
import { contactMethodIds } from '../callback/callback-options.ts';
import { cleanLine } from '../callback/callback-schema.ts';
import { staffActionIds } from './request-state.ts';

z.config(z.locales.pl());

/** Length limits (characters). */
export const staffLimits = { actor: 80, note: 200, reasons: 300, proposedDate: 120, proposedForm: 200 } as const;

/** Field names in the order the page shows them (the error summary follows it). */
export const STAFF_FIELD_ORDER = ['czynnosc', 'kto', 'kanal', 'jednostka', 'powody', 'inny_termin', 'inna_forma', 'notatka'] as const;

const raw = (max: number) => z.string().max(max * 20, { error: 'Wpis jest o wiele za długi' });

/** The posted action. */
export const staffActionSchema = z
  .object({
    czynnosc: z.enum(staffActionIds, { error: 'Wybierz, co chcesz zapisać' }),
    wersja: z.string({ error: 'Brak wersji prośby. Otwórz stronę prośby jeszcze raz' }).regex(/^\d{1,9}$/, { error: 'Brak wersji prośby. Otwórz stronę prośby jeszcze raz' }).transform(Number),
    kto: raw(staffLimits.actor)
      .optional()
      .transform((v) => cleanLine(v ?? ''))
      .pipe(z.string().min(1, { error: 'Wpisz swoje imię i nazwisko: zapiszemy je w historii prośby' }).max(staffLimits.actor, { error: `Imię i nazwisko może mieć najwyżej ${staffLimits.actor} znaków` })),
    kanal: z.enum(contactMethodIds, { error: 'Wybierz, jak udało się skontaktować' }).optional(),
    jednostka: z.string().max(100).regex(/^[a-z0-9-]+$/, { error: 'Wybierz jednostkę z listy' }).optional(),
    /** Why the office cannot serve as asked ("zaproponuj inny termin lub formę"). */
    powody: raw(staffLimits.reasons)
      .optional()
      .transform((v) => cleanLine(v ?? ''))
      .pipe(z.string().max(staffLimits.reasons, { error: `Powody mogą mieć najwyżej ${staffLimits.reasons} znaków` })),
    /** Another date proposed, in words. */
    inny_termin: raw(staffLimits.proposedDate)
      .optional()
      .transform((v) => cleanLine(v ?? ''))
      .pipe(z.string().max(staffLimits.proposedDate, { error: `Termin może mieć najwyżej ${staffLimits.proposedDate} znaków, np. „czwartek, 10 grudnia, 10:00”` })),
    /** Another form of communication proposed, in words. */
    inna_forma: raw(staffLimits.proposedForm)
      .optional()
      .transform((v) => cleanLine(v ?? ''))
      .pipe(z.string().max(staffLimits.proposedForm, { error: `Forma kontaktu może mieć najwyżej ${staffLimits.proposedForm} znaków` })),
    notatka: raw(staffLimits.note)
      .optional()
      .transform((v) => cleanLine(v ?? ''))
      .pipe(z.string().max(staffLimits.note, { error: `Notatka może mieć najwyżej ${staffLimits.note} znaków. Zapisz tylko wynik, bez informacji o zdrowiu` })),
  })
  .superRefine((v, ctx) => {
    if (v.czynnosc === 'done' && !v.kanal) ctx.addIssue({ code: 'custom', path: ['kanal'], message: 'Wybierz, jak udało się skontaktować' });
    if (v.czynnosc === 'propose') {
      if (!v.powody) ctx.addIssue({ code: 'custom', path: ['powody'], message: 'Wpisz, dlaczego nie możemy zapewnić kontaktu tak, jak prosi mieszkaniec: ustawa wymaga podania powodów' });
      if (!v.inny_termin && !v.inna_forma) ctx.addIssue({ code: 'custom', path: ['inny_termin'], message: 'Wpisz inny termin albo inną formę kontaktu (albo oba), które proponujesz mieszkańcowi' });
    }
    if (v.czynnosc === 'transfer' && !v.jednostka) ctx.addIssue({ code: 'custom', path: ['jednostka'], message: 'Wybierz jednostkę, której przekazujesz prośbę' });
  }, { when: () => true });

/** A valid posted action. */
export type StaffActionForm = z.output<typeof staffActionSchema>;

/** A posted form as the schema reads it: one string per field, empty fields left out. */
export function staffAnswersFromForm(data: FormData | URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of [...STAFF_FIELD_ORDER, 'wersja']) {
    const value = data.get(name);
    if (typeof value === 'string' && value !== '') out[name] = value;
  }
  return out;
}
