/** The staff service's context inside Astro: content, mail settings and links. */
import type { StaffContext } from '../staff/staff-service.ts';
import { callbackContent, mailContext } from './callback-runtime.ts';
import { staffMailLinks } from './staff-links.ts';

const site = new URL(import.meta.env.SITE);

/** The staff service's context at `now`. */
export async function staffContext(now: Date): Promise<StaffContext> {
  const c = await callbackContent;
  return { now, units: c.units, mail: await mailContext(site), links: staffMailLinks, fallbackEmails: c.fallbackUnit.email };
}
