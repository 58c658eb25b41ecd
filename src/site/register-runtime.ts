/**
 * The register inside Astro: who may see it (the coordinator and the Punkt
 * Obsługi Mieszkańców; a unit gets 403, not signed in goes to sign-in or,
 * for a CSV, 403), the labels from content, the filter context and links.
 */
import type { AstroCookies } from 'astro';
import { barrierPlaces } from '../accessibility-requests/request-schema.ts';
import { warsawDate } from '../calendar/warsaw-time.ts';
import type { FilterContext } from '../register/register-filters.ts';
import { registerLabels, type RegisterLabels } from '../register/register-labels.ts';
import type { StaffAccess } from '../staff/staff-access.ts';
import { requestLinkToken } from '../staff/signed-links.ts';
import { callbackContent } from './callback-runtime.ts';
import { signingKey } from './staff-links.ts';
import { accessibilityRequestHref, staffRequestHref } from './staff-routes.ts';
import { currentStaff } from './staff-session.ts';

/** Who asks for a register page. */
export type RegisterAccess = { kind: 'ok'; staff: StaffAccess } | { kind: 'signed-out' } | { kind: 'forbidden'; staff: StaffAccess };

/** Whether the signed-in member of staff may see the register: only those who see every unit. */
export async function registerAccess(cookies: AstroCookies, now: Date): Promise<RegisterAccess> {
  const staff = await currentStaff(cookies, now);
  if (!staff) return { kind: 'signed-out' };
  return staff.everyUnit ? { kind: 'ok', staff } : { kind: 'forbidden', staff };
}

let labels: RegisterLabels | undefined;
/** Names of units and topics, from content. */
export async function registerContentLabels(): Promise<RegisterLabels> {
  if (!labels) {
    const c = await callbackContent;
    const places = Object.fromEntries(Object.entries(barrierPlaces).map(([id, p]) => [id, p.label]));
    labels = registerLabels(c.units, c.topics, places);
  }
  return labels;
}

/** What the filters are checked against at `now`. */
export async function filterContext(now: Date, maxDays?: number): Promise<FilterContext> {
  const l = await registerContentLabels();
  const ctx: FilterContext = { today: warsawDate(now), units: l.units };
  if (maxDays !== undefined) ctx.maxDays = maxDays;
  return ctx;
}

/** The staff page of a request still stored (a callback's, or the coordinator's page of an accessibility request), or `undefined`. */
export function registerRequestHref(kind: string, requestId: number | null): string | undefined {
  if (requestId === null) return undefined;
  const token = requestLinkToken(signingKey(), requestId);
  return kind === 'oddzwonienie' ? staffRequestHref(token) : accessibilityRequestHref(token);
}

/** Site-relative addresses of the register's pages. */
export const registerHref = {
  register: (query = '') => `${import.meta.env.BASE_URL}obsluga/rejestr/${query ? `?${query}` : ''}`,
  registerCsv: (query = '') => `${import.meta.env.BASE_URL}obsluga/rejestr/rejestr.csv${query ? `?${query}` : ''}`,
  figures: (query = '') => `${import.meta.env.BASE_URL}obsluga/rejestr/liczby/${query ? `?${query}` : ''}`,
  figuresCsv: (query = '') => `${import.meta.env.BASE_URL}obsluga/rejestr/liczby.csv${query ? `?${query}` : ''}`,
  report: (query = '') => `${import.meta.env.BASE_URL}obsluga/rejestr/raport/${query ? `?${query}` : ''}`,
};
