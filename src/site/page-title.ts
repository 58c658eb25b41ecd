/**
 * The one pattern for every browser tab title: "Page – Service – Office",
 * the home page "Service – Office"; "Błąd: " first when a form has errors.
 * One kind of dash (the en dash), the office named once.
 */

/** The service part of the staff pages' titles (the public pages take `serwis` from content/urzad.yaml). */
export const STAFF_SERVICE = 'Obsługa próśb';

/** Separator between the parts of a title. */
export const TITLE_SEPARATOR = ' – ';

/** The `<title>` of a page; `page` is undefined for the home page. */
export function pageTitle(parts: { page?: string | undefined; service: string; office: string; hasErrors?: boolean }): string {
  const title = [parts.page, parts.service, parts.office].filter((p): p is string => Boolean(p)).join(TITLE_SEPARATOR);
  return parts.hasErrors ? `Błąd: ${title}` : title;
}
