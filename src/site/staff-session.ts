/**
 * Staff sign-in inside the site: the session cookie (a random id signed with
 * the site's key: HttpOnly, SameSite=Lax, Secure over https, a working day
 * long), who the signed-in member of staff is, and a bounded per-client
 * limit on sign-in requests.
 */
import type { AstroCookies } from 'astro';
import { FALLBACK_UNIT_ID } from '../content/content-files.ts';
import { signInPath } from '../staff/staff-paths.ts';
import type { StaffAccess } from '../staff/staff-access.ts';
import { SESSION_COOKIE, staffFromCookie, type SignInContext } from '../staff/staff-sign-in.ts';
import { addressOf, callbackContent, database, serverSettings } from './callback-runtime.ts';
import { absolute, signingKey } from './staff-links.ts';

const site = new URL(import.meta.env.SITE);

/** The sign-in context at `now`. */
export async function signInContext(now: Date): Promise<SignInContext> {
  const c = await callbackContent;
  return {
    now,
    units: c.units,
    coordinatorEmail: c.office.koordynator.email,
    fallbackUnitId: FALLBACK_UNIT_ID,
    confirmLink: (token) => absolute(`${signInPath(import.meta.env.BASE_URL)}${token}/`),
    officeName: c.office.nazwa,
    messageIdHost: site.hostname || 'localhost',
    fallbackEmails: c.fallbackUnit.email.length ? c.fallbackUnit.email : [addressOf(serverSettings().MAIL_FROM)],
  };
}

/** The signed-in member of staff, if any. */
export async function currentStaff(cookies: AstroCookies, now = new Date()): Promise<StaffAccess | undefined> {
  return staffFromCookie(database(), cookies.get(SESSION_COOKIE)?.value, signingKey(), now, await signInContext(now));
}

/** Set the session cookie. */
export function setSessionCookie(cookies: AstroCookies, value: string, maxAgeSeconds: number, https: boolean): void {
  cookies.set(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: https, path: import.meta.env.BASE_URL, maxAge: maxAgeSeconds });
}

/** Remove the session cookie. */
export function clearSessionCookie(cookies: AstroCookies): void {
  cookies.delete(SESSION_COOKIE, { path: import.meta.env.BASE_URL });
}

const LIMIT = 10;
const WINDOW_MS = 15 * 60_000;
const MAX_CLIENTS = 5000;
const recent = new Map<string, { count: number; resetAt: number }>();

/** Count one sign-in request from `client`; false when it is over the limit (10 per 15 minutes). Memory is bounded. */
export function allowSignInRequest(client: string, now = Date.now()): boolean {
  const key = client.slice(0, 64);
  const entry = recent.get(key);
  if (!entry || entry.resetAt <= now) {
    if (recent.size >= MAX_CLIENTS) {
      for (const [k, e] of recent) if (e.resetAt <= now) recent.delete(k);
      if (recent.size >= MAX_CLIENTS) recent.delete(recent.keys().next().value!);
    }
    recent.set(key, { count: 1, resetAt: now + WINDOW_MS });
    return true;
  }
  entry.count++;
  return entry.count <= LIMIT;
}
