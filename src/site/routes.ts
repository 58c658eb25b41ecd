/**
 * Every page of the site: its path (below the base path) and its names.
 * Navigation, breadcrumbs, the footer and the e-mails take names from here.
 */

/** A page of the site. */
export interface SiteRoute {
  /** Path below the site's base, '' for the home page; ends with '/'. */
  path: string;
  /** Full title (h1, browser tab). */
  title: string;
  /** Short name for navigation and breadcrumbs. */
  short: string;
}

export const routes = {
  home: { path: '', title: 'Dostępność Urzędu Miejskiego w Łomży', short: 'Dostępność' },
  procedure: { path: 'procedura-obslugi-telefonicznej/', title: 'Procedura obsługi interesantów ze szczególnymi potrzebami przez telefon', short: 'Procedura obsługi telefonicznej' },
  callback: { path: 'oddzwonimy/', title: 'Poproś o telefon od urzędu', short: 'Poproś o telefon' },
  callbackConfirmation: { path: 'oddzwonimy/przyjete/', title: 'Prośba przyjęta', short: 'Prośba przyjęta' },
  statement: { path: 'deklaracja-dostepnosci/', title: 'Deklaracja dostępności', short: 'Deklaracja dostępności' },
  easyRead: { path: 'tekst-latwy-do-czytania/', title: 'Tekst łatwy do czytania', short: 'Tekst łatwy do czytania' },
  // Named for what it holds (contact for Deaf people) whether or not the PJM video is there yet.
  signLanguage: { path: 'jezyk-migowy/', title: 'Informacje dla osób Głuchych i słabosłyszących', short: 'Dla osób Głuchych' },
  accessibilityRequest: { path: 'wniosek-o-dostepnosc/', title: 'Zgłoś barierę i poproś o dostępność', short: 'Wniosek o dostępność' },
  accessibilityRequestConfirmation: { path: 'wniosek-o-dostepnosc/przyjety/', title: 'Wniosek przyjęty', short: 'Wniosek przyjęty' },
  privacy: { path: 'ochrona-danych/', title: 'Ochrona danych osobowych', short: 'Ochrona danych' },
} as const satisfies Record<string, SiteRoute>;

export type RouteName = keyof typeof routes;

/** The site-relative address of a page, respecting the configured base path. */
export function href(name: RouteName, hash?: string): string {
  return `${import.meta.env.BASE_URL}${routes[name].path}${hash ? `#${hash}` : ''}`;
}

/** The address of a file or page below the base path, e.g. `procedura-obslugi-telefonicznej.txt`. */
export function assetHref(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}
