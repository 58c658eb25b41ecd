/**
 * Zod schemas for everything editors keep in `content/`.
 *
 * Keys are Polish (the editors' language, ASCII only so nobody has to type
 * diacritics in YAML). Every field carries a doc line: it is what an editor
 * or a developer sees when asking "what goes here?". The same schemas serve
 * Astro's content collections (build), the content checker
 * (`npm run check:content`) and the unit tests.
 */
import { z } from 'zod';
import { minutesOf, type WeekHours } from '../calendar/week-hours.ts';
import { checkPhone, phoneProblemMessages } from '../phone/phone-number.ts';

// Zod's own messages (for rules without a message of ours) in Polish.
z.config(z.locales.pl());

/** A calendar date written by an editor as `RRRR-MM-DD`; kept as that string. */
export const isoDate = z
  .string({ error: 'wpisz datę w formacie RRRR-MM-DD, np. 2026-03-31' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'wpisz datę w formacie RRRR-MM-DD, np. 2026-03-31', abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: 'taka data nie istnieje w kalendarzu' });

/** YAML turns an unquoted `2026-03-31` into a Date; accept both and keep `RRRR-MM-DD`. */
export const contentDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  isoDate,
);

/** An e-mail address; the message repeats what was typed and says what is missing. */
export const email = z
  .string({ error: 'wpisz adres e-mail, np. kontakt@lomza.example' })
  .refine((s) => s.includes('@'), { error: (iss) => `w adresie „${String(iss.input)}” brakuje znaku „@” (adres wygląda tak: kontakt@lomza.example)`, abort: true })
  .pipe(z.email({ error: (iss) => `„${String(iss.input)}” to nie jest poprawny adres e-mail (np. kontakt@lomza.example)` }));

/** A phone number as people write it ("86 215 67 00"), checked as the form checks residents' numbers; kept as written. */
export const phoneText = z.string({ error: 'wpisz numer telefonu, np. 86 215 67 00' }).superRefine((value, ctx) => {
  const checked = checkPhone(value);
  if (!checked.ok) {
    const message = phoneProblemMessages[checked.problem];
    ctx.addIssue({ code: 'custom', message: message.charAt(0).toLowerCase() + message.slice(1) });
  }
});

/** An absolute http(s) address. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'wpisz pełny adres strony zaczynający się od https:// lub http://' });

/** An absolute https address (public pages of the office: a browser warns on plain http). */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'wpisz pełny adres strony zaczynający się od https://' });

/** A picture kept in `content/` (path relative to `content/`, e.g. `obrazki/herb.svg`) with its text alternative. */
export const contentPicture = z
  .object({
    /** The file, relative to `content/`: SVG, PNG, JPG or WebP. The checker checks that it exists. */
    plik: z
      .string({ error: 'wpisz ścieżkę pliku w folderze content/, np. obrazki/herb.svg' })
      .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(svg|png|jpe?g|webp)$/i, { error: 'wpisz ścieżkę pliku w folderze content/, np. obrazki/herb.svg (plik SVG, PNG, JPG albo WebP)' }),
    /** Text alternative read by screen readers, e.g. "Herb Łomży". */
    opis: z.string({ error: 'wpisz opis obrazka, np. „Herb Łomży”' }).min(3),
  })
  .strict();

/** What an editor typed as an hour: YAML reads `7.30` as the number 7.3, shown again as typed. */
const typedHour = (input: unknown): string => (typeof input === 'number' && !Number.isInteger(input) ? input.toFixed(2) : String(input));

const HOUR_FORMAT = 'wpisz godzinę w cudzysłowie w formacie GG:MM, np. "7:30" albo "15:30"';

/** A time of day `GG:MM`, 24-hour clock. */
export const clockTime = z
  .string({ error: (iss) => (iss.input === undefined ? HOUR_FORMAT : `„${typedHour(iss.input)}” to nie godzina: ${HOUR_FORMAT}`) })
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: (iss) => `„${typedHour(iss.input)}” to nie godzina: ${HOUR_FORMAT}` });

/** One opening interval within a day. */
export const interval = z
  .object({
    /** Start, e.g. `7:30`. */
    od: clockTime,
    /** End, e.g. `15:30`; must be later than `od`. */
    do: clockTime,
  })
  .strict()
  .refine((i) => minutesOf(i.do) > minutesOf(i.od), {
    error: (iss) => {
      const i = iss.input as { od?: unknown; do?: unknown };
      return `przedział od ${String(i.od)} do ${String(i.do)}: godzina zakończenia (do) musi być późniejsza niż godzina rozpoczęcia (od)`;
    },
    path: ['do'],
  });

/** Opening hours of one day: a list of intervals; an empty list means closed. */
const dayHours = z
  .array(interval, { error: 'wpisz listę godzin, np. [{ od: "7:30", do: "15:30" }], albo [] gdy zamknięte' })
  .superRefine((list, ctx) => {
    const sorted = [...list].sort((a, b) => minutesOf(a.od) - minutesOf(b.od));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && minutesOf(cur.od) < minutesOf(prev.do)) {
        ctx.addIssue({ code: 'custom', message: `godziny ${prev.od}–${prev.do} i ${cur.od}–${cur.do} nakładają się` });
      }
    }
  });

/** Opening hours for each day of the week (every day must be written, `[]` when closed). */
export const weekHours = z
  .object({
    /** Monday. */
    poniedzialek: dayHours,
    /** Tuesday. */
    wtorek: dayHours,
    /** Wednesday. */
    sroda: dayHours,
    /** Thursday. */
    czwartek: dayHours,
    /** Friday. */
    piatek: dayHours,
    /** Saturday. */
    sobota: dayHours,
    /** Sunday. */
    niedziela: dayHours,
  })
  .strict() satisfies z.ZodType<WeekHours>;

/** A day the office is closed besides public holidays (in `dni_wolne` of `content/urzad.yaml`). */
export const closedDaySchema = z
  .object({
    /** The date, `RRRR-MM-DD`. */
    data: contentDate,
    /** Why, e.g. "dzień wolny za święto 15 sierpnia przypadające w sobotę". */
    powod: z.string({ error: 'wpisz, dlaczego urząd jest nieczynny' }).min(3),
  })
  .strict();
export type ClosedDay = z.infer<typeof closedDaySchema>;

/** The list of extra closed days (may be empty: `[]`). */
export const closedDaysSchema = z
  .array(closedDaySchema, { error: 'dni_wolne to lista dni, np. „- data: 2026-11-10” i „powod: …”, albo [] gdy ich nie ma' })
  .superRefine((days, ctx) => {
    const seen = new Set<string>();
    days.forEach((d, i) => {
      if (seen.has(d.data)) ctx.addIssue({ code: 'custom', path: [i, 'data'], message: `dzień ${d.data} jest już na liście` });
      seen.add(d.data);
    });
  });

/**
 * Ids of the sign-language act's choices in the callback form (act of 19 August 2011):
 * an interpreter of PJM, of SJM, of SKOGN (for Deafblind people), or a person of the
 * resident's choice (osoba przybrana). `wideo-pjm` is the id stored requests have used.
 */
export const signLanguageMethodIds = ['wideo-pjm', 'wideo-sjm', 'skogn', 'osoba-przybrana'] as const;
export type SignLanguageMethod = (typeof signLanguageMethodIds)[number];

/** The wording of one sign-language choice of the callback form. */
const signLanguageWording = z
  .object({
    /** The choice's label in the form, the confirmation and the e-mails. */
    nazwa: z.string({ error: 'wpisz nazwę wyboru, którą zobaczy mieszkaniec' }).min(3).max(120),
    /** The hint under it: what will happen, in plain words. */
    opis: z.string({ error: 'wpisz, co się stanie po tym wyborze, prostymi słowami' }).min(10).max(400),
    /** What the unit must do, after "Sposób kontaktu: … – " in its e-mail. */
    dla_pracownika: z.string({ error: 'wpisz, co ma zrobić pracownik, np. „umówić połączenie wideo z tłumaczem PJM”' }).min(10).max(200),
  })
  .strict();

/** `content/urzad.yaml`: the office itself. */
export const officeSchema = z
  .object({
    /** Full name, e.g. "Urząd Miejski w Łomży". */
    nazwa: z.string().min(3),
    /** Name in the locative after "w" for sentences, e.g. "Urzędzie Miejskim w Łomży". */
    nazwa_miejscownik: z.string().min(3),
    /** Postal address. */
    adres: z
      .object({
        /** Street and number, e.g. "Stary Rynek 14". */
        ulica: z.string().min(3),
        /** Postcode `NN-NNN`. */
        kod: z.string().regex(/^\d{2}-\d{3}$/, { error: 'kod pocztowy ma postać NN-NNN, np. 18-400' }),
        /** Town. */
        miejscowosc: z.string().min(2),
      })
      .strict(),
    /** Phone of Punkt Obsługi Mieszkańców, shown on every page. */
    telefon: phoneText,
    /** General e-mail of the office, shown on every page. */
    email,
    /** Name of this service: in the header beside the office's name, in every browser tab title and as the statement's site name (a11y-url). */
    serwis: z.string().min(3).max(60),
    /** The office's crest or logo in the header (omit for none); the file lives in `content/`. */
    herb: contentPicture.optional(),
    /** Official website. */
    strona: webUrl,
    /** The office's BIP (public information bulletin); https only. */
    bip: httpsUrl,
    /** The office's phone book (named in the procedure, § 3 ust. 2). */
    ksiazka_telefoniczna: webUrl,
    /**
     * The accessibility coordinator (koordynator do spraw dostępności, art. 14 of the act of
     * 19 July 2019): the one record for everyone who needs them. The statement names them
     * as its contact (a11y-kontakt, a11y-email, a11y-telefon); on the staff side
     * its e-mail gets the escalation when a deadline passes and may sign in to every unit's list.
     */
    koordynator: z
      .object({
        /** A person ("Jan Kowalski") or a unit ("Wydział Organizacyjny"), never only the role title. */
        nazwa: z.string().min(3),
        /** The same in the genitive, for "możesz zgłosić do …": "Jana Kowalskiego", "Wydziału Organizacyjnego". */
        nazwa_dopelniacz: z.string().min(3),
        /** Their e-mail (a11y-email); also where escalations go and the address that signs in. */
        email,
        /** Their phone (a11y-telefon). */
        telefon: phoneText,
        /** `true` while this is sample data that an editor has not yet confirmed. */
        przykladowe: z.boolean().default(false),
      })
      .strict(),
    /**
     * The sign-language act's choices in the callback form (act of 19 August 2011): the
     * wording of each (the rules are code, see `src/callback/callback-options.ts`), and the
     * office's remote interpreting service, shown on the sign-language page and on the
     * callback confirmation when given.
     */
    jezyk_migowy: z
      .object({
        /** The office's own link to a remote interpreter (e.g. its Migam or PZG queue); omit until there is one. */
        tlumacz_online: z
          .object({
            /** The service's name as people know it, e.g. "Tłumacz online PZG". */
            nazwa: z.string({ error: 'wpisz nazwę usługi, np. „Tłumacz online PZG”' }).min(3).max(80),
            /** The office's link to it; https only. */
            adres: httpsUrl,
          })
          .strict()
          .optional(),
        /** The wording of each choice: label, hint for the resident, what staff must do. */
        wybory: z
          .object(Object.fromEntries(signLanguageMethodIds.map((id) => [id, signLanguageWording])) as Record<SignLanguageMethod, typeof signLanguageWording>)
          .strict(),
      })
      .strict(),
    /** Opening hours of the office (the callback form offers times within them). */
    godziny: weekHours,
    /** Days the office is closed besides public holidays, e.g. a day off for a Saturday holiday. */
    dni_wolne: closedDaysSchema.default([]),
  })
  .strict();
export type Office = z.infer<typeof officeSchema>;

/** An id: lowercase letters, digits and hyphens, e.g. `podatki-lokalne`. */
export const slug = z
  .string({ error: 'wpisz identyfikator: małe litery bez polskich znaków, cyfry i myślniki, np. podatki-lokalne' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'identyfikator może mieć tylko małe litery bez polskich znaków, cyfry i myślniki, np. podatki-lokalne' });

/** One entry of `content/jednostki.yaml`: a unit of the office that receives requests. */
export const unitSchema = z
  .object({
    /** Stable id used by topics, e.g. `pom`. Never change it once used. */
    id: slug,
    /** Unit name as residents know it. */
    nazwa: z.string().min(3),
    /** Where requests for this unit are e-mailed (at least one address). */
    email: z.array(email, { error: 'wpisz listę adresów e-mail, np. [pom@lomza.example]' }).min(1, { error: 'jednostka musi mieć co najmniej jeden adres e-mail' }),
    /** Phone number the unit calls back from. */
    telefon: phoneText,
    /** The unit's own hours when they differ from the office's; omit to use the office's hours. */
    godziny: weekHours.optional(),
    /** `true` while this is sample data that an editor has not yet confirmed. */
    przykladowe: z.boolean().default(false),
  })
  .strict();
export type Unit = z.infer<typeof unitSchema>;

/** One entry of `content/sprawy.yaml`: a topic a resident can choose in the form. */
export const topicSchema = z
  .object({
    /** Stable id, e.g. `podatki-lokalne`. */
    id: slug,
    /** Label in the form, e.g. "Podatki i opłaty lokalne". */
    nazwa: z.string().min(3).max(80),
    /** One sentence that helps residents recognise the topic. */
    opis: z.string().min(3).max(200),
    /** The `id` of the unit in `content/jednostki.yaml` that handles the topic. */
    jednostka: slug,
    /** `true` while this is sample data that an editor has not yet confirmed. */
    przykladowe: z.boolean().default(false),
  })
  .strict();
export type Topic = z.infer<typeof topicSchema>;

/** A lettered standard inside a numbered point, e.g. § 4 ust. 1 lit. l. */
const procedureLetter = z
  .object({
    /** The letter exactly as in the procedure: `a`, `b`, … */
    litera: z.string({ error: 'każdy standard musi mieć swoją literę, np. litera: a' }).regex(/^[a-z]$/, { error: 'litera to jedna mała litera, np. a' }),
    /** Text of the standard, verbatim. `*słowo*` marks emphasis; `<https://…>` a link. */
    tekst: z.string().min(3),
  })
  .strict();

/** A numbered point (ustęp) of a paragraph. */
const procedurePoint = z
  .object({
    /** The point's number as in the procedure. */
    numer: z.number({ error: 'każdy ustęp musi mieć swój numer, np. numer: 1' }).int().positive(),
    /** Text of the point, verbatim. */
    tekst: z.string().min(3),
    /** Lettered standards under the point, if any. */
    litery: z.array(procedureLetter).optional(),
  })
  .strict();

/** A paragraph (§) of the procedure. */
const procedureParagraph = z
  .object({
    /** The § number. */
    numer: z.number({ error: 'każdy paragraf musi mieć swój numer, np. numer: 1' }).int().positive(),
    /** Heading of the paragraph, e.g. "Wstęp". */
    tytul: z.string().min(3),
    /** Its numbered points. */
    ustepy: z.array(procedurePoint).min(1),
  })
  .strict();

/** `content/procedura.yaml`: the phone-service procedure, text unchanged, structured. */
export const procedureSchema = z
  .object({
    /** Title of the document. */
    tytul: z.string().min(3),
    /** Date the procedure was last changed (shown as "ostatnia aktualizacja"). */
    aktualizacja: contentDate,
    /** The order (zarządzenie) that adopted this text, shown on the page as "zarządzenie nr … z dnia …". */
    zarzadzenie: z
      .object({
        /** Its number exactly as in the order's title, e.g. `0050.123.2026`. */
        numer: z.string({ error: 'wpisz numer zarządzenia w cudzysłowie, tak jak w jego tytule, np. "0050.123.2026"' }).min(1),
        /** Its date, `RRRR-MM-DD`. */
        data: contentDate,
        /** `true` while the number and date are placeholders an editor has not yet confirmed. */
        przykladowe: z.boolean().default(false),
      }, { error: 'wpisz zarządzenie, którym wprowadzono procedurę: wiersz „zarzadzenie:”, a pod nim, wcięte o 2 spacje, numer: "…" i data: RRRR-MM-DD' })
      .strict(),
    /** The paragraphs, § 1 first. */
    paragrafy: z.array(procedureParagraph).min(1),
  })
  .strict()
  .superRefine((proc, ctx) => {
    const seq = (got: readonly (number | string)[], expected: (i: number) => number | string, path: (i: number) => (string | number)[], what: string, inserted: (i: number) => string) => {
      const at = insertedAt(got, expected);
      if (at !== undefined) {
        ctx.addIssue({ code: 'custom', path: path(at), message: inserted(at) });
        return;
      }
      got.forEach((value, i) => {
        if (value !== expected(i)) ctx.addIssue({ code: 'custom', path: path(i), message: `${what}: oczekiwano ${expected(i)}, jest ${value}` });
      });
    };
    const atEnd = 'Nowe punkty dopisuj tylko na końcu: każdy punkt ma stały adres (np. #par-4-ust-1-lit-l), na który prowadzą linki w wysłanych e-mailach. Jeśli Urząd zmienił numerację, zapytaj zespół techniczny';
    seq(proc.paragrafy.map((p) => p.numer), (i) => i + 1, (i) => ['paragrafy', i, 'numer'], 'paragrafy muszą mieć kolejne numery', (i) => `nowy paragraf wstawiono między § ${i} a § ${i + 1}. ${atEnd}`);
    proc.paragrafy.forEach((p, pi) => {
      seq(p.ustepy.map((u) => u.numer), (i) => i + 1, (i) => ['paragrafy', pi, 'ustepy', i, 'numer'], `ustępy w § ${p.numer} muszą mieć kolejne numery`, (i) => `nowy ustęp wstawiono w § ${p.numer} między ust. ${i} a ust. ${i + 1}. ${atEnd}`);
      p.ustepy.forEach((u, ui) => {
        const letter = (i: number) => String.fromCharCode(97 + i);
        seq((u.litery ?? []).map((l) => l.litera), letter, (i) => ['paragrafy', pi, 'ustepy', ui, 'litery', i, 'litera'], `litery w § ${p.numer} ust. ${u.numer} muszą iść po kolei`, (i) => `nowy punkt wstawiono w § ${p.numer} ust. ${u.numer} między lit. ${letter(i - 1)} a lit. ${letter(i)}. ${atEnd}`);
      });
    });
  });

/**
 * Where one entry was put into the middle of a numbered sequence: the list
 * is in order once that entry is taken out, and the entry is not the last.
 * (Renumbering everything after it would be the wrong fix: links point there.)
 */
function insertedAt(got: readonly (number | string)[], expected: (i: number) => number | string): number | undefined {
  const first = got.findIndex((v, i) => v !== expected(i));
  if (first === -1 || first === got.length - 1) return undefined;
  for (const candidate of [first, first - 1]) {
    if (candidate < 0) continue;
    const rest = got.filter((_, i) => i !== candidate);
    if (rest.every((v, i) => v === expected(i))) return candidate;
  }
  return undefined;
}

export type Procedure = z.infer<typeof procedureSchema>;

/** Compliance status of the statement (template v2.0). */
export const complianceStatus = z.enum(['zgodna', 'częściowo zgodna', 'niezgodna'], {
  error: 'status to jedno z: zgodna, częściowo zgodna, niezgodna',
});

const PARAGRAPHS = 'wpisz co najmniej jeden akapit: każdy w nowym wierszu od „- ”, tekst w cudzysłowie';


/** One piece of inaccessible content and how to get it another way. */
const inaccessibleItem = z
  .object({
    /** What is not accessible. */
    opis: z.string().min(3),
    /** Why (optional): e.g. "film nie został jeszcze nagrany". */
    powod: z.string().min(3).optional(),
    /** How to get the content another way. */
    alternatywa: z.string().min(3),
  })
  .strict();

/** Content outside the act: what it is and which exclusion applies. */
const excludedItem = inaccessibleItem.extend({
  /** The exclusion, e.g. "art. 3 ust. 2 pkt 3 ustawy: multimedia opublikowane przed 23 września 2020 r.". */
  podstawa: z.string().min(3),
});

/** `content/deklaracja.yaml`: data of the accessibility statement (template v2.0, technical conditions of 31 July 2024). */
export const statementSchema = z
  .object({
    /** Name of the public body (a11y-podmiot). The site's name and address (a11y-url) come from `serwis` in urzad.yaml and SITE_URL. */
    podmiot: z.string().min(3),
    /** Date the website was published (a11y-data-publikacja). */
    data_publikacji: contentDate,
    /** Date of the last significant update of the website (a11y-data-aktualizacja). */
    data_aktualizacji: contentDate,
    /** Compliance status (a11y-status). */
    status: complianceStatus,
    /** "Niezgodność z załącznikiem": content that does not meet the requirements of the act's annex. */
    niezgodnosci: z.array(inaccessibleItem).default([]),
    /** "Treści nieobjęte przepisami": content the act does not cover (art. 3), each with its exclusion. */
    wylaczenia: z.array(excludedItem).default([]),
    /** "Nadmierne koszty": content left inaccessible after a disproportionate-burden assessment (art. 8). */
    nadmierne_koszty: z.array(inaccessibleItem).default([]),
    /** Address of the result of the disproportionate-burden assessment (a11y-ocena); required when `nadmierne_koszty` is not empty. */
    ocena_nadmiernych_kosztow_url: webUrl.optional(),
    /** Date the statement was first drawn up (a11y-data-sporzadzenie). */
    data_sporzadzenia: contentDate,
    /** Date of the last review of the statement (a11y-data-przeglad); review at least once a year, by 31 March. */
    data_przegladu: contentDate.optional(),
    /** How the statement was prepared (self-assessment or audit): a sentence in the preparation section. */
    ocena: z.string().min(3),
    /** Link to the report of an external audit, if there was one. */
    ocena_raport_url: webUrl.optional(),
    /** Who receives complaints, in the genitive after "do": the head of the office, e.g. "Prezydenta Miasta Łomża". */
    skargi_adresat: z.string().min(3),
    /** Mobile applications of the body and where to get them (a11y-aplikacje); omit when none. */
    aplikacje: z.string().min(3).optional(),
    /** `true` while `architektura` and `komunikacja` are sample text not yet checked in the buildings (a production build warns). */
    przykladowe: z.boolean().default(false),
    /** Architectural accessibility of each building (a11y-architektura): entrances, ramps and lifts, toilets, parking, assistance dogs; paragraphs. */
    architektura: z.array(z.string().min(3), { error: PARAGRAPHS }).min(1, { error: PARAGRAPHS }),
    /** Link to a separate page about architectural accessibility (a11y-architektura-url), if any. */
    architektura_url: webUrl.optional(),
    /** Communication and information accessibility (a11y-komunikacja): PJM interpreter, induction loops, contact forms; paragraphs. */
    komunikacja: z.array(z.string().min(3), { error: PARAGRAPHS }).min(1, { error: PARAGRAPHS }),
  })
  .strict();
export type Statement = z.infer<typeof statementSchema>;

/**
 * A file of the site: a full https:// address, or a path under `public/`
 * written without `public/` (the page adds the base path).
 */
const publicFilePath = (example: string) =>
  z
    .string({ error: `wpisz adres pliku, np. "${example}"` })
    .min(1, { error: `wpisz adres pliku, np. "${example}"` })
    .refine((s) => !/^\/?public\//.test(s), {
      error: (iss) => `adres wpisz bez „public/” na początku: "${String(iss.input).replace(/^\/?public\//, '')}" (plik leży w public/, strona sama doda początek adresu)`,
    });

/** A video in Polish Sign Language, with captions and a transcript. */
export const signVideoSchema = z
  .object({
    /** The video file (MP4/WebM): a full https:// address, or a path under `public/` written without `public/`, such as `wideo/urzad-pjm.mp4`. */
    plik: publicFilePath('wideo/urzad-pjm.mp4'),
    /** Captions in WebVTT (the file starts with `WEBVTT`): a full address or a path under `public/` such as `wideo/urzad-pjm.vtt`. */
    napisy: publicFilePath('wideo/urzad-pjm.vtt'),
    /** Short description of what the video shows. */
    opis: z.string().min(3),
    /** What is said in the video, as text, in paragraphs; shown under the video for those who cannot watch it. */
    transkrypcja: z
      .array(z.string().min(3), { error: 'wpisz transkrypcję filmu: każdy akapit w nowym wierszu od „- ”, tekst w cudzysłowie' })
      .min(1, { error: 'wpisz transkrypcję filmu: każdy akapit w nowym wierszu od „- ”, tekst w cudzysłowie' }),
  })
  .strict();
export type SignVideo = z.infer<typeof signVideoSchema>;

/** Front matter of the Markdown pages in `content/strony/`. */
export const pageSchema = z
  .object({
    /** Page title (the h1 and the browser tab). */
    tytul: z.string().min(3).max(90),
    /** One-sentence summary for search engines and link previews. */
    opis: z.string().min(10).max(200),
    /** Date the text was last changed. */
    aktualizacja: contentDate,
    /** For the sign-language page: the PJM video; until it exists leave it out. */
    wideo: signVideoSchema.optional(),
  })
  .strict();
export type PageMeta = z.infer<typeof pageSchema>;


/** One letter to the person who made an accessibility request (`content/pisma.yaml`). */
export const letterTemplateSchema = z
  .object({
    /** The letter's heading; also the e-mail's subject after the reference. Plain text, no placeholders. */
    tytul: z.string({ error: 'wpisz tytuł pisma, np. "Przedłużenie terminu"' }).min(5).max(120),
    /** The body: paragraphs separated by an empty line, placeholders such as {sygnatura} filled in when it is sent. */
    tresc: z.string({ error: 'wpisz treść pisma (po „tresc: |” wcięte akapity)' }).min(40).max(6000),
  })
  .strict();

/** The letters of the accessibility requests' outcomes (`content/pisma.yaml`): one per outcome and the extension notice. */
export const letterTemplatesSchema = z
  .object({
    /** The notice that the office needs more time: the reasons and the new date. */
    przedluzenie: letterTemplateSchema,
    /** Accessibility was provided. */
    zalatwienie: letterTemplateSchema,
    /** Alternative access: what and how. */
    dostep_alternatywny: letterTemplateSchema,
    /** Refusal: the reasons. */
    odmowa: letterTemplateSchema,
  })
  .strict();
export type LetterTemplatesContent = z.infer<typeof letterTemplatesSchema>;
