/**
 * The accessibility request form: one zod schema, the server's truth. The
 * person says where they met the barrier in plain words; the answer picks
 * the law (a page, document, film or form of the site → the digital request,
 * art. 18; the building, the service desk or information at the office →
 * art. 30). Fields are exactly what the laws list, plus an optional page
 * address. Field names are the form's HTML `name`s and `id`s.
 */
import { z } from 'zod';
import { cleanLine, cleanText } from '../callback/callback-schema.ts';
import { normalisePhone } from '../phone/phone-number.ts';
import type { AccessibilityLaw } from './legal-deadlines.ts';

/** Where the barrier is, as the form asks it; each place belongs to one law. */
export const barrierPlaces = {
  strona: { label: 'Na stronie internetowej urzędu', hint: 'Strona, dokument lub plik do pobrania, film, formularz albo aplikacja urzędu.', law: 'cyfrowa' },
  budynek: { label: 'W budynku urzędu albo wokół niego', hint: 'Na przykład wejście, schody, winda, toaleta, parking, oznaczenia.', law: 'architektoniczna' },
  obsluga: {
    label: 'W obsłudze albo w informacji w urzędzie',
    hint: 'Na przykład brak tłumacza języka migowego, pętli indukcyjnej, informacji w tekście łatwym do czytania albo głośno i wyraźnie.',
    law: 'architektoniczna',
  },
} as const satisfies Record<string, { label: string; hint: string; law: AccessibilityLaw }>;

/** Ids of {@link barrierPlaces}. */
export type BarrierPlace = keyof typeof barrierPlaces;
const placeIds = Object.keys(barrierPlaces) as [BarrierPlace, ...BarrierPlace[]];

/** How the office may reach the person. */
export const replyChannels = {
  email: { label: 'E-mailem' },
  telefon: { label: 'Telefonicznie' },
  poczta: { label: 'Listem na adres pocztowy' },
} as const satisfies Record<string, { label: string }>;

/** Ids of {@link replyChannels}. */
export type ReplyChannel = keyof typeof replyChannels;
const channelIds = Object.keys(replyChannels) as [ReplyChannel, ...ReplyChannel[]];

/** Who asks under art. 30: the person with special needs, or their legal representative. */
export const applicantRoles = {
  osobiscie: { label: 'Jestem osobą ze szczególnymi potrzebami, której dotyczy bariera' },
  przedstawiciel: { label: 'Jestem przedstawicielem ustawowym tej osoby (na przykład rodzicem albo opiekunem prawnym)' },
} as const satisfies Record<string, { label: string }>;

/** Ids of {@link applicantRoles}. */
export type ApplicantRole = keyof typeof applicantRoles;
const roleIds = Object.keys(applicantRoles) as [ApplicantRole, ...ApplicantRole[]];

/** Longest answers, in characters. */
export const requestLimits = { name: 120, barrier: 3000, wish: 2000, url: 500, email: 254, phone: 30, address: 300 } as const;

/** The law a place belongs to. */
export function lawOf(place: BarrierPlace): AccessibilityLaw {
  return barrierPlaces[place].law;
}

const line = (max: number, tooLong: string) => z.string().transform(cleanLine).pipe(z.string().max(max, { error: tooLong })).optional();
const text = (max: number, tooLong: string) => z.string().transform(cleanText).pipe(z.string().max(max, { error: tooLong })).optional();
const present = (x: unknown): x is string => typeof x === 'string' && x !== '';

/** Why contact details are asked: the law does not examine a request without them. */
export const CONTACT_REQUIRED_REASON = 'Bez danych kontaktowych urząd nie może rozpatrzyć wniosku – tak stanowi ustawa.';

/** The schema of the accessibility request form. */
export const accessibilityRequestSchema = z
  .object({
    /** Where the barrier is; decides the law. */
    miejsce: z.enum(placeIds, { error: 'Wybierz, gdzie napotkałeś(-aś) barierę' }),
    /** The barrier, in the person's words (the page, document or element, or the place in the building). */
    bariera: text(requestLimits.barrier, `Opis bariery może mieć najwyżej ${requestLimits.barrier} znaków`),
    /** Address of the page concerned, optional. */
    adres_strony: line(requestLimits.url, `Adres strony może mieć najwyżej ${requestLimits.url} znaków`),
    /** The alternative way of access (digital) or the preferred way of providing accessibility, optional. */
    sposob: text(requestLimits.wish, `Opis może mieć najwyżej ${requestLimits.wish} znaków`),
    /** Who asks (art. 30 only). */
    kto: z.enum(roleIds, { error: 'Wybierz, kim jesteś dla osoby, której dotyczy bariera' }).optional(),
    /** Name of the person asking. */
    imie: line(requestLimits.name, `Imię i nazwisko może mieć najwyżej ${requestLimits.name} znaków`),
    /** How the office is to reply. */
    odpowiedz: z.enum(channelIds, { error: 'Wybierz, jak urząd ma Ci odpowiedzieć' }),
    /** E-mail address. */
    email: line(requestLimits.email, 'Adres e-mail jest za długi'),
    /** Phone number in any format. */
    telefon: line(requestLimits.phone, 'Numer telefonu jest za długi. Wpisz sam numer, np. 600 100 200'),
    /** Postal address. */
    adres: text(requestLimits.address, `Adres może mieć najwyżej ${requestLimits.address} znaków`),
    /** Honeypot: people never see it. */
    strona_www: z.string().max(2000).optional(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const law = typeof v.miejsce === 'string' && v.miejsce in barrierPlaces ? lawOf(v.miejsce) : undefined;
    if (!present(v.bariera)) {
      issue('bariera', law === 'cyfrowa' ? 'Opisz, czego na stronie nie możesz odczytać albo użyć' : 'Opisz barierę: gdzie jest i co utrudnia');
    }
    if (present(v.adres_strony) && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v.adres_strony)) {
      issue('adres_strony', 'Wpisz pełny adres strony, zaczynający się od https://, albo zostaw to pole puste');
    }
    if (law === 'architektoniczna' && !present(v.kto)) issue('kto', 'Wybierz, kim jesteś dla osoby, której dotyczy bariera');
    if (!present(v.imie)) issue('imie', `Wpisz swoje imię i nazwisko. ${CONTACT_REQUIRED_REASON}`);
    if (present(v.email) && !z.email().safeParse(v.email).success) issue('email', 'Wpisz adres e-mail w postaci nazwa@domena.pl');
    else if (!present(v.email) && v.odpowiedz === 'email') issue('email', `Wpisz adres e-mail, na który urząd ma odpowiedzieć. ${CONTACT_REQUIRED_REASON}`);
    if (present(v.telefon) && !normalisePhone(v.telefon)) issue('telefon', 'Wpisz numer telefonu cyframi, np. 600 100 200 albo 86 215 67 00');
    else if (!present(v.telefon) && v.odpowiedz === 'telefon') issue('telefon', `Wpisz numer telefonu, pod który urząd ma zadzwonić. ${CONTACT_REQUIRED_REASON}`);
    if (!present(v.adres) && v.odpowiedz === 'poczta') issue('adres', `Wpisz adres, na który urząd ma wysłać list. ${CONTACT_REQUIRED_REASON}`);
  }, { when: () => true });

/** A valid accessibility request as the server accepts it. */
export type AccessibilityRequestForm = z.output<typeof accessibilityRequestSchema>;

/** Field names in the order the form shows them (the error summary follows it). */
export const REQUEST_FIELD_ORDER = ['miejsce', 'bariera', 'adres_strony', 'sposob', 'kto', 'imie', 'odpowiedz', 'email', 'telefon', 'adres'] as const;

/** The honeypot field of the form. */
export const REQUEST_HONEYPOT_FIELD = 'strona_www';

/** The schema's input from a posted form: one value per field, an empty answer counts as not given. */
export function requestAnswersFromForm(data: { get(name: string): unknown }): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const name of [...REQUEST_FIELD_ORDER, REQUEST_HONEYPOT_FIELD]) {
    const value = data.get(name);
    if (value !== null && value !== '') answers[name] = value;
  }
  return answers;
}
