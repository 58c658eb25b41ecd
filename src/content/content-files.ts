/** Where each kind of content lives, relative to the project root. */
export const contentFiles = {
  office: 'content/urzad.yaml',
  procedure: 'content/procedura.yaml',
  statement: 'content/deklaracja.yaml',
  units: 'content/jednostki.yaml',
  topics: 'content/sprawy.yaml',
  /** Letters to people who made an accessibility request. */
  letters: 'content/pisma.yaml',
  pagesDir: 'content/strony',
  /** Markdown pages the site cannot do without. */
  requiredPages: ['latwy-tekst', 'jezyk-migowy', 'ochrona-danych'],
} as const;

/** The unit that receives anything that cannot be routed: Punkt Obsługi Mieszkańców. */
export const FALLBACK_UNIT_ID = 'pom';

/**
 * The unit id stored for accessibility requests: they go to the accessibility
 * coordinator (content/urzad.yaml `koordynator`), not to a unit of
 * content/jednostki.yaml, so no unit may take this id.
 */
export const COORDINATOR_UNIT_ID = 'koordynator';
