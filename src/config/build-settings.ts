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
  /** Path under which the site lives, e.g. `/bip/deklaracja-dostepnosci/`; `/` for the root. */
  SITE_BASE: z
    .string()
    .regex(/^\/([a-z0-9-]+\/)*$/, { error: 'SITE_BASE to ścieżka zaczynająca się i kończąca ukośnikiem, z małych liter, cyfr i myślników, np. /bip/deklaracja-dostepnosci/' })
    .default('/'),
});
export type BuildSettings = z.infer<typeof buildSettingsSchema>;

/** Parse build settings or throw one error listing every wrong variable in Polish. */
export function readBuildSettings(env: Record<string, string | undefined>): BuildSettings {
  return parseEnv(buildSettingsSchema, env, 'Błędne ustawienia budowania (zmienne środowiskowe):');
}
