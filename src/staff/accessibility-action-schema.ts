/**
 * What the coordinator posts from an accessibility request's page: the
 * action, the version they saw, their name, and what the action needs (the
 * reasons and the new date of an extension, what was made accessible, the
 * alternative access, the reasons of a refusal). Polish messages; a text
 * with control characters is refused rather than silently changed, since it
 * goes into a letter.
 */
import { z } from 'zod';
import { cleanLine, cleanText } from '../callback/callback-schema.ts';
import { accessibilityActionIds, type AccessibilityAction } from './accessibility-request-state.ts';

z.config(z.locales.pl());

/** Length limits (characters). */
export const accessibilityActionLimits = { actor: 80, text: 2000 } as const;

/** Field names in the order the page shows them (the error summary follows it). */
export const ACCESSIBILITY_FIELD_ORDER = ['czynnosc', 'kto', 'termin', 'powody', 'opis'] as const;

/** Which action needs which text, and what the page asks for. */
export const TEXT_NEEDED: Readonly<Partial<Record<AccessibilityAction, { field: 'powody' | 'opis'; missing: string }>>> = {
  extend: { field: 'powody', missing: 'Wpisz powody przedłużenia: ustawa wymaga, by pismo je podało' },
  refuse: { field: 'powody', missing: 'Wpisz powody odmowy: wnioskodawca musi je poznać, żeby móc złożyć skargę' },
  done: { field: 'opis', missing: 'Opisz, co udostępniono: to zdanie trafi do pisma' },
  alternative: { field: 'opis', missing: 'Opisz dostęp alternatywny: co zapewniono i jak z niego skorzystać' },
};

// C0 and C1 control characters other than tab and line ends: pasted from other programs, never meant for a letter.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_MESSAGE = 'Tekst zawiera niewidoczne znaki sterujące (zwykle z wklejonego dokumentu). Przepisz go albo wklej jako zwykły tekst';

const text = (max: number, tooLong: string) =>
  z
    .string()
    .max(max * 20, { error: 'Wpis jest o wiele za długi' })
    .refine((v) => !CONTROL.test(v), { error: CONTROL_MESSAGE })
    .transform(cleanText)
    .pipe(z.string().max(max, { error: tooLong }))
    .optional();

/** The posted action. */
export const accessibilityActionSchema = z
  .object({
    czynnosc: z.enum(accessibilityActionIds, { error: 'Wybierz, co chcesz zapisać' }),
    wersja: z.string({ error: 'Brak wersji wniosku. Otwórz stronę wniosku jeszcze raz' }).regex(/^\d{1,9}$/, { error: 'Brak wersji wniosku. Otwórz stronę wniosku jeszcze raz' }).transform(Number),
    kto: z
      .string()
      .max(accessibilityActionLimits.actor * 20, { error: 'Wpis jest o wiele za długi' })
      .refine((v) => !CONTROL.test(v), { error: CONTROL_MESSAGE })
      .optional()
      .transform((v) => cleanLine(v ?? ''))
      .pipe(z.string().min(1, { error: 'Wpisz swoje imię i nazwisko: zapiszemy je w historii wniosku' }).max(accessibilityActionLimits.actor, { error: `Imię i nazwisko może mieć najwyżej ${accessibilityActionLimits.actor} znaków` })),
    termin: z
      .string()
      .max(40, { error: 'Wpisz datę w postaci RRRR-MM-DD, np. 2027-01-15' })
      .transform((v) => v.trim())
      .superRefine((v, ctx) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) ctx.addIssue({ code: 'custom', message: 'Wpisz datę w postaci RRRR-MM-DD, np. 2027-01-15' });
        else if (Number.isNaN(Date.parse(`${v}T12:00:00Z`)) || !new Date(`${v}T12:00:00Z`).toISOString().startsWith(v)) ctx.addIssue({ code: 'custom', message: 'Takiej daty nie ma w kalendarzu. Wpisz datę w postaci RRRR-MM-DD' });
      })
      .optional(),
    powody: text(accessibilityActionLimits.text, `Powody mogą mieć najwyżej ${accessibilityActionLimits.text} znaków`),
    opis: text(accessibilityActionLimits.text, `Opis może mieć najwyżej ${accessibilityActionLimits.text} znaków`),
  })
  .superRefine((v, ctx) => {
    if (typeof v.czynnosc !== 'string') return;
    const need = TEXT_NEEDED[v.czynnosc];
    if (need && !v[need.field]) ctx.addIssue({ code: 'custom', path: [need.field], message: need.missing });
    if (v.czynnosc === 'extend' && !v.termin) ctx.addIssue({ code: 'custom', path: ['termin'], message: 'Wpisz nowy termin w postaci RRRR-MM-DD: najpóźniej 2 miesiące od dnia wystąpienia z wnioskiem' });
  }, { when: () => true });

/** A valid posted action. */
export type AccessibilityActionForm = z.output<typeof accessibilityActionSchema>;

/** A posted form as the schema reads it: one string per field, empty fields left out. */
export function accessibilityAnswersFromForm(data: FormData | URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of [...ACCESSIBILITY_FIELD_ORDER, 'wersja']) {
    const value = data.get(name);
    if (typeof value === 'string' && value !== '') out[name] = value;
  }
  return out;
}
