/** Paths of the staff pages below a base path; the site and the server's clock both build links with them. */

/** A request's staff page for a signed token. */
export function requestPagePath(base: string, token: string): string {
  return `${base}obsluga/prosba/${token}/`;
}

/** An accessibility request's page for the coordinator (the same signed token as a callback's page). */
export function accessibilityRequestPagePath(base: string, token: string): string {
  return `${base}obsluga/wniosek/${token}/`;
}

/** The printable letter of one change (by its version) of an accessibility request. */
export function letterPagePath(base: string, token: string, version: number): string {
  return `${accessibilityRequestPagePath(base, token)}pismo/${version}/`;
}

/** The lists: one unit's open requests, or (without a unit) every unit's for POM and the coordinator. */
export function listPath(base: string, unitId?: string): string {
  return `${base}obsluga/${unitId ? `?jednostka=${encodeURIComponent(unitId)}` : ''}`;
}

/** The sign-in page. */
export function signInPath(base: string): string {
  return `${base}obsluga/logowanie/`;
}
