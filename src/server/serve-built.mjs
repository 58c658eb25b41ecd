// @ts-check
/**
 * The server process's entry: the server as `npm run build` built it
 * (`dist/server/start.mjs`, see server-bundle.ts, beside Astro's
 * `entry.mjs`), or a Polish message when the build is missing. Plain
 * JavaScript, so that Node loads no TypeScript stripper into a server that
 * does not need one.
 */
import { existsSync } from 'node:fs';

const bundle = new URL('../../dist/server/start.mjs', import.meta.url);
if (!existsSync(bundle) || !existsSync(new URL('../../dist/server/entry.mjs', import.meta.url))) {
  console.error('Nie ma zbudowanej strony (dist/). Uruchom najpierw: npm run build');
  process.exit(1);
}
await import(bundle.href);
