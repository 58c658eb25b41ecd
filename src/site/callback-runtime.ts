/**
 * What the callback form needs at run time inside Astro: the database (opened
 * once), the content (topics, units, hours, closed days, procedure), and the
 * context the service takes, with the e-mails' composer wired in.
 */
import { getCollection } from 'astro:content';
import { OfficeCalendar } from '../calendar/working-days.ts';
import type { CallbackContext } from '../callback/callback-service.ts';
import { contactWords } from '../callback/callback-options.ts';
import { readServerSettings, type ServerSettings } from '../config/server-settings.ts';
import { FALLBACK_UNIT_ID } from '../content/content-files.ts';
import type { Unit } from '../content/schemas.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { sharedDatabase } from '../db/shared-database.ts';
import { callbackMailComposer } from '../mail/callback-mails.ts';
import type { MailContext } from '../mail/mail-context.ts';
import { getOffice, getProcedure } from './office-data.ts';
import { href } from './routes.ts';
import { staffMailLinks } from './staff-links.ts';

let settings: ServerSettings | undefined;
let db: Database | undefined;

/** Server settings, validated once. */
export function serverSettings(): ServerSettings {
  settings ??= readServerSettings(process.env);
  return settings;
}

/** The process's database connection (shared by the server entry; opened here under `astro dev`). */
export function database(): Database {
  db ??= sharedDatabase() ?? openDatabase(serverSettings().DATA_DIR);
  return db;
}

/** The content the form and the service use, loaded once. */
export const callbackContent = (async () => {
  const [office, procedure, topics, units] = await Promise.all([getOffice(), getProcedure(), getCollection('topics'), getCollection('units')]);
  const unitList = units.map((u) => u.data);
  const closedDays = office.dni_wolne.map((d) => d.data);
  const calendar = new OfficeCalendar(office.godziny, closedDays);
  const unitCalendars = new Map(unitList.map((u) => [u.id, u.godziny ? new OfficeCalendar(u.godziny, closedDays) : calendar]));
  return {
    office,
    procedure,
    topics: topics.sort((a, b) => a.data.kolejnosc - b.data.kolejnosc).map(({ data: { kolejnosc: _, ...t } }) => ({ ...t, jednostka: t.jednostka.id })),
    units: unitList,
    fallbackUnit: unitList.find((u) => u.id === FALLBACK_UNIT_ID)!,
    /** The wording of every contact method (the sign-language choices from `jezyk_migowy.wybory`). */
    contactWords: contactWords(office.jezyk_migowy.wybory),
    calendar,
    /** The calendar of a unit (its own hours, or the office's). */
    calendarFor: (unit: Unit) => unitCalendars.get(unit.id) ?? calendar,
  };
})();

/** Plain address of a `Name <address>` sender. */
export function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

/** What every e-mail needs from content and settings, with absolute links on `site`. */
export async function mailContext(site: URL): Promise<MailContext> {
  const c = await callbackContent;
  return {
    officeName: c.office.nazwa,
    officePhone: c.office.telefon,
    procedure: c.procedure,
    procedureUrl: new URL(href('procedure'), site).href,
    fromAddress: addressOf(serverSettings().MAIL_FROM),
    messageIdHost: site.hostname || 'localhost',
    contactWords: c.contactWords,
  };
}

/** The service context at `now`, with absolute links on `site` (the unit's e-mail carries the staff side's links). */
export async function callbackContext(now: Date, site: URL): Promise<CallbackContext> {
  const c = await callbackContent;
  return {
    now,
    calendar: c.calendar,
    calendarFor: c.calendarFor,
    topics: c.topics,
    units: c.units,
    fallbackEmails: c.fallbackUnit.email,
    composeMails: callbackMailComposer(await mailContext(site), staffMailLinks),
  };
}
