/**
 * Office facts that editors write into pages as placeholders, e.g.
 * `{{telefon}}`: the value always comes from `content/urzad.yaml`, so a new
 * phone number or new hours change every page at once and are never copied
 * by hand. Pure: takes the office record and returns segments; the Markdown
 * plugin (`markdown-office-facts.ts`) and `OfficeText.astro` render them,
 * `check-placeholders.ts` validates what editors wrote.
 */
import { telUri } from '../phone/phone-number.ts';
import { keepTogether } from './keep-together.ts';
import { minutesOf, weekdayKeys, type WeekdayKey, type WeekHours } from '../calendar/week-hours.ts';
import type { Office } from './schemas.ts';

/** A run of text to render: plain, a link, or words that must stay on one line. */
export type FactSegment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; href: string; text: string }
  | { kind: 'nowrap'; text: string };

/** One placeholder editors may use. */
export interface OfficeFact {
  /** What it inserts, in Polish, for the editor guide and the checker's messages. */
  opis: string;
  /** The segments it becomes for this office. */
  value: (office: Office) => FactSegment[];
}

const text = (t: string): FactSegment => ({ kind: 'text', text: t });

/** "18-400 Łomża" must not break at the hyphen: postcode and town stay together. */
function addressSegments(office: Office): FactSegment[] {
  return [text(`${office.adres.ulica}, `), { kind: 'nowrap', text: `${office.adres.kod} ${office.adres.miejscowosc}` }];
}

/** Every placeholder, by name: `{{telefon}}` and so on. */
export const OFFICE_FACTS = {
  nazwa: { opis: 'nazwa Urzędu', value: (o) => [text(o.nazwa)] },
  adres: { opis: 'adres Urzędu (ulica, kod pocztowy, miejscowość)', value: addressSegments },
  telefon: { opis: 'telefon Punktu Obsługi Mieszkańców jako link do dzwonienia', value: (o) => [{ kind: 'link', href: telUri(o.telefon), text: o.telefon }] },
  email: { opis: 'ogólny adres e-mail Urzędu jako link', value: (o) => [{ kind: 'link', href: `mailto:${o.email}`, text: o.email }] },
  godziny: { opis: 'godziny pracy Urzędu, np. „w poniedziałek od 8:00 do 16:00, od wtorku do piątku od 7:30 do 15:30”', value: (o) => [text(hoursSentence(o.godziny))] },
} as const satisfies Record<string, OfficeFact>;

/** A placeholder name. */
export type OfficeFactName = keyof typeof OFFICE_FACTS;

/** `{{ name }}`: two braces, a name, two braces (spaces inside allowed). */
export const PLACEHOLDER = /\{\{\s*([^{}\n]*?)\s*\}\}/g;

/** True for a name that `OFFICE_FACTS` knows. */
export function isOfficeFact(name: string): name is OfficeFactName {
  return Object.hasOwn(OFFICE_FACTS, name);
}

/**
 * Split a text into segments, replacing every known placeholder with the
 * office's value; phone numbers and postcodes in the text are kept on one
 * line. Unknown placeholders stay as written (the checker has already
 * stopped the build for them).
 */
export function expandOfficeFacts(input: string, office: Office): FactSegment[] {
  return expandPlaceholders(input, office).flatMap<FactSegment>((s) => (s.kind === 'text' ? keepTogether(s.text) : [s]));
}

function expandPlaceholders(input: string, office: Office): FactSegment[] {
  const out: FactSegment[] = [];
  let last = 0;
  const push = (segment: FactSegment) => {
    const prev = out.at(-1);
    if (segment.kind === 'text' && prev?.kind === 'text') prev.text += segment.text;
    else if (segment.kind !== 'text' || segment.text !== '') out.push(segment);
  };
  for (const m of input.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!isOfficeFact(name)) continue;
    push(text(input.slice(last, m.index)));
    for (const s of OFFICE_FACTS[name].value(office)) push({ ...s });
    last = m.index + m[0].length;
  }
  push(text(input.slice(last)));
  return out;
}

/** Plain text of segments (for places that cannot hold links, e.g. a page description). */
export function segmentsText(segments: readonly FactSegment[]): string {
  return segments.map((s) => s.text).join('');
}

/** "w poniedziałek", after which hours follow ("w poniedziałek od 8:00 do 16:00"). */
const ON_DAY: Readonly<Record<WeekdayKey, string>> = {
  poniedzialek: 'w poniedziałek',
  wtorek: 'we wtorek',
  sroda: 'w środę',
  czwartek: 'w czwartek',
  piatek: 'w piątek',
  sobota: 'w sobotę',
  niedziela: 'w niedzielę',
};
/** Genitive after "od"/"do": "od poniedziałku do piątku". */
const DAY_GENITIVE: Readonly<Record<WeekdayKey, string>> = {
  poniedzialek: 'poniedziałku',
  wtorek: 'wtorku',
  sroda: 'środy',
  czwartek: 'czwartku',
  piatek: 'piątku',
  sobota: 'soboty',
  niedziela: 'niedzieli',
};

/**
 * Opening hours as one Polish phrase, days with the same hours grouped:
 * "w poniedziałek od 8:00 do 16:00, od wtorku do piątku od 7:30 do 15:30".
 * Closed days are left out; a week with no hours at all says so.
 */
export function hoursSentence(week: WeekHours): string {
  const key = (day: WeekdayKey) => week[day].map((i) => `${i.od}-${i.do}`).join(',');
  const groups: { from: WeekdayKey; to: WeekdayKey }[] = [];
  for (const day of weekdayKeys) {
    if (week[day].length === 0) continue;
    const last = groups.at(-1);
    const prevDay = weekdayKeys[weekdayKeys.indexOf(day) - 1];
    if (last && prevDay === last.to && key(prevDay) === key(day)) last.to = day;
    else groups.push({ from: day, to: day });
  }
  if (groups.length === 0) return 'Urząd nie ma wpisanych godzin pracy';
  return groups
    .map(({ from, to }) => {
      const days = from === to ? ON_DAY[from] : weekdayKeys.indexOf(to) - weekdayKeys.indexOf(from) === 1 ? `${ON_DAY[from]} i ${ON_DAY[to]}` : `od ${DAY_GENITIVE[from]} do ${DAY_GENITIVE[to]}`;
      const hours = [...week[from]].sort((a, b) => minutesOf(a.od) - minutesOf(b.od)).map((i) => `od ${i.od} do ${i.do}`).join(' i ');
      return `${days} ${hours}`;
    })
    .join(', ');
}
