/**
 * Settings read when the site is built (they end up in the generated HTML).
 * Validated here once; `astro.config.mjs` refuses to build with bad values.
 */
import { z } from 'zod';
import { parseEnv } from './parse-env.ts';

z.config(z.locales.pl());

/** Build-time environment variables. */
export const buildSettingsSchema = z.object({
  /** Public origin of the site, e.g. `https://www.lomza.pl`; used for absolute links and the sitemap. */
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'SITE_URL musi być pełnym adresem, np. https://www.lomza.pl' })
    .default('http://localhost:4321'),
  /** Folder the whole site lives in, e.g. `/dostepnosc/` (pages sit below it: `/dostepnosc/deklaracja-dostepnosci/`); `/` for the root. */
  SITE_BASE: z
    .string()
    .regex(/^\/([a-z0-9-]+\/)*$/, { error: 'SITE_BASE to ścieżka zaczynająca się i kończąca ukośnikiem, z małych liter, cyfr i myślników, np. /dostepnosc/' })
    .default('/'),
});
export type BuildSettings = z.infer<typeof buildSettingsSchema>;

/** Parse build settings or throw one error listing every wrong variable in Polish. */
export function readBuildSettings(env: Record<string, string | undefined>): BuildSettings {
  return parseEnv(buildSettingsSchema, env, 'Błędne ustawienia budowania (zmienne środowiskowe):');
}

/** An Astro `security.allowedDomains` entry. */
export interface DomainPattern {
  protocol: string;
  hostname: string;
  port?: string;
}

/**
 * The site's public address as Astro's one allowed domain: behind a TLS
 * proxy, `X-Forwarded-Proto` and `X-Forwarded-Host` are trusted only when
 * they name this address, so a form posted from `https://…` passes the
 * origin check although the proxy talks plain HTTP to the server.
 */
export function siteDomainPattern(siteUrl: string): DomainPattern {
  const url = new URL(siteUrl);
  const pattern: DomainPattern = { protocol: url.protocol.slice(0, -1), hostname: url.hostname };
  if (url.port) pattern.port = url.port;
  return pattern;
}
