/** Paths of the staff pages below a base path; the site and the server's clock both build links with them. */

/** A request's staff page for a signed token. */
export function requestPagePath(base: string, token: string): string {
  return `${base}obsluga/prosba/${token}/`;
}

/** The lists: one unit's open requests, or (without a unit) every unit's for POM and the coordinator. */
export function listPath(base: string, unitId?: string): string {
  return `${base}obsluga/${unitId ? `?jednostka=${encodeURIComponent(unitId)}` : ''}`;
}

/** The sign-in page. */
export function signInPath(base: string): string {
  return `${base}obsluga/logowanie/`;
}
