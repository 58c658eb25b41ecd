/**
 * The signing key inside Astro (from `SIGNING_KEY` or the data folder) and
 * the absolute staff links that go into e-mails.
 */
import { readServerSettings } from '../config/server-settings.ts';
import { ensureDataDir } from '../db/database.ts';
import type { StaffMailLinks } from '../mail/staff-request-mail.tsx';
import { loadSigningKey } from '../staff/signing-key.ts';
import { requestLinkToken } from '../staff/signed-links.ts';
import { accessibilityRequestHref, staffListHref, staffRequestHref } from './staff-routes.ts';

let key: Buffer | undefined;

/** The key that signs staff links and sessions, loaded (or created) once. */
export function signingKey(): Buffer {
  if (!key) {
    const s = readServerSettings(process.env);
    key = loadSigningKey(ensureDataDir(s.DATA_DIR), s.SIGNING_KEY);
  }
  return key;
}

const site = new URL(import.meta.env.SITE);

/** An absolute address on the site for a site-relative one. */
export function absolute(href: string): string {
  return new URL(href, site).href;
}

/** Absolute staff links of a request for the e-mail to `unitId`. */
export function staffMailLinks(requestId: number, unitId: string): StaffMailLinks {
  return { request: absolute(staffRequestHref(requestLinkToken(signingKey(), requestId))), list: absolute(staffListHref(unitId)) };
}

/** Absolute signed link to an accessibility request's page (the coordinator's e-mail). */
export function accessibilityRequestMailLink(requestId: number): string {
  return absolute(accessibilityRequestHref(requestLinkToken(signingKey(), requestId)));
}
