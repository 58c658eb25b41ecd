/** A temporary database and a service context on the real content, for tests of the callback flow. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfficeCalendar } from '../../../src/calendar/working-days.ts';
import type { CallbackContext } from '../../../src/callback/callback-service.ts';
import { callbackFormSchema, type CallbackForm } from '../../../src/callback/callback-schema.ts';
import { timingProblem } from '../../../src/callback/callback-timing.ts';
import { openDatabase, type Database } from '../../../src/db/database.ts';
import { callbackMailComposer } from '../../../src/mail/callback-mails.ts';
import type { MailContext } from '../../../src/mail/mail-context.ts';
import { asActionInput, calendar, contactWordsOfContent, office, procedure, topics, units } from './real-content.ts';

/** A fresh database in a temporary folder; `cleanup` removes it. */
export function tempDatabase(): { db: Database; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'oddzwonimy-test-'));
  const db = openDatabase(join(dir, 'data'));
  return { db, dir, cleanup: () => { db.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** The e-mails' context as the site builds it on the test server. */
export const mailContext: MailContext = {
  officeName: office.nazwa,
  officePhone: office.telefon,
  procedure,
  procedureUrl: 'http://127.0.0.1:4400/bip/deklaracja-dostepnosci/procedura-obslugi-telefonicznej/',
  fromAddress: 'oddzwonimy@lomza.example',
  messageIdHost: 'lomza.example',
  contactWords: contactWordsOfContent,
};

/** The service context at `now`, as the site builds it. */
export function contextAt(now: Date): CallbackContext {
  return {
    now,
    calendar,
    calendarFor: (unit) => (unit.godziny ? new OfficeCalendar(unit.godziny, office.dni_wolne.map((d) => d.data)) : calendar),
    topics,
    units,
    fallbackEmails: units.find((u) => u.id === 'pom')!.email,
    composeMails: callbackMailComposer(mailContext),
  };
}

/** The real schema with the calendar's checks at `now`, as the site builds it. */
export function schemaAt(now: Date) {
  const ctx = contextAt(now);
  return callbackFormSchema({
    topicIds: topics.map((t) => t.id),
    timing: (answers) => timingProblem(answers, ctx, now),
  });
}

/**
 * Validate posted answers with the real schema (throws when invalid). The
 * calendar's checks run only with `now`: without it, answers the calendar
 * would refuse pass, so tests can show that the service checks them again
 * at its own moment.
 */
export function validForm(answers: Record<string, string | string[]>, now?: Date): CallbackForm {
  return (now ? schemaAt(now) : schemaWithoutCalendar).parse(asActionInput(answers));
}

const schemaWithoutCalendar = callbackFormSchema({ topicIds: topics.map((t) => t.id), timing: () => undefined });
