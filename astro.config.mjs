// @ts-check
import './src/config/astro-telemetry-off.ts';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { lineBreaks } from './src/content/markdown-line-breaks.ts';
import { officeFacts, readOffice } from './src/content/markdown-office-facts.ts';
import { siteLinks } from './src/content/markdown-site-links.ts';
import { readBuildSettings, siteDomainPattern } from './src/config/build-settings.ts';
import { contentCheck } from './src/content/content-check-integration.ts';
import { siteSettingsFile } from './src/config/site-settings-file.ts';
import { serverBundle } from './src/server/server-bundle.ts';

const settings = readBuildSettings(process.env);

export default defineConfig({
  site: settings.SITE_URL,
  base: settings.SITE_BASE,
  trailingSlash: 'always',
  output: 'static',
  // Middleware mode: the server entry (src/server/start.ts, built to dist/server/start.mjs) serves the static files itself and hands Astro the rest.
  adapter: node({ mode: 'middleware', bodySizeLimit: 32 * 1024 }),
  integrations: [
    contentCheck(),
    preact(),
    // Staff pages (obsluga/) are for the office, never in the public sitemap.
    sitemap({ filter: (page) => !/\/(404|za-duzy-formularz|formularz-z-innej-strony|oddzwonimy\/przyjete|wniosek-o-dostepnosc\/przyjety)\/?$/.test(page) && !/\/obsluga\//.test(page) }),
    // The server entry reads SITE_URL and SITE_BASE from the build (dist/server/site-settings.json).
    siteSettingsFile(settings),
    // The server entry, bundled to plain JavaScript: dist/server/start.mjs.
    serverBundle(),
  ],
  // Nothing is kept in a session (errors render in place, the confirmation key is a cookie): no session driver.
  session: false,
  // The form's largest honest body is a few KB; anything near 32 KB is abuse.
  // Behind a TLS proxy the origin check needs the public address: trust forwarded headers that name SITE_URL.
  security: { csp: true, checkOrigin: true, actionBodySizeLimit: 32 * 1024, allowedDomains: [siteDomainPattern(settings.SITE_URL)] },
  build: { inlineStylesheets: 'never' },
  // A new line in an editor's Markdown is a new line on the page (easy-to-read text: one sentence per line);
  // `{{telefon}}` and the other office facts come from content/urzad.yaml; links to site pages get SITE_BASE.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [officeFacts(() => readOffice(fileURLToPath(new URL('.', import.meta.url)))), siteLinks(settings.SITE_BASE), lineBreaks] }) },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
