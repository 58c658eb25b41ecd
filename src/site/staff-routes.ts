/** Addresses of the staff pages (below the base path); kept out of the sitemap and the public navigation. */
import { accessibilityRequestPagePath, letterPagePath, listPath, requestPagePath, signInPath } from '../staff/staff-paths.ts';

/** Site-relative address of a request's staff page for a signed token. */
export function staffRequestHref(token: string): string {
  return requestPagePath(import.meta.env.BASE_URL, token);
}

/** Site-relative address of an accessibility request's page for a signed token. */
export function accessibilityRequestHref(token: string): string {
  return accessibilityRequestPagePath(import.meta.env.BASE_URL, token);
}

/** Site-relative address of the printable letter of version `version`. */
export function letterHref(token: string, version: number): string {
  return letterPagePath(import.meta.env.BASE_URL, token, version);
}

/** Site-relative address of the staff lists (a unit's open requests, search for POM and the coordinator). */
export function staffListHref(unitId?: string): string {
  return listPath(import.meta.env.BASE_URL, unitId);
}

/** Site-relative address of the sign-in page. */
export function staffSignInHref(): string {
  return signInPath(import.meta.env.BASE_URL);
}

/**
 * Headers of every staff page: never cached, never indexed, no referrer to other sites (addresses carry
 * signed links). `same-origin`, not `no-referrer`: with `no-referrer` a browser posts the page's own
 * forms with `Origin: null`, and the origin check refuses every action.
 */
export function setStaffPageHeaders(headers: Headers): void {
  headers.set('Cache-Control', 'no-store');
  headers.set('Referrer-Policy', 'same-origin');
  headers.set('X-Robots-Tag', 'noindex, nofollow');
}
