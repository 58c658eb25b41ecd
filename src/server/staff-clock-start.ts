/**
 * Starts the staff side's clock in the server process, beside the outbox
 * worker: reads the units, hours, closed days and the coordinator from
 * `content/` with the site's own schemas, and builds absolute signed links
 * from `SITE_URL`, `SITE_BASE` and the signing key.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { OfficeCalendar } from '../calendar/working-days.ts';
import { FALLBACK_UNIT_ID, contentFiles } from '../content/content-files.ts';
import { officeSchema, statementSchema, unitSchema } from '../content/schemas.ts';
import type { Database } from '../db/database.ts';
import { requestLinkToken } from '../staff/signed-links.ts';
import { startStaffClock, type StaffClockContent } from '../staff/staff-clock.ts';
import { accessibilityRequestPagePath, listPath, requestPagePath } from '../staff/staff-paths.ts';

/** What the clock needs from the server entry. */
export interface StaffClockStart {
  db: Database;
  key: Buffer;
  siteUrl: string;
  base: string;
  leadMinutes: number;
  digestHour: number;
  retentionDays: number;
  log: (line: string) => void;
  /** Folder that holds `content/` (the project root). */
  root?: URL;
}

/** The clock's content from the files in `content/`. */
export function readStaffClockContent(root: URL): StaffClockContent {
  const read = (file: string): unknown => parse(readFileSync(new URL(file, root), 'utf8'));
  const office = officeSchema.parse(read(contentFiles.office));
  const units = (read(contentFiles.units) as unknown[]).map((u) => unitSchema.parse(u));
  const closed = office.dni_wolne.map((d) => d.data);
  const officeCalendar = new OfficeCalendar(office.godziny, closed);
  const calendars = new Map(units.map((u) => [u.id, u.godziny ? new OfficeCalendar(u.godziny, closed) : officeCalendar]));
  return {
    units,
    calendarFor: (id) => calendars.get(id) ?? officeCalendar,
    pomEmails: units.find((u) => u.id === FALLBACK_UNIT_ID)?.email ?? [office.email],
    coordinatorEmail: office.koordynator.email,
    officePhone: office.telefon,
    statementReviewedOn: reviewedOn(read(contentFiles.statement)),
  };
}

/** The statement's last review (`RRRR-MM-DD`), or the day it was drawn up when never reviewed, as the content check reads it. */
function reviewedOn(raw: unknown): string | undefined {
  const parsed = statementSchema.safeParse(raw);
  const date: unknown = parsed.success ? (parsed.data.data_przegladu ?? parsed.data.data_sporzadzenia) : undefined;
  if (date instanceof Date) return date.toISOString().slice(0, 10);
  return typeof date === 'string' ? date : undefined;
}

/** Start the clock; returns its stopper. */
export function startStaffClockFromSettings(s: StaffClockStart): { stop(): void } {
  const site = new URL(s.siteUrl);
  return startStaffClock({
    db: s.db,
    content: readStaffClockContent(s.root ?? new URL('../../', import.meta.url)),
    links: {
      request: (id) => new URL(requestPagePath(s.base, requestLinkToken(s.key, id)), site).href,
      accessibilityRequest: (id) => new URL(accessibilityRequestPagePath(s.base, requestLinkToken(s.key, id)), site).href,
      list: (unitId) => new URL(listPath(s.base, unitId), site).href,
      register: (query) => new URL(`${s.base}obsluga/rejestr/?${query}`, site).href,
      statement: new URL(`${s.base}deklaracja-dostepnosci/`, site).href,
    },
    leadMinutes: s.leadMinutes,
    digestHour: s.digestHour,
    retentionDays: s.retentionDays,
    messageIdHost: site.hostname || 'localhost',
    log: s.log,
  });
}
