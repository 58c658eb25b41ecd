/** The staff service's context inside Astro: content, mail settings and links. */
import type { StaffContext } from '../staff/staff-service.ts';
import { callbackContext } from './callback-runtime.ts';
import { staffMailLinks } from './staff-links.ts';

const site = new URL(import.meta.env.SITE);

/** The staff service's context at `now`. */
export async function staffContext(now: Date): Promise<StaffContext> {
  const c = await callbackContext(now, site);
  return { now, units: c.units, mail: c.mail, links: staffMailLinks, fallbackEmails: c.fallbackEmails };
}
