/**
 * The build's public address and base path, written next to the server
 * bundle (`dist/server/site-settings.json`) so that the server entry uses
 * the values the site was built with, never a second copy that could disagree.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSettingsSchema, type BuildSettings } from './build-settings.ts';

/** File name inside the server build folder. */
export const SITE_SETTINGS_FILE = 'site-settings.json';

/** Astro integration: after the build, write `settings` into the server build folder. */
export function siteSettingsFile(settings: BuildSettings): AstroIntegration {
  let serverDir: URL | undefined;
  return {
    name: 'site-settings-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        serverDir = config.build.server;
      },
      'astro:build:done': () => {
        const dir = fileURLToPath(serverDir!);
        mkdirSync(dir, { recursive: true });
        writeFileSync(`${dir}/${SITE_SETTINGS_FILE}`, `${JSON.stringify(settings, null, 2)}\n`);
      },
    },
  };
}

/** Read and validate the settings a build wrote; throws a Polish message when the file is missing or wrong. */
export function readSiteSettingsFile(path: string): BuildSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`Nie ma ustawień zbudowanej strony (${path}). Zbuduj stronę: npm run build`);
  }
  const parsed = buildSettingsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Błędne ustawienia zbudowanej strony (${path}): ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}. Zbuduj stronę ponownie: npm run build`);
  return parsed.data;
}
